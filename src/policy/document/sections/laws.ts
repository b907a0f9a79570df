/**
 * Each law's part of the notice, said once inside the existing sections (issue 24): who-we-are names the laws and
 * the UK and Swiss representatives, complaints names the ICO and the FDPIC beside the EU authority, transfers give
 * the FADP's list of states with the ground per state and the UK tool per UK transfer, cookies cite the storage-and-
 * access rule per country. Only verified reference entries are printed (src/reference/verified.ts).
 */
import type { Recipient, Transfer } from '../../../domain/registry-snapshot';
import type { Law } from '../../../domain/vocabulary';
import { LAW_AUTHORITIES } from '../../../reference/authorities';
import { cookieLawOf } from '../../../reference/cookie-laws';
import { establishmentOf } from '../../../reference/establishment';
import { type FadpGround, fadpGroundOf, ukAdequate } from '../../../reference/uk-swiss-transfers';
import type { Block } from '../model';
import { byIds, list, paragraph, ref, uniqueRefs } from './blocks';
import type { SectionContext } from './context';

/** A representative as the record holds it. */
type Representative = { name: string; email: string; address: string };

/** The sentences of each law's part. */
export interface LawsWording {
  /** Each law's name as the notice gives it */
  lawNames: Record<Law, string>;
  /** Who-we-are, in place of `regulation`, for a notice that answers to more than the GDPR or to another law */
  regulations(laws: string): string;
  ukRepresentative(name: string, email: string, address: string): string;
  swissRepresentative(name: string, email: string, address: string): string;
  /** Complaints: the UK or Swiss authority, beside the EU one */
  complaintUk(authority: string, website: string | null): string;
  complaintSwiss(authority: string, website: string | null): string;
  /** Transfers, FADP Art. 19(4): the intro to the list of states */
  fadpStatesIntro: string;
  /** One state with its recipients and the ground relied on (null: none recorded, which the gate refuses) */
  fadpState(state: string, recipients: string, ground: FadpGround | null): string;
  /** Transfers out of the UK: the intro to the list of UK tools */
  ukToolsIntro: string;
  /** One UK transfer: the recipient, its country and the UK tool */
  ukTransfer(recipient: string, country: string, tool: 'uk_idta' | 'uk_addendum' | 'uk_extension' | 'adequacy'): string;
  /** Cookies: the storage-and-access rule of a country */
  storageRule(country: string, consent: string, strictlyNecessary: string | null): string;
}

type Ctx = SectionContext<LawsWording>;

const answersTo = (ctx: Ctx, law: Law): boolean => ctx.laws.includes(law);
const home = (ctx: Ctx): string | null => establishmentOf(ctx.controller);

/** Who-we-are: the GDPR sentence as before for a GDPR notice; otherwise each law named. */
export function lawsParagraph(ctx: Ctx, gdprOnly: string): Block {
  const text =
    ctx.laws.length === 1 && ctx.laws[0] === 'gdpr' ? gdprOnly : ctx.t.regulations(ctx.h.and(ctx.laws.map((law) => ctx.t.lawNames[law])));
  return paragraph(text, ctx.orScope(ctx.controllerRefs));
}

/** Who-we-are: the UK representative of a controller outside the UK, the Swiss one of a controller outside Switzerland. */
export function representativeBlocks(ctx: Ctx): Block[] {
  const c = ctx.controller;
  if (!c) return [];
  const blocks: Block[] = [];
  const uk: Representative | null = c.ukRepresentative;
  const ch: Representative | null = c.swissRepresentative;
  if (uk && answersTo(ctx, 'uk_gdpr') && home(ctx) !== 'GB')
    blocks.push(paragraph(ctx.t.ukRepresentative(uk.name, uk.email, uk.address), ctx.controllerRefs));
  if (ch && answersTo(ctx, 'ch_fadp') && home(ctx) !== 'CH')
    blocks.push(paragraph(ctx.t.swissRepresentative(ch.name, ch.email, ch.address), ctx.controllerRefs));
  return blocks;
}

/** Complaints: the ICO and the FDPIC where their law applies, in the notice's language. */
export function authorityBlocks(ctx: Ctx): Block[] {
  const c = ctx.controller;
  if (!c) return [];
  const blocks: Block[] = [];
  const language = ctx.scope.language;
  const uk = LAW_AUTHORITIES.uk_gdpr;
  const ch = LAW_AUTHORITIES.ch_fadp;
  if (answersTo(ctx, 'uk_gdpr') && uk.verified)
    blocks.push(paragraph(ctx.t.complaintUk(uk.name[language], uk.website), ctx.controllerRefs));
  if (answersTo(ctx, 'ch_fadp') && ch.verified)
    blocks.push(paragraph(ctx.t.complaintSwiss(ch.name[language], ch.website), ctx.controllerRefs));
  return blocks;
}

/** The recipients the notice's activities disclose to. */
const recipientsInScope = (ctx: Ctx): Recipient[] => byIds(ctx.snapshot.recipients, new Set(ctx.activities.flatMap((a) => a.recipientIds)));

const transfersOf = (ctx: Ctx, r: Recipient): Transfer[] =>
  ctx.snapshot.transfers.filter((t) => t.recipientId === r.id && t.country.toUpperCase() === r.country.toUpperCase());

/** Transfers, FADP Art. 19(4): a Swiss controller names every state abroad, by name, with the ground per state. */
function fadpStates(ctx: Ctx): Block[] {
  if (!answersTo(ctx, 'ch_fadp') || home(ctx) !== 'CH') return [];
  const abroad = recipientsInScope(ctx).filter((r) => r.country.toUpperCase() !== 'CH');
  if (abroad.length === 0) return [];
  const states = [...new Set(abroad.map((r) => r.country.toUpperCase()))].sort();
  return [
    list(
      ctx.t.fadpStatesIntro,
      states.map((state) => {
        const here = abroad.filter((r) => r.country.toUpperCase() === state);
        const transfers = here.flatMap((r) => transfersOf(ctx, r));
        // One ground for the state where every recipient there rests on the same one; otherwise none is claimed.
        const grounds = new Set(
          here.map(
            (r) =>
              transfersOf(ctx, r)
                .map((t) => fadpGroundOf(t, r))
                .find((g) => g !== null) ?? null,
          ),
        );
        const ground = grounds.size === 1 ? [...grounds][0] : null;
        return {
          text: ctx.t.fadpState(ctx.h.country(state), ctx.h.and(here.map((r) => r.name)), ground),
          sources: uniqueRefs([...here.map((r) => ref('recipient', r)), ...transfers.map((t) => ref('transfer', t))]),
        };
      }),
    ),
  ];
}

/** Transfers out of the UK: a UK controller names the UK tool of each transfer outside the UK and the EEA. */
function ukTools(ctx: Ctx): Block[] {
  if (!answersTo(ctx, 'uk_gdpr') || home(ctx) !== 'GB') return [];
  const items = recipientsInScope(ctx)
    .filter((r) => r.country.toUpperCase() !== 'GB' && !ukAdequate(r.country))
    .flatMap((r) =>
      transfersOf(ctx, r).flatMap((t) => {
        const tool = t.localTools.includes('uk_idta')
          ? 'uk_idta'
          : t.localTools.includes('uk_addendum')
            ? 'uk_addendum'
            : t.mechanism === 'dpf' && r.ukExtensionCertified
              ? 'uk_extension'
              : null;
        return tool === null
          ? []
          : [{ text: ctx.t.ukTransfer(r.name, ctx.h.country(r.country), tool), sources: [ref('recipient', r), ref('transfer', t)] }];
      }),
    );
  return items.length > 0 ? [list(ctx.t.ukToolsIntro, items)] : [];
}

/** Transfers: each law's part, after the GDPR's. */
export const lawTransferBlocks = (ctx: Ctx): Block[] => [...fadpStates(ctx), ...ukTools(ctx)];

/** Cookies: the storage-and-access rule of the controller's country and of each country whose law the notice answers to. */
export function storageRuleBlocks(ctx: Ctx): Block[] {
  const countries = [home(ctx), answersTo(ctx, 'uk_gdpr') ? 'GB' : null, answersTo(ctx, 'ch_fadp') ? 'CH' : null].filter(
    (c): c is string => c !== null,
  );
  const refs = ctx.trackers.map((tr) => ref('tracker', tr));
  return [...new Set(countries)].flatMap((country) => {
    const rule = cookieLawOf(country);
    return rule ? [paragraph(ctx.t.storageRule(ctx.h.country(country), rule.consent, rule.strictlyNecessary), refs)] : [];
  });
}
