import type { Recipient, Transfer } from '../../../domain/registry-snapshot';
import type { Derogation, TransferMechanism } from '../../../domain/vocabulary';
import { sentenceOf } from '../../../language/sentences';
import { establishedInEea, establishmentOf, judgeDisclosure } from '../../../reference/establishment';
import type { AdequacyDecision, AdequacyScope } from '../../../reference/adequacy';
import { type OnwardLeg, onwardLegOf } from '../../../reference/onward-transfers';
import { effectiveSccModule } from '../../../reference/scc';
import type { Block } from '../model';
import { activityRefs, byIds, list, paragraph, ref, uniqueRefs } from './blocks';
import type { SectionContext } from './context';
import { lawTransferBlocks, type LawsWording } from './laws';

/** The sentences of "Transfers outside the European Economic Area". */
export interface TransfersWording {
  transfersIntro: string;
  /** A controller established outside the EEA: where it holds the data (`country` as used inside a sentence) */
  establishedOutsideEea(country: string): string;
  /** … then the list of onward transfers, or that there are none */
  onwardTransfersIntro: string;
  noOnwardTransfers: string;
  /** Sub-processors that our processors in third countries engaged: their onward transfers (Art. 44), not ours */
  onwardByProcessorsIntro: string;
  /** One such leg: the sub-processor, its country (as a name), the engaging processor, then why it is protected */
  onwardLeg(subProcessor: string, country: string, processor: string, basis: string): string;
  /** Our transfer to the engaging processor relies on the EU–US DPF, whose onward-transfer principle then applies */
  onwardUnderDpf(processor: string): string;
  /** Otherwise: the processor's contract with us, which it must pass on (Art. 28(4)) */
  onwardUnderContract(processor: string): string;
  transferTo(country: string, recipients: string): string;
  /** How an adequacy decision is cited: its number and date, its renewal (number, or date alone while unverified) and end */
  decisionCitation(
    decision: string,
    adoptedOn: string,
    renewal: { decision: string | null; adoptedOn: string } | null,
    validUntil: string | null,
  ): string;
  /** What a partial adequacy decision covers (Art. 45(3): a sector or a kind of recipient), keyed by src/reference/adequacy.ts */
  adequacyScope: Record<Exclude<AdequacyScope, 'whole'>, string>;
  /** A decision for the whole country or territory; `citation` from decisionCitation */
  adequacyInForce(country: string, citation: string): string;
  /** A decision covering only part of the country (`scope` from adequacyScope) */
  adequacyPartial(country: string, scope: string, citation: string): string;
  /** Follows the recipient's name in its item (`transferRecipient`), for a decision that covers only certified recipients */
  recipientNotCertified: string;
  recipientCertified: string;
  /** One recipient in a country, with what is particular to it ("" when nothing is) */
  transferRecipient(recipient: string, details: string): string;
  noAdequacy(country: string): string;
  mechanism: Record<Exclude<TransferMechanism, 'derogation'>, string>;
  /** The module of the standard contractual clauses, as named in this language's version of Decision (EU) 2021/914 */
  sccModuleLabel: Record<1 | 2 | 3 | 4, string>;
  sccModule(module: string): string;
  derogation: Record<Derogation, string>;
  transferUnrecorded(recipient: string): string;
  transferRisk: string;
  copyOfSafeguards(how: string): string;
  copyOnRequest(email: string): string;
  newCountries: string;
  noTransfers: string;
}

type Context = SectionContext<TransfersWording>;

/** What disclosing data to a country is, from where the controller stands (the function the compliance rules use too). */
function disclosure(ctx: Context, country: string) {
  return judgeDisclosure(establishmentOf(ctx.controller), country, ctx.snapshot.asOf);
}

/** "Decision … of <date>", with its renewal when it had one by the snapshot's date. */
function citation(ctx: Context, decision: AdequacyDecision): string {
  const renewal = decision.renewal && decision.renewal.adoptedOn <= ctx.snapshot.asOf.slice(0, 10) ? decision.renewal : null;
  return ctx.t.decisionCitation(decision.decision, decision.adoptedOn, renewal, decision.validUntil);
}

/** Sentences about one transfer: whether the adequacy decision reaches the recipient, then its mechanism. */
function transferSentences(ctx: Context, transfer: Transfer, recipient: Recipient): string[] {
  const judged = disclosure(ctx, transfer.country);
  const decision = judged.kind === 'third_country' ? judged.decision : null;
  const sentences: string[] = [];
  if (decision?.requiresCertification) sentences.push(recipient.dpfCertified ? ctx.t.recipientCertified : ctx.t.recipientNotCertified);
  return sentences.concat(mechanismSentences(ctx, transfer, recipient));
}

/** What holds for the whole country: the adequacy decision, its citation and its scope, or that there is none. */
function adequacySentence(ctx: Context, country: string): string {
  const { t, h } = ctx;
  const judged = disclosure(ctx, country);
  const decision = judged.kind === 'third_country' ? judged.decision : null;
  const where = h.countryInSentence(country);
  if (!decision) return t.noAdequacy(where);
  if (decision.scopeId === 'whole') return t.adequacyInForce(where, citation(ctx, decision));
  return t.adequacyPartial(where, t.adequacyScope[decision.scopeId], citation(ctx, decision));
}

/** Words that only name a mechanism (in English, Polish or German), which its own sentence already states. */
const NAMING_WORDS: Partial<Record<Transfer['mechanism'], ReadonlySet<string>>> = {
  scc: new Set(
    'standard contractual data protection clauses clause scc sccs module modules one two three four 1 2 3 4 i ii iii iv controller processor to eu 2021/914 commission european implementing decision of the adopted by signed we use under with and in place are is apply applies transfer transfers june 2021 c 46 art article gdpr standardowe klauzule umowne ochrony danych moduł komisji decyzja wykonawcza ue standardvertragsklauseln standarddatenschutzklauseln modul kommission durchführungsbeschluss'.split(
      ' ',
    ),
  ),
  bcr: new Set(
    'binding corporate rules bcr bcrs approved by the a supervisory authority art article 46 47 2 b gdpr of recipient its under we rely on transfer is made wiążące reguły korporacyjne verbindliche interne datenschutzvorschriften'.split(
      ' ',
    ),
  ),
  dpf: new Set(
    'eu-us eu us data privacy framework dpf certified certification under the recipient is 2023/1795 decision implementing of'.split(' '),
  ),
};

/** Whether the DPO's safeguards text only restates the mechanism ("Standard contractual clauses, module 2"): then it is not printed. */
export function restatesMechanism(text: string, mechanism: Transfer['mechanism']): boolean {
  const naming = NAMING_WORDS[mechanism];
  const words = text.toLowerCase().match(/[\p{L}\d/-]+/gu) ?? [];
  return naming !== undefined && words.length > 0 && words.every((w) => naming.has(w));
}

function mechanismSentences(ctx: Context, transfer: Transfer, recipient: Recipient | undefined): string[] {
  const { t } = ctx;
  const sentences: string[] = [];
  if (transfer.mechanism === 'derogation') {
    if (transfer.derogation) sentences.push(t.derogation[transfer.derogation]);
  } else {
    sentences.push(t.mechanism[transfer.mechanism]);
    // Not stated, the module follows the roles of the parties (our activities are controller ones).
    const module = transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, ctx.activities, recipient) : null;
    if (module) sentences.push(t.sccModule(t.sccModuleLabel[module]));
  }
  if (transfer.safeguards?.trim() && !restatesMechanism(transfer.safeguards, transfer.mechanism))
    sentences.push(sentenceOf(transfer.safeguards));
  if (transfer.mechanism !== 'adequacy' && transfer.mechanism !== 'dpf') {
    if (transfer.copyInstructions) sentences.push(t.copyOfSafeguards(transfer.copyInstructions));
    else if (transfer.copyAvailable) sentences.push(t.copyOnRequest(ctx.contactEmail));
  }
  return sentences;
}

/** The sub-processors in scope that receive the data by an onward transfer of our processor abroad, by id. */
function onwardLegs(ctx: Context, recipientIds: ReadonlySet<string>, isTransfer: (country: string) => boolean) {
  const byId = new Map(ctx.snapshot.recipients.map((r) => [r.id, r]));
  const legs = new Map<string, { recipient: Recipient; leg: OnwardLeg }>();
  for (const recipient of byIds(ctx.snapshot.recipients, recipientIds)) {
    const leg = onwardLegOf(recipient, (id) => byId.get(id), isTransfer, ctx.snapshot.transfers);
    if (leg) legs.set(recipient.id, { recipient, leg });
  }
  return legs;
}

/**
 * One list per country: the country, what holds for the whole country (the decision, a sentence every
 * recipient shares) said once, then one item per recipient in the order the heading names them.
 */
export function transfers(ctx: SectionContext<TransfersWording & LawsWording>): Block[] {
  return [...gdprTransfers(ctx), ...lawTransferBlocks(ctx)];
}

function gdprTransfers(ctx: Context): Block[] {
  const { t, h } = ctx;
  const recipientIds = new Set(ctx.activities.flatMap((a) => a.recipientIds));
  const isTransfer = (country: string) => disclosure(ctx, country).kind === 'third_country';
  // A sub-processor that our processor abroad engaged receives the data by that processor's onward transfer, not ours.
  const onward = onwardLegs(ctx, recipientIds, isTransfer);
  const recorded = ctx.snapshot.transfers.filter(
    (tr) => recipientIds.has(tr.recipientId) && isTransfer(tr.country) && !onward.has(tr.recipientId),
  );
  // A recipient abroad with no transfer to its country on record is still said to be abroad, never "your data stay in the EEA".
  const unrecorded = byIds(ctx.snapshot.recipients, recipientIds).filter(
    (r) => isTransfer(r.country) && !onward.has(r.id) && !recorded.some((tr) => tr.recipientId === r.id && tr.country === r.country),
  );
  const home = establishmentOf(ctx.controller);
  // A controller outside the EEA says first where it holds the data: the reader's data go there, under the GDPR (Art. 3(2)).
  const outside: Block[] =
    home !== null && !establishedInEea(home) ? [paragraph(t.establishedOutsideEea(h.countryInSentence(home)), ctx.controllerRefs)] : [];
  // "No transfer" is said only where the record affirms every recipient (or that there is none).
  if (recorded.length === 0 && unrecorded.length === 0 && onward.size === 0 && !ctx.recipientsKnown) return outside;
  if (recorded.length === 0 && unrecorded.length === 0 && onward.size === 0)
    return outside.length > 0
      ? [...outside, paragraph(t.noOnwardTransfers, ctx.orScope(activityRefs(ctx.activities)))]
      : [paragraph(t.noTransfers, ctx.orScope(activityRefs(ctx.activities)))];
  const countries = [...new Set([...recorded.map((tr) => tr.country), ...unrecorded.map((r) => r.country)])].sort();
  const blocks: Block[] = [
    ...outside,
    paragraph(outside.length > 0 ? t.onwardTransfersIntro : t.transfersIntro, [
      ...recorded.map((tr) => ref('transfer', tr)),
      ...unrecorded.map((r) => ref('recipient', r)),
    ]),
  ];
  for (const country of countries) {
    const here = recorded.filter((tr) => tr.country === country);
    const missing = unrecorded.filter((r) => r.country === country);
    const recipients = byIds(ctx.snapshot.recipients, [...here.map((tr) => tr.recipientId), ...missing.map((r) => r.id)]);
    const countryWide = adequacySentence(ctx, country);
    const perRecipient = recipients.map((r) => {
      const own = here.filter((tr) => tr.recipientId === r.id);
      const sentences = own.flatMap((tr) => transferSentences(ctx, tr, r));
      if (own.length === 0) sentences.push(t.transferUnrecorded(r.name));
      return { recipient: r, transfers: own, sentences: [...new Set(sentences)] };
    });
    // Boilerplate every recipient of the country shares is said once, beside the country; whether a
    // recipient is certified is about that recipient and stays in its item.
    const particular = new Set([t.recipientCertified, t.recipientNotCertified]);
    const shared =
      perRecipient.length > 1
        ? perRecipient[0].sentences.filter(
            (sentence) => !particular.has(sentence) && perRecipient.every((p) => p.sentences.includes(sentence)),
          )
        : [];
    const sources = (p: (typeof perRecipient)[number]) =>
      uniqueRefs([...p.transfers.map((tr) => ref('transfer', tr)), ref('recipient', p.recipient)]);
    blocks.push(
      list(
        [t.transferTo(h.country(country), h.and(recipients.map((r) => r.name))), countryWide, ...shared].join(' '),
        perRecipient.map((p) => ({
          text: t.transferRecipient(p.recipient.name, p.sentences.filter((x) => !shared.includes(x)).join(' ')),
          sources: sources(p),
        })),
      ),
    );
  }
  if (onward.size > 0) {
    const legs = [...onward.values()];
    blocks.push(
      list(
        t.onwardByProcessorsIntro,
        legs.map(({ recipient, leg }) => ({
          text: t.onwardLeg(
            recipient.name,
            h.country(recipient.country),
            leg.processor.name,
            leg.underDpf ? t.onwardUnderDpf(leg.processor.name) : t.onwardUnderContract(leg.processor.name),
          ),
          sources: uniqueRefs([ref('recipient', recipient), ref('recipient', leg.processor)]),
        })),
      ),
    );
  }
  const needsSafeguards = recorded.filter((tr) => tr.mechanism !== 'adequacy' && tr.mechanism !== 'dpf');
  if (needsSafeguards.length > 0)
    blocks.push(
      paragraph(
        t.transferRisk,
        needsSafeguards.map((tr) => ref('transfer', tr)),
      ),
    );
  blocks.push(paragraph(t.newCountries, [...recorded.map((tr) => ref('transfer', tr)), ...unrecorded.map((r) => ref('recipient', r))]));
  return blocks;
}
