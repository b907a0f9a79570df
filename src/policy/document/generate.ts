import { establishedInEea, establishmentOf, judgeDisclosure } from '../../reference/establishment';
import { effectiveSccModule } from '../../reference/scc';
import type { AdequacyDecision } from '../../reference/adequacy';
import { rightsForBasis, RIGHTS, type DataSubjectRight } from '../../reference/rights';
import { LEGAL_BASES, RECIPIENT_TYPES, REQUIREMENT_KINDS } from '../../domain/vocabulary';
import type { ControllerProfile, ProcessingActivity, Recipient, RegistrySnapshot, Tracker, Transfer } from '../../domain/registry-snapshot';
import type { EntityRef, EntityType } from '../../domain/entity-types';
import { byNameThenId } from '../../domain/order';
import { localizeSnapshot } from '../../snapshot/localize';
import { activitiesInScope, trackersInScope } from '../../snapshot/scope';
import { type Humanizer, humanizer } from '../../language/humanize';
import type { PolicyCatalogue, SectionId } from './i18n/catalogue';
import { POLICY_CATALOGUES } from './i18n';
import type { Block, ListItem, PolicyDocument, PolicyScope, PolicySection } from './model';
import { mentionsPeriod, sentenceOf } from '../../language/sentences';

type Versioned = { id: string; version: number };
const ref = (type: EntityType, item: Versioned): EntityRef => ({ type, id: item.id, version: item.version });

/** Unique refs in first-seen order, so that provenance is deterministic. */
function uniqueRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const paragraph = (text: string, sources: EntityRef[]): Block => ({ kind: 'paragraph', text, sources: uniqueRefs(sources) });
const list = (intro: string | null, items: ListItem[]): Block => ({
  kind: 'list',
  intro,
  items,
  sources: uniqueRefs(items.flatMap((i) => i.sources)),
});

/** The snapshot with every list in the one snapshot order, so that output never depends on input order. */
function ordered(snapshot: RegistrySnapshot): RegistrySnapshot {
  return {
    ...snapshot,
    services: [...snapshot.services].sort(byNameThenId),
    dataCategories: [...snapshot.dataCategories].sort(byNameThenId),
    dataSubjectCategories: [...snapshot.dataSubjectCategories].sort(byNameThenId),
    recipients: [...snapshot.recipients].sort(byNameThenId),
    transfers: [...snapshot.transfers].sort(byNameThenId),
    retentionRules: [...snapshot.retentionRules].sort(byNameThenId),
    securityMeasures: [...snapshot.securityMeasures].sort(byNameThenId),
    trackers: [...snapshot.trackers].sort(byNameThenId),
    processingActivities: [...snapshot.processingActivities].sort(byNameThenId),
  };
}

class Generator {
  private readonly t: PolicyCatalogue;
  /** Durations, lists and country names in the notice's language */
  private readonly h: Humanizer;
  private readonly controller: ControllerProfile | null;
  private readonly activities: ProcessingActivity[];
  private readonly activityIds: Set<string>;
  private readonly trackers: Tracker[];
  private readonly contactEmail: string;

  private readonly snapshot: RegistrySnapshot;

  constructor(
    snapshot: RegistrySnapshot,
    private readonly scope: PolicyScope,
  ) {
    this.snapshot = ordered(snapshot);
    this.t = POLICY_CATALOGUES[scope.language];
    this.h = humanizer(scope.language);
    this.controller = snapshot.controller;
    this.activities = activitiesInScope(this.snapshot, scope);
    this.activityIds = new Set(this.activities.map((a) => a.id));
    this.trackers = trackersInScope(this.snapshot, scope, this.activityIds);
    this.contactEmail = scope.options.contactEmail ?? this.controller?.email ?? '';
  }

  private get controllerRefs(): EntityRef[] {
    return this.controller ? [ref('controller', this.controller)] : [];
  }

  private get serviceRefs(): EntityRef[] {
    const service = this.snapshot.services.find((s) => s.id === this.scope.serviceId);
    return service ? [ref('service', service)] : [];
  }

  /** Provenance for a sentence of the template that no single entry caused: what the policy is about. */
  private orScope(refs: EntityRef[]): EntityRef[] {
    if (refs.length > 0) return refs;
    const scope = [...this.controllerRefs, ...this.serviceRefs];
    return scope.length > 0 ? scope : this.activityRefs(this.activities);
  }

  private activityRefs(activities: ProcessingActivity[]): EntityRef[] {
    return activities.map((a) => ref('processing_activity', a));
  }

  private byIds<T extends { id: string }>(items: T[], ids: Iterable<string>): T[] {
    const wanted = new Set(ids);
    return items.filter((item) => wanted.has(item.id));
  }

  document(): PolicyDocument {
    const sections: [SectionId, Block[] | null][] = [
      ['who-we-are', this.whoWeAre()],
      ['data-we-process', this.data()],
      ['sources', this.sources()],
      ['purposes-and-legal-bases', this.purposes()],
      ['cookies-and-similar-technologies', this.cookies()],
      ['recipients', this.recipients()],
      ['international-transfers', this.transfers()],
      ['retention', this.retention()],
      ['your-rights', this.rights()],
      ['right-to-object', this.objection()],
      ['complaints', this.complaints()],
      ['providing-data', this.requirements()],
      ['automated-decisions', this.automatedDecisions()],
      ['children', this.children()],
      ['security', this.security()],
      ['changes', this.changes()],
    ];
    return {
      title: this.scope.title,
      language: this.scope.language,
      sections: sections
        .filter((entry): entry is [SectionId, Block[]] => entry[1] !== null && entry[1].length > 0)
        .map(([id, blocks]): PolicySection => ({ id, heading: this.t.headings[id], blocks })),
    };
  }

  /**
   * Whether the notice speaks to people who use our websites or apps: only then do children, cookies
   * and "stop using our services" belong in it. The audience is the scope's data subjects, or, for a
   * notice to everyone, the data subjects of its activities.
   */
  private get speaksToUsers(): boolean {
    const audience =
      this.scope.dataSubjectCategoryIds.length > 0
        ? this.scope.dataSubjectCategoryIds
        : this.activities.flatMap((a) => a.dataSubjectCategoryIds);
    return this.byIds(this.snapshot.dataSubjectCategories, audience).some((c) => c.usesServices === true);
  }

  private whoWeAre(): Block[] {
    const c = this.controller;
    const service = this.scope.serviceId ? this.snapshot.services.find((s) => s.id === this.scope.serviceId) : undefined;
    const refs = [...this.controllerRefs, ...(service ? [ref('service', service)] : [])];
    if (!c) return [paragraph(this.t.regulation, this.orScope(refs))];
    const a = c.registeredAddress;
    const blocks: Block[] = [
      paragraph(this.t.intro(c.legalName, service?.name ?? null), refs),
      paragraph(this.t.regulation, this.controllerRefs),
      paragraph(
        this.t.registeredOffice(`${a.street}, ${a.postalCode} ${a.city}, ${this.h.country(a.country)}`, c.registrationNumber),
        this.controllerRefs,
      ),
      paragraph(this.t.contactUs(this.contactEmail, c.phone, c.website), this.controllerRefs),
    ];
    if (c.dpo) blocks.push(paragraph(this.t.dpo(c.dpo.email, c.dpo.name, c.dpo.phone), this.controllerRefs));
    else if (c.notApplicable.dpo) blocks.push(paragraph(this.t.noDpo(c.notApplicable.dpo, this.contactEmail), this.controllerRefs));
    // Art. 27 concerns only a controller established outside the Union: an EU controller says nothing of it.
    if (!establishedInEea(establishmentOf(c))) {
      if (c.representative)
        blocks.push(
          paragraph(this.t.representative(c.representative.name, c.representative.email, c.representative.address), this.controllerRefs),
        );
      else if (c.notApplicable.representative)
        blocks.push(paragraph(this.t.noRepresentative(c.notApplicable.representative), this.controllerRefs));
    }
    const independent = this.byIds(
      this.snapshot.recipients,
      this.activities.flatMap((act) => act.recipientIds),
    ).filter((r) => r.type === 'independent_controller');
    // "Our website may lead you to other services" speaks to people who use it.
    if (independent.length > 0 && this.speaksToUsers)
      blocks.push(
        paragraph(
          this.t.thirdPartyLinks,
          independent.map((r) => ref('recipient', r)),
        ),
      );
    return blocks;
  }

  /** The short list: which data, once; the per-purpose table says which purpose uses which. */
  private data(): Block[] {
    const ids = new Set([...this.activities.flatMap((a) => a.dataCategoryIds), ...this.trackers.flatMap((t) => t.dataCategoryIds)]);
    const categories = this.byIds(this.snapshot.dataCategories, ids);
    if (categories.length === 0) return [];
    return [
      list(
        this.t.dataIntro(this.t.headings['purposes-and-legal-bases']),
        categories.map((c) => ({
          text: this.t.dataCategory(
            c.name,
            c.examples.filter((e) => e.toLowerCase() !== c.name.toLowerCase()),
            c.description,
            c.special,
            c.criminal,
          ),
          sources: [ref('data_category', c)],
        })),
      ),
    ];
  }

  private thirdPartyCategories(a: ProcessingActivity) {
    return this.byIds(this.snapshot.dataCategories, a.dataCategoryIds).filter((c) => c.collection === 'third_party');
  }

  /**
   * Art. 14: only when some data in scope do not come from the person. Each source says which data
   * came from it and for which purpose; a category from a source no activity names is not guessed at.
   */
  private sources(): Block[] | null {
    const indirect = this.activities.filter((a) => a.sources?.trim());
    if (indirect.length === 0) return null;
    const items: ListItem[] = indirect.map((a) => {
      const categories = this.thirdPartyCategories(a);
      return {
        text: this.t.sourceOfActivity(
          a.name,
          a.sources ?? '',
          categories.map((c) => c.name),
        ),
        sources: [ref('processing_activity', a), ...categories.map((c) => ref('data_category', c))],
      };
    });
    const blocks = [list(this.t.sourcesIntro, items)];
    // Art. 14(3) speaks to the people the data are about: a notice narrowed to them says when they hear of it.
    if (this.scope.dataSubjectCategoryIds.length > 0) blocks.push(paragraph(this.t.sourcesTiming, this.activityRefs(indirect)));
    const direct = this.activities.filter((a) => !a.sources?.trim());
    if (direct.length > 0)
      blocks.push(paragraph(this.speaksToUsers ? this.t.sourcesOtherwise : this.t.sourcesOtherwiseDirect, this.activityRefs(direct)));
    return blocks;
  }

  /** The retention of one rule, period and criteria read once; null when the rule is gone. */
  private describeRetention(ruleId: string): { text: string; source: EntityRef } | null {
    const rule = this.snapshot.retentionRules.find((r) => r.id === ruleId);
    if (!rule) return null;
    const criteria = rule.criteria?.trim() ?? '';
    const humanized = rule.period ? this.h.duration(rule.period) : '';
    // Criteria that already name the period say it in the DPO's words; the period is then not said again.
    const period =
      rule.period && !mentionsPeriod(criteria, rule.period)
        ? sentenceOf(this.t.retentionPeriod(humanized, this.t.retentionTrigger[rule.trigger]).trim())
        : '';
    const text = [period, sentenceOf(criteria), rule.legalReference ? this.t.retentionLaw(rule.legalReference) : '']
      .filter(Boolean)
      .join(' ');
    return { text, source: ref('retention_rule', rule) };
  }

  /** The retention cell of one purpose: its general rule, its rules per data category, or why none applies. */
  private retentionOf(a: ProcessingActivity): { text: string; sources: EntityRef[] } {
    const parts: string[] = [];
    const sources: EntityRef[] = [];
    if (a.retentionRuleId) {
      const general = this.describeRetention(a.retentionRuleId);
      if (general) {
        parts.push(general.text);
        sources.push(general.source);
      }
    }
    for (const entry of this.orderedRetentionByCategory(a)) {
      const described = this.describeRetention(entry.retentionRuleId);
      const category = this.snapshot.dataCategories.find((c) => c.id === entry.dataCategoryId);
      if (described && category) {
        parts.push(this.t.retentionForCategoryCell(category.name, described.text));
        sources.push(described.source, ref('data_category', category));
      }
    }
    if (parts.length === 0 && a.notApplicable.retention?.trim()) parts.push(sentenceOf(a.notApplicable.retention));
    return { text: parts.join(' '), sources };
  }

  private orderedRetentionByCategory(a: ProcessingActivity) {
    const categoryOrder = (id: string) => this.snapshot.dataCategories.findIndex((c) => c.id === id);
    return [...a.retentionByCategory].sort(
      (x, y) => categoryOrder(x.dataCategoryId) - categoryOrder(y.dataCategoryId) || (x.retentionRuleId < y.retentionRuleId ? -1 : 1),
    );
  }

  /** The legal-basis cell: the basis, what it rests on, how consent is given and taken back, Art. 9(2) / 10, Art. 21(2). */
  private basisOf(a: ProcessingActivity): string {
    const parts = a.legalBasis ? [this.t.basisLabel[a.legalBasis]] : [];
    if (a.legalBasis === 'art6_1_f' && a.legitimateInterest?.trim()) parts.push(this.t.legitimateInterest(a.legitimateInterest));
    if (a.legalBasis === 'art6_1_c' && a.legalObligation?.trim()) parts.push(this.t.legalObligation(a.legalObligation));
    if (a.specialCategoryCondition) parts.push(this.t.specialCondition(this.t.specialConditionLabel[a.specialCategoryCondition]));
    if (a.criminalDataAuthorisation?.trim()) parts.push(this.t.criminalAuthorisation(a.criminalDataAuthorisation));
    if (a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a') {
      if (a.consentMechanism?.trim()) parts.push(this.t.consentGiven(a.consentMechanism));
      if (a.consentWithdrawal?.trim()) parts.push(this.t.consentWithdrawn(a.consentWithdrawal));
    }
    if (a.directMarketing === true) parts.push(this.t.directMarketingNote);
    return parts.join(' ');
  }

  /**
   * Per purpose, not per list (WP260 rev.01 §II; DPC decision on WhatsApp, 2021): one row per activity,
   * in the order of the legal bases, naming its data, basis, retention and recipients.
   */
  private purposes(): Block[] {
    const blocks: Block[] = [paragraph(this.t.purposesIntro, this.orScope(this.activityRefs(this.activities)))];
    const rows = LEGAL_BASES.flatMap((basis) => this.activities.filter((a) => a.legalBasis === basis)).map((a) => {
      const categories = this.byIds(this.snapshot.dataCategories, a.dataCategoryIds);
      const recipients = this.byIds(this.snapshot.recipients, a.recipientIds);
      const retention = this.retentionOf(a);
      const data = [
        categories.length > 0 ? this.t.dataUsed(categories.map((c) => c.name)) : '',
        a.requirement ? this.t.requirementCell(a.requirement.kind, a.requirement.consequences) : '',
      ]
        .filter(Boolean)
        .join(' ');
      const receivers =
        recipients.length > 0
          ? this.t.recipientsCell(recipients.map((r) => this.t.recipientInCell(r.name, r.type)))
          : a.notApplicable.recipients?.trim()
            ? sentenceOf(a.notApplicable.recipients)
            : '';
      return {
        cells: [this.t.purpose(a.name, a.purpose), data, this.basisOf(a), retention.text, receivers],
        sources: uniqueRefs([
          ref('processing_activity', a),
          ...categories.map((c) => ref('data_category', c)),
          ...retention.sources,
          ...recipients.map((r) => ref('recipient', r)),
        ]),
      };
    });
    if (rows.length > 0)
      blocks.push({
        kind: 'table',
        caption: null,
        columns: [...this.t.purposeColumns],
        rows,
        sources: uniqueRefs(rows.flatMap((r) => r.sources)),
      });
    const consent = this.activities.filter((a) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a');
    if (consent.length > 0)
      blocks.push(
        paragraph(
          this.t.consentWithdrawal,
          consent.map((a) => ref('processing_activity', a)),
        ),
      );
    return blocks;
  }

  private cookies(): Block[] {
    if (this.trackers.length === 0) return this.speaksToUsers ? [paragraph(this.t.noTrackers, this.orScope(this.serviceRefs))] : [];
    const activity = (t: Tracker) => this.snapshot.processingActivities.find((a) => a.id === t.processingActivityId);
    // A column no tracker has a value for is left out rather than filled with guesses.
    const durations = this.trackers.map((t) =>
      t.duration?.trim() ? (/^P/.test(t.duration) ? this.h.duration(t.duration) : t.duration.trim()) : this.noDuration(t),
    );
    const data = this.trackers.map((t) =>
      this.byIds(this.snapshot.dataCategories, t.dataCategoryIds)
        .map((c) => c.name)
        .join(', '),
    );
    const keep = [true, true, true, true, durations.some(Boolean), data.some(Boolean), true];
    const blocks: Block[] = [
      paragraph(
        this.t.trackersIntro,
        this.trackers.map((t) => ref('tracker', t)),
      ),
      {
        kind: 'table',
        caption: null,
        columns: this.t.trackerColumns.filter((_, i) => keep[i]),
        rows: this.trackers.map((t, i) => ({
          cells: [
            t.name,
            `${this.t.trackerKind[t.kind]}, ${this.t.trackerCategory[t.category]}`,
            t.party === 'first' ? this.t.firstParty(t.provider) : this.t.thirdParty(t.provider),
            sentenceOf(t.purpose),
            durations[i],
            data[i],
            t.category === 'strictly_necessary' ? this.t.necessaryBasis : this.t.consentBasis,
          ].filter((_, column) => keep[column]),
          sources: uniqueRefs([ref('tracker', t), ...(activity(t) ? [ref('processing_activity', activity(t) as ProcessingActivity)] : [])]),
        })),
        sources: uniqueRefs(this.trackers.map((t) => ref('tracker', t))),
      },
    ];
    const optOuts = new Map<string, EntityRef[]>();
    for (const t of this.trackers.filter((tr) => tr.optOut?.trim())) {
      const text = sentenceOf(t.optOut);
      optOuts.set(text, [...(optOuts.get(text) ?? []), ref('tracker', t)]);
    }
    if (optOuts.size > 0)
      blocks.push(
        list(
          this.t.optOutIntro,
          [...optOuts].map(([text, sources]) => ({ text, sources })),
        ),
      );
    // A provider recorded as joint controller is explained under recipients, with the arrangement (Art. 26).
    const joint = new Set(
      this.byIds(this.snapshot.recipients, new Set(this.activities.flatMap((a) => a.recipientIds)))
        .filter((r) => r.type === 'joint_controller')
        .map((r) => r.name.trim().toLowerCase()),
    );
    const thirdParties = this.trackers.filter((t) => t.party === 'third' && !joint.has(t.provider.trim().toLowerCase()));
    if (thirdParties.length > 0) {
      blocks.push(
        paragraph(
          this.t.thirdPartyTrackers(this.h.and([...new Set(thirdParties.map((t) => t.provider))])),
          thirdParties.map((t) => ref('tracker', t)),
        ),
      );
    }
    return blocks;
  }

  /** A lifetime the record does not state is not invented: only a kind that stores nothing says so. */
  private noDuration(t: Tracker): string {
    switch (t.kind) {
      case 'web_beacon':
      case 'pixel':
        return this.t.noDuration[t.kind];
      case 'cookie':
      case 'local_storage':
      case 'sdk':
        return '';
    }
  }

  private recipients(): Block[] {
    const recipients = this.byIds(this.snapshot.recipients, new Set(this.activities.flatMap((a) => a.recipientIds)));
    if (recipients.length === 0) {
      const reasons = this.activities.filter((a) => a.notApplicable.recipients);
      return [paragraph(this.t.noRecipients, this.orScope(this.activityRefs(reasons.length > 0 ? reasons : this.activities)))];
    }
    const blocks: Block[] = [
      paragraph(
        this.t.recipientsIntro,
        recipients.map((r) => ref('recipient', r)),
      ),
    ];
    for (const type of RECIPIENT_TYPES) {
      const group = recipients.filter((r) => r.type === type);
      if (group.length === 0) continue;
      blocks.push(
        list(
          `${this.t.recipientType[type]}:`,
          group.map((r) => ({
            text: [
              this.t.recipient(r.name, this.h.country(r.country), r.description),
              r.privacyPolicyUrl ? this.t.ownPolicy(r.privacyPolicyUrl) : '',
              // Art. 26(2): the essence of the arrangement is made available to the data subject.
              type === 'joint_controller' && r.jointArrangement?.trim() ? this.t.jointArrangement(r.jointArrangement) : '',
              type === 'joint_controller' && r.contactPoint?.trim() ? this.t.jointContactPoint(r.contactPoint) : '',
            ]
              .filter(Boolean)
              .join(' '),
            sources: [ref('recipient', r)],
          })),
        ),
      );
    }
    return blocks;
  }

  /** What disclosing data to a country is, from where the controller stands (the function the compliance rules use too). */
  private disclosure(country: string) {
    return judgeDisclosure(establishmentOf(this.controller), country, this.snapshot.asOf);
  }

  /** "Decision … of <date>", with its renewal when it had one by the snapshot's date. */
  private citation(decision: AdequacyDecision): string {
    const renewal = decision.renewal && decision.renewal.adoptedOn <= this.snapshot.asOf.slice(0, 10) ? decision.renewal : null;
    return this.t.decisionCitation(decision.decision, decision.adoptedOn, renewal, decision.validUntil);
  }

  /** Sentences about one transfer: whether the adequacy decision reaches the recipient, then its mechanism. */
  private transferSentences(transfer: Transfer, recipient: Recipient): string[] {
    const judged = this.disclosure(transfer.country);
    const decision = judged.kind === 'third_country' ? judged.decision : null;
    const sentences: string[] = [];
    if (decision?.requiresCertification) sentences.push(recipient.dpfCertified ? this.t.recipientCertified : this.t.recipientNotCertified);
    return sentences.concat(this.mechanismSentences(transfer, recipient));
  }

  /** What holds for the whole country: the adequacy decision, its citation and its scope, or that there is none. */
  private adequacySentence(country: string): string {
    const judged = this.disclosure(country);
    const decision = judged.kind === 'third_country' ? judged.decision : null;
    const where = this.h.countryInSentence(country);
    if (!decision) return this.t.noAdequacy(where);
    if (decision.scopeId === 'whole') return this.t.adequacyInForce(where, this.citation(decision));
    return this.t.adequacyPartial(where, this.t.adequacyScope[decision.scopeId], this.citation(decision));
  }

  /**
   * One list per country: the country, what holds for the whole country (the decision, a sentence every
   * recipient shares) said once, then one item per recipient in the order the heading names them.
   */
  private transfers(): Block[] {
    const recipientIds = new Set(this.activities.flatMap((a) => a.recipientIds));
    const isTransfer = (country: string) => this.disclosure(country).kind === 'third_country';
    const transfers = this.snapshot.transfers.filter((t) => recipientIds.has(t.recipientId) && isTransfer(t.country));
    // A recipient abroad with no transfer to its country on record is still said to be abroad, never "your data stay in the EEA".
    const unrecorded = this.byIds(this.snapshot.recipients, recipientIds).filter(
      (r) => isTransfer(r.country) && !transfers.some((t) => t.recipientId === r.id && t.country === r.country),
    );
    const home = establishmentOf(this.controller);
    // A controller outside the EEA says first where it holds the data: the reader's data go there, under the GDPR (Art. 3(2)).
    const outside: Block[] =
      home !== null && !establishedInEea(home)
        ? [paragraph(this.t.establishedOutsideEea(this.h.countryInSentence(home)), this.controllerRefs)]
        : [];
    if (transfers.length === 0 && unrecorded.length === 0)
      return outside.length > 0
        ? [...outside, paragraph(this.t.noOnwardTransfers, this.orScope(this.activityRefs(this.activities)))]
        : [paragraph(this.t.noTransfers, this.orScope(this.activityRefs(this.activities)))];
    const countries = [...new Set([...transfers.map((t) => t.country), ...unrecorded.map((r) => r.country)])].sort();
    const blocks: Block[] = [
      ...outside,
      paragraph(outside.length > 0 ? this.t.onwardTransfersIntro : this.t.transfersIntro, [
        ...transfers.map((t) => ref('transfer', t)),
        ...unrecorded.map((r) => ref('recipient', r)),
      ]),
    ];
    for (const country of countries) {
      const here = transfers.filter((t) => t.country === country);
      const missing = unrecorded.filter((r) => r.country === country);
      const recipients = this.byIds(this.snapshot.recipients, [...here.map((t) => t.recipientId), ...missing.map((r) => r.id)]);
      const countryWide = this.adequacySentence(country);
      const perRecipient = recipients.map((r) => {
        const own = here.filter((t) => t.recipientId === r.id);
        const sentences = own.flatMap((t) => this.transferSentences(t, r));
        if (own.length === 0) sentences.push(this.t.transferUnrecorded(r.name));
        return { recipient: r, transfers: own, sentences: [...new Set(sentences)] };
      });
      // Boilerplate every recipient of the country shares is said once, beside the country; whether a
      // recipient is certified is about that recipient and stays in its item.
      const particular = new Set([this.t.recipientCertified, this.t.recipientNotCertified]);
      const shared =
        perRecipient.length > 1
          ? perRecipient[0].sentences.filter(
              (sentence) => !particular.has(sentence) && perRecipient.every((p) => p.sentences.includes(sentence)),
            )
          : [];
      const sources = (p: (typeof perRecipient)[number]) =>
        uniqueRefs([...p.transfers.map((t) => ref('transfer', t)), ref('recipient', p.recipient)]);
      blocks.push(
        list(
          [this.t.transferTo(this.h.country(country), this.h.and(recipients.map((r) => r.name))), countryWide, ...shared].join(' '),
          perRecipient.map((p) => ({
            text: this.t.transferRecipient(p.recipient.name, p.sentences.filter((x) => !shared.includes(x)).join(' ')),
            sources: sources(p),
          })),
        ),
      );
    }
    const needsSafeguards = transfers.filter((t) => t.mechanism !== 'adequacy' && t.mechanism !== 'dpf');
    if (needsSafeguards.length > 0)
      blocks.push(
        paragraph(
          this.t.transferRisk,
          needsSafeguards.map((t) => ref('transfer', t)),
        ),
      );
    blocks.push(
      paragraph(this.t.newCountries, [...transfers.map((t) => ref('transfer', t)), ...unrecorded.map((r) => ref('recipient', r))]),
    );
    return blocks;
  }

  private mechanismSentences(transfer: Transfer, recipient: Recipient | undefined): string[] {
    const sentences: string[] = [];
    if (transfer.mechanism === 'derogation') {
      if (transfer.derogation) sentences.push(this.t.derogation[transfer.derogation]);
    } else {
      sentences.push(this.t.mechanism[transfer.mechanism]);
      // Not stated, the module follows the roles of the parties (our activities are controller ones).
      const module = transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, this.activities, recipient) : null;
      if (module) sentences.push(this.t.sccModule(this.t.sccModuleLabel[module]));
    }
    if (transfer.safeguards?.trim()) sentences.push(sentenceOf(transfer.safeguards));
    if (transfer.mechanism !== 'adequacy' && transfer.mechanism !== 'dpf') {
      if (transfer.copyInstructions) sentences.push(this.t.copyOfSafeguards(transfer.copyInstructions));
      else if (transfer.copyAvailable) sentences.push(this.t.copyOnRequest(this.contactEmail));
    }
    return sentences;
  }

  private retention(): Block[] {
    const byRule = new Map<string, ProcessingActivity[]>();
    const items: ListItem[] = [];
    for (const a of this.activities) {
      if (a.retentionRuleId) byRule.set(a.retentionRuleId, [...(byRule.get(a.retentionRuleId) ?? []), a]);
      for (const entry of this.orderedRetentionByCategory(a)) {
        const described = this.describeRetention(entry.retentionRuleId);
        const category = this.snapshot.dataCategories.find((c) => c.id === entry.dataCategoryId);
        if (described && category) {
          items.push({
            text: this.t.retentionForCategory(category.name, a.name, described.text),
            sources: [described.source, ref('data_category', category), ref('processing_activity', a)],
          });
        }
      }
      if (!a.retentionRuleId && a.notApplicable.retention)
        items.push({ text: this.t.retentionNotApplicable(a.name, a.notApplicable.retention), sources: [ref('processing_activity', a)] });
    }
    const general: ListItem[] = [];
    for (const rule of this.snapshot.retentionRules.filter((r) => byRule.has(r.id))) {
      const described = this.describeRetention(rule.id);
      const users = byRule.get(rule.id) ?? [];
      if (described)
        general.push({
          text: this.t.retentionFor(this.h.and(users.map((a) => a.name)), described.text),
          sources: [described.source, ...users.map((a) => ref('processing_activity', a))],
        });
    }
    const all = general.concat(items);
    return all.length > 0 ? [list(this.t.retentionIntro, all)] : [];
  }

  private rights(): Block[] {
    const applicable = new Set<DataSubjectRight>(['access', 'rectification', 'restriction']);
    const sourcesOf = new Map<DataSubjectRight, EntityRef[]>();
    for (const a of this.activities) {
      for (const right of rightsForBasis(a.legalBasis)) {
        applicable.add(right);
        sourcesOf.set(right, [...(sourcesOf.get(right) ?? []), ref('processing_activity', a)]);
      }
    }
    const items: ListItem[] = RIGHTS.filter(
      (r): r is Exclude<DataSubjectRight, 'object' | 'complaint'> => r !== 'object' && r !== 'complaint' && applicable.has(r),
    ).map((right) => ({
      text: this.t.right[right],
      sources: uniqueRefs(sourcesOf.get(right) ?? []),
    }));
    const blocks: Block[] = [list(this.t.rightsIntro, items)];
    if (this.objectionActivities().length > 0 || this.marketingActivities().length > 0)
      blocks.push(
        paragraph(this.t.rightToObjectPointer, this.activityRefs([...this.objectionActivities(), ...this.marketingActivities()])),
      );
    blocks.push(paragraph(this.t.exerciseRights(this.contactEmail), this.controllerRefs));
    return blocks;
  }

  /** Art. 21(1): the balancing test, for public task and legitimate interests that are not direct marketing. */
  private objectionActivities(): ProcessingActivity[] {
    return this.activities.filter((a) => (a.legalBasis === 'art6_1_e' || a.legalBasis === 'art6_1_f') && a.directMarketing !== true);
  }

  /** Art. 21(2): direct marketing, whatever its basis; a profiling flag alone does not make marketing. */
  private marketingActivities(): ProcessingActivity[] {
    return this.activities.filter((a) => a.directMarketing === true);
  }

  /** Art. 21(4): shown clearly and separately from the other rights; the absolute objection first. */
  private objection(): Block[] | null {
    const interests = this.objectionActivities();
    const marketing = this.marketingActivities();
    if (interests.length === 0 && marketing.length === 0) return null;
    const blocks: Block[] = [];
    if (marketing.length > 0)
      blocks.push(
        paragraph(
          this.t.objectionMarketing(
            this.h.and(marketing.map((a) => a.name)),
            marketing.some((a) => a.profiling),
          ),
          marketing.map((a) => ref('processing_activity', a)),
        ),
      );
    if (interests.length > 0)
      blocks.push(
        paragraph(
          this.t.objectionIntro(
            this.h.and(interests.map((a) => a.name)),
            interests.some((a) => a.legalBasis === 'art6_1_e'),
            interests.some((a) => a.legalBasis === 'art6_1_f'),
          ),
          interests.map((a) => ref('processing_activity', a)),
        ),
      );
    blocks.push(paragraph(this.t.objectionHow(this.contactEmail), this.controllerRefs));
    return blocks;
  }

  /**
   * A controller established in the EEA names its lead authority. One outside it has none (no
   * one-stop-shop through a representative, EDPB Guidelines 3/2018): people may complain to any EEA
   * authority, and the representative is their contact point.
   */
  private complaints(): Block[] {
    const c = this.controller;
    if (!c) return [];
    if (!establishedInEea(establishmentOf(c))) {
      const rep = c.representative;
      return [
        paragraph(
          this.t.complaintWithoutLeadAuthority(rep ? { name: rep.name, email: rep.email, address: rep.address } : null),
          this.controllerRefs,
        ),
      ];
    }
    const authority = c.supervisoryAuthority;
    return authority ? [paragraph(this.t.complaint(authority.name, authority.website), this.controllerRefs)] : [];
  }

  /** Art. 13(2)(e): what is recorded, and nothing for what is not (the `activity-requirement` finding). */
  private requirements(): Block[] {
    const withRequirement = this.activities.filter((a) => a.requirement);
    if (withRequirement.length === 0) return [];
    // Purposes with the same requirement and consequences share one item, so the reader sees each rule once.
    const groups = new Map<string, ProcessingActivity[]>();
    for (const a of withRequirement) {
      const key = JSON.stringify([REQUIREMENT_KINDS.indexOf(a.requirement?.kind ?? 'none'), a.requirement?.consequences?.trim() ?? '']);
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    return [
      list(
        this.t.requirementsIntro,
        [...groups.entries()]
          .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
          .map(([, group]) => ({
            text: this.t.requirement(
              this.h.and(group.map((a) => a.name)),
              group[0].requirement?.kind ?? 'none',
              group[0].requirement?.consequences ?? null,
            ),
            sources: this.activityRefs(group),
          })),
      ),
    ];
  }

  private automatedDecisions(): Block[] {
    const deciding = this.activities.filter((a) => a.automatedDecision);
    const profiling = this.activities.filter((a) => a.profiling && !a.automatedDecision);
    const items: ListItem[] = [
      ...deciding.map((a) => ({
        text: this.t.automatedDecision(a.name, a.automatedDecision?.logic ?? '', a.automatedDecision?.significance ?? ''),
        sources: [ref('processing_activity', a)],
      })),
      ...profiling.map((a) => ({ text: this.t.profiling(a.name, a.purpose), sources: [ref('processing_activity', a)] })),
    ];
    if (items.length === 0) return [paragraph(this.t.noAutomatedDecisions, this.orScope(this.activityRefs(this.activities)))];
    // The closing sentence holds whether or not some activity decides: the record lists every such decision.
    return [
      list(null, items),
      deciding.length === 0
        ? paragraph(this.t.noSolelyAutomatedDecisions, this.activityRefs(profiling))
        : paragraph(this.t.noOtherAutomatedDecisions, this.activityRefs(deciding)),
    ];
  }

  /** Only for a notice to people who use our services, and only with a recorded minimum age. */
  private children(): Block[] {
    const age = this.scope.options.minimumAge ?? this.controller?.minimumAge ?? null;
    if (age === null || !this.speaksToUsers) return [];
    return [paragraph(this.t.children(age, this.contactEmail), this.controllerRefs)];
  }

  private security(): Block[] {
    const measures = this.byIds(this.snapshot.securityMeasures, new Set(this.activities.flatMap((a) => a.securityMeasureIds)));
    const items: ListItem[] = measures.map((m) => ({
      text: this.t.securityMeasure(m.name, m.description),
      sources: [ref('security_measure', m)],
    }));
    for (const a of this.activities.filter((act) => act.securityMeasureIds.length === 0 && act.notApplicable.securityMeasures)) {
      items.push({
        text: this.t.securityNotApplicable(a.name, a.notApplicable.securityMeasures ?? ''),
        sources: [ref('processing_activity', a)],
      });
    }
    return items.length > 0 ? [list(this.t.securityIntro, items)] : [];
  }

  private changes(): Block[] {
    return [paragraph(this.t.changes(this.scope.options.noticeDays, this.speaksToUsers), this.orScope(this.controllerRefs))];
  }
}

/**
 * The policy of a scope, from the registry alone: same snapshot and scope, same document. The registry's
 * texts are read in the scope's language (their translations); a text without one stays as written, and
 * the `translation-missing` finding, an error, keeps such a notice from being published.
 */
export function generatePolicy(snapshot: RegistrySnapshot, scope: PolicyScope): PolicyDocument {
  return new Generator(localizeSnapshot(snapshot, scope.language).snapshot, scope).document();
}
