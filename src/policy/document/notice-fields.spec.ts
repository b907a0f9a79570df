import { describe, expect, it } from '@jest/globals';
import type {
  CollectionPoint,
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Service,
  Tracker,
  Transfer,
} from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from './generate';
import type { PolicyScope } from './model';
import { blockText } from './testing';
import {
  ACTIVITY_FIELDS,
  CONTROLLER_FIELDS,
  DATA_CATEGORY_FIELDS,
  DATA_SUBJECT_CATEGORY_FIELDS,
  type NoticeFieldMap,
  RECIPIENT_FIELDS,
  RETENTION_RULE_FIELDS,
  SECURITY_MEASURE_FIELDS,
  SERVICE_FIELDS,
  sectionsOf,
  TRACKER_FIELDS,
  COLLECTION_POINT_FIELDS,
  TRANSFER_FIELDS,
} from './notice-fields';

const scope: PolicyScope = {
  serviceId: 'svc',
  dataSubjectCategoryIds: [],
  language: 'en',
  title: 'Privacy notice',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
};

/** The text of each section of the notice (provenance left out), by section id. */
function sectionTexts(snapshot: RegistrySnapshot): Map<string, string> {
  return new Map(generatePolicy(snapshot, scope).sections.map((s) => [s.id, [s.heading, ...s.blocks.flatMap(blockText)].join('\n')]));
}

/** The sections whose text differs, a section that appears or goes away included. */
function changedSections(before: RegistrySnapshot, after: RegistrySnapshot): string[] {
  const a = sectionTexts(before);
  const b = sectionTexts(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort();
}

interface Kind<T> {
  fields: NoticeFieldMap<T>;
  /** The snapshot with every entry of this kind changed by `patch` */
  patch(snapshot: RegistrySnapshot, patch: Partial<T>): RegistrySnapshot;
}

/** A field, the entry before (a patch of the factory's), the change, and the rest of the registry when the factory's does not show it. */
type Case<T> = [field: keyof T & string, before: Partial<T>, change: Partial<T>, world?: Partial<RegistrySnapshot>];

const each =
  <K extends keyof RegistrySnapshot>(key: K) =>
  <T>(s: RegistrySnapshot, p: Partial<T>): RegistrySnapshot => ({ ...s, [key]: (s[key] as T[]).map((e) => ({ ...e, ...p })) });

const ACTIVITY: Kind<ProcessingActivity> = { fields: ACTIVITY_FIELDS, patch: each('processingActivities') };
const CONTROLLER: Kind<ControllerProfile> = {
  fields: CONTROLLER_FIELDS,
  patch: (s, p) => ({ ...s, controller: s.controller && { ...s.controller, ...p } }),
};
const SERVICE: Kind<Service> = { fields: SERVICE_FIELDS, patch: each('services') };
const DATA_CATEGORY: Kind<DataCategory> = { fields: DATA_CATEGORY_FIELDS, patch: each('dataCategories') };
const DATA_SUBJECTS: Kind<DataSubjectCategory> = { fields: DATA_SUBJECT_CATEGORY_FIELDS, patch: each('dataSubjectCategories') };
const RECIPIENT: Kind<Recipient> = { fields: RECIPIENT_FIELDS, patch: each('recipients') };
const TRANSFER: Kind<Transfer> = { fields: TRANSFER_FIELDS, patch: each('transfers') };
const RETENTION_RULE: Kind<RetentionRule> = { fields: RETENTION_RULE_FIELDS, patch: each('retentionRules') };
const SECURITY_MEASURE: Kind<SecurityMeasure> = { fields: SECURITY_MEASURE_FIELDS, patch: each('securityMeasures') };
const TRACKER: Kind<Tracker> = { fields: TRACKER_FIELDS, patch: each('trackers') };
const COLLECTION_POINT: Kind<CollectionPoint> = { fields: COLLECTION_POINT_FIELDS, patch: each('collectionPoints') };

/** A recipient in the United States, with a transfer on record under standard contractual clauses. */
const abroad: Partial<RegistrySnapshot> = { recipients: [make.recipient({ country: 'US' })], transfers: [make.transfer()] };
const usAddress = { street: '1 Market St', postalCode: '94105', city: 'San Francisco', country: 'US' };
const rep = { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Unter den Linden 1, Berlin' };
/** Controllers in Zurich and London with EU representatives: the FADP's and the UK's transfer parts. */
const at = (country: string) => make.controller({ registeredAddress: { ...usAddress, country }, representative: rep, notApplicable: {} });
const [zurich, london] = [at('CH'), at('GB')];
const onDpf = { ...abroad, transfers: [make.transfer({ mechanism: 'dpf' })] };
/** An activity some of whose data come from others, kept per category. */
const fromPartners: Partial<ProcessingActivity> = {
  sources: 'Our partners.',
  retentionByCategory: [{ dataCategoryId: 'cat', retentionRuleId: 'ret' }],
};
/** An activity every section that names activities speaks of. */
const everywhere: Partial<ProcessingActivity> = {
  sources: 'Our partners.',
  directMarketing: true,
  profiling: true,
  securityMeasureIds: [],
  notApplicable: { securityMeasures: 'Paper only.' },
};
/** A tracker the recipient (Hosting Ltd) sets. */
const thirdPartyTracker = make.tracker({ party: 'third', provider: 'Hosting Ltd' });

/** The sections a case changes. */
function changes<T>(kind: Kind<T>, [, before, change, world]: Case<T>): string[] {
  const base = kind.patch(validSnapshot(world), before);
  return changedSections(base, kind.patch(base, change));
}

/**
 * Each case changes some of the sections the table names for its field and no other; the cases of a
 * field together change every one of them, so that the table names exactly the sections that state it.
 */
function stated<T>(kind: Kind<T>, cases: Case<T>[]): void {
  // A rest parameter, so that jest does not take the fourth argument, absent from most rows, for a done callback.
  it.each(cases)('%s: changes the sections the table names, and only those', (...row: Case<T>) => {
    const named: readonly string[] = sectionsOf(kind.fields[row[0]]);
    const changed = changes(kind, row);
    expect(named.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((id) => !named.includes(id))).toEqual([]);
  });
  it('names, for each field changed above, exactly the sections its changes reach', () => {
    const reached = new Map<string, Set<string>>();
    for (const row of cases) for (const id of changes(kind, row)) reached.set(row[0], (reached.get(row[0]) ?? new Set()).add(id));
    for (const [field, sections] of reached)
      expect({ field, sections: [...sections].sort() }).toEqual({ field, sections: [...sectionsOf(kind.fields[field as keyof T])].sort() });
  });
}

function unstated<T>(kind: Kind<T>, cases: Case<T>[]): void {
  it.each(cases)('%s: is stated nowhere, and changing it changes no section', (...row: Case<T>) => {
    expect(sectionsOf(kind.fields[row[0]])).toEqual([]);
    expect(changes(kind, row)).toEqual([]);
  });
}

describe('the notice field map', () => {
  describe('ProcessingActivity', () => {
    stated(ACTIVITY, [
      ['name', {}, { name: 'Deliveries' }],
      ['name', everywhere, { name: 'Deliveries' }],
      ['purpose', {}, { purpose: 'To ship parcels.' }],
      ['legalBasis', {}, { legalBasis: 'art6_1_f' }],
      [
        'legitimateInterest',
        { legalBasis: 'art6_1_f', legitimateInterest: 'Preventing fraud' },
        { legitimateInterest: 'Recovering debts' },
      ],
      ['legalObligation', { legalBasis: 'art6_1_c', legalObligation: 'The Accounting Act.' }, { legalObligation: 'The Tax Ordinance.' }],
      ['consentMechanism', { legalBasis: 'art6_1_a', consentMechanism: 'A checkbox.' }, { consentMechanism: 'A banner.' }],
      ['consentWithdrawal', { legalBasis: 'art6_1_a', consentWithdrawal: 'Untick it.' }, { consentWithdrawal: 'Write to us.' }],
      ['specialCategoryCondition', {}, { specialCategoryCondition: 'art9_2_b' }],
      ['specialCategoryCondition', {}, { specialCategoryCondition: 'art9_2_a' }],
      ['criminalDataAuthorisation', {}, { criminalDataAuthorisation: 'Art. 106d of the Banking Act.' }],
      ['sources', {}, { sources: 'Our partners.' }],
      [
        'automatedDecision',
        {},
        { automatedDecision: make.automatedDecision({ logic: 'A credit score.', significance: 'A refused order.' }) },
      ],
      [
        'automatedDecision',
        { automatedDecision: make.automatedDecision({ art22Applies: false }) },
        { automatedDecision: make.automatedDecision({ art22Applies: true, exception: 'contract', contest: 'Write to us.' }) },
      ],
      ['specialCategoryLaw', { specialCategoryCondition: 'art9_2_b' }, { specialCategoryLaw: 'Labour Code, Art. 92.' }],
      ['sourceUnnamedReason', {}, { sourceUnnamedReason: 'We combine many public directories.' }],
      ['marketingChannels', { directMarketing: true }, { marketingChannels: ['email', 'post'] }],
      [
        'marketingChannels',
        { directMarketing: true },
        { marketingChannels: ['email'] },
        { trackers: [make.tracker({ kind: 'web_beacon', processingActivityId: 'act' })] },
      ],
      [
        'softOptIn',
        { directMarketing: true, legalBasis: 'art6_1_f', marketingChannels: ['email'] },
        { softOptIn: { saleContext: true, similarProducts: true, objection: 'The unsubscribe link in every e-mail.' } },
      ],
      ['profiling', {}, { profiling: true }],
      ['profiling', { directMarketing: true }, { profiling: true }],
      ['directMarketing', {}, { directMarketing: true }],
      ['requirement', {}, { requirement: { kind: 'statutory', consequences: null } }],
      // The section that points at the table appears once a purpose records it.
      ['requirement', { requirement: null }, { requirement: { kind: 'statutory', consequences: null } }],
      ['notApplicable', { retentionRuleId: null, notApplicable: { retention: 'Kept while you are signed in.' } }, { notApplicable: {} }],
      ['notApplicable', { securityMeasureIds: [], notApplicable: { securityMeasures: 'Paper only.' } }, { notApplicable: {} }],
    ]);
    unstated(ACTIVITY, [
      ['description', {}, { description: 'Orders placed in the shop.' }],
      ['legitimateInterestAssessment', { legalBasis: 'art6_1_f' }, { legitimateInterestAssessment: 'LIA-7' }],
      [
        'legalObligationJurisdiction',
        { legalBasis: 'art6_1_c', legalObligation: 'The Accounting Act.' },
        { legalObligationJurisdiction: 'PL' },
      ],
      [
        'specialCategoryLawJurisdiction',
        { specialCategoryCondition: 'art9_2_b', specialCategoryLaw: 'Labour Code, Art. 92.' },
        { specialCategoryLawJurisdiction: 'PL' },
      ],
      ['dpia', {}, { dpia: { required: true, status: 'completed', reference: 'DPIA-1' } }],
      ['version', {}, { version: 7 }],
      ['ref', {}, { ref: 'deliveries' }],
      ['createdAt', {}, { createdAt: '2026-02-01T00:00:00.000Z' }],
      ['updatedAt', {}, { updatedAt: '2026-02-01T00:00:00.000Z' }],
    ]);
  });

  describe('ControllerProfile', () => {
    stated(CONTROLLER, [
      ['legalName', {}, { legalName: 'Other S.A.' }],
      ['registeredAddress', {}, { registeredAddress: { street: 'Side 2', postalCode: '00-002', city: 'Warsaw', country: 'PL' } }],
      ['registeredAddress', {}, { registeredAddress: usAddress }],
      ['registrationNumber', {}, { registrationNumber: '0000000002' }],
      ['email', {}, { email: 'hello@example.com' }],
      ['email', {}, { email: 'hello@example.com' }, { ...abroad, processingActivities: [make.activity({ legalBasis: 'art6_1_f' })] }],
      ['phone', {}, { phone: '+48 22 000 00 00' }],
      ['website', {}, { website: 'https://example.org' }],
      ['dpo', {}, { dpo: { name: 'Jan Kowalski', email: 'iod@example.com', phone: null } }],
      ['representative', { registeredAddress: usAddress, representative: rep }, { representative: { ...rep, name: 'Other Rep SARL' } }],
      [
        'ukRepresentative',
        { registeredAddress: usAddress, representative: rep, ukRepresentative: rep },
        { ukRepresentative: { ...rep, name: 'UK Rep Ltd' } },
      ],
      [
        'swissRepresentative',
        { registeredAddress: usAddress, representative: rep, swissRepresentative: rep },
        { swissRepresentative: { ...rep, name: 'CH Rep AG' } },
      ],
      ['supervisoryAuthority', {}, { supervisoryAuthority: { name: 'PUODO', country: 'PL', website: null } }],
      ['minimumAge', {}, { minimumAge: 13 }],
      [
        'notApplicable',
        { dpo: null, notApplicable: { dpo: 'We are a small shop.' } },
        { notApplicable: { dpo: 'No large-scale monitoring.' } },
      ],
    ]);
    unstated(CONTROLLER, [
      ['updatedAt', {}, { updatedAt: '2026-02-01T00:00:00.000Z' }],
      ['gpcHonouredSince', {}, { gpcHonouredSince: '2026-12-01' }],
    ]);
  });

  describe('Service', () => {
    stated(SERVICE, [['name', {}, { name: 'Store' }]]);
    unstated(SERVICE, [
      ['ref', {}, { ref: 'web-shop' }],
      ['description', {}, { description: 'Our web shop.' }],
      ['url', {}, { url: 'https://shop.example.com' }],
    ]);
  });

  describe('DataCategory', () => {
    stated(DATA_CATEGORY, [
      ['name', {}, { name: 'Contact data' }],
      ['name', {}, { name: 'Contact data' }, { trackers: [make.tracker({ dataCategoryIds: ['cat'] })] }],
      ['name', { collection: 'third_party' }, { name: 'Contact data' }, { processingActivities: [make.activity(fromPartners)] }],
      ['description', {}, { description: 'Your e-mail address.' }],
      ['examples', {}, { examples: ['e-mail', 'phone'] }],
      ['special', {}, { special: true }],
      ['criminal', {}, { criminal: true }],
      ['collection', {}, { collection: 'third_party' }, { processingActivities: [make.activity({ sources: 'Our partners.' })] }],
    ]);
    unstated(DATA_CATEGORY, [['videoSurveillance', {}, { videoSurveillance: true }]]);
  });

  describe('CollectionPoint', () => {
    const withForm = { collectionPoints: [make.collectionPoint({ dataCategoryIds: ['cat'] })] };
    unstated(COLLECTION_POINT, [
      ['name', {}, { name: 'Checkout' }, withForm],
      ['processingActivityIds', {}, { processingActivityIds: [] }, withForm],
      ['dataCategoryIds', {}, { dataCategoryIds: [] }, withForm],
    ]);
  });

  describe('DataSubjectCategory', () => {
    stated(DATA_SUBJECTS, [
      ['relationship', {}, { relationship: 'as our customer' }],
      ['relationship', { usesServices: false }, { relationship: 'when you visit our warehouse' }],
      ['usesServices', {}, { usesServices: false }],
      [
        'usesServices',
        {},
        { usesServices: false },
        {
          recipients: [make.recipient({ type: 'independent_controller' })],
          trackers: [],
          processingActivities: [make.activity({ sources: 'Our partners.' }), make.activity({ id: 'act-2', name: 'Newsletter' })],
        },
      ],
    ]);
    unstated(DATA_SUBJECTS, [
      ['ref', {}, { ref: 'clients' }],
      ['name', {}, { name: 'Clients' }],
      ['description', {}, { description: 'People who buy from us.' }],
    ]);
  });

  describe('Recipient', () => {
    stated(RECIPIENT, [
      ['name', {}, { name: 'Cloud GmbH' }],
      ['type', {}, { type: 'independent_controller' }],
      ['type', {}, { type: 'independent_controller' }, { ...abroad, transfers: [make.transfer({ sccModule: null })] }],
      ['name', { type: 'joint_controller' }, { name: 'Cloud GmbH' }, { ...abroad, trackers: [thirdPartyTracker] }],
      ['type', { type: 'joint_controller' }, { type: 'independent_controller' }, { trackers: [thirdPartyTracker] }],
      ['country', {}, { country: 'FR' }],
      ['country', {}, { country: 'US' }],
      ['description', {}, { description: 'Hosts our shop.' }],
      ['privacyPolicyUrl', {}, { privacyPolicyUrl: 'https://hosting.example/privacy' }],
      ['dpfCertified', {}, { dpfCertified: true }, abroad],
      ['swissDpfCertified', {}, { swissDpfCertified: true }, { ...onDpf, controller: zurich }],
      ['ukExtensionCertified', {}, { ukExtensionCertified: true }, { ...onDpf, controller: london }],
      [
        'jointArrangement',
        { type: 'joint_controller', jointArrangement: 'We run the page together.' },
        { jointArrangement: 'We share it.' },
      ],
      ['contactPoint', { type: 'joint_controller', contactPoint: 'joint@example.com' }, { contactPoint: 'privacy@example.com' }],
    ]);
    unstated(RECIPIENT, [['dpaReference', {}, { dpaReference: 'DPA-2026-1' }]]);
  });

  describe('Transfer', () => {
    stated(TRANSFER, [
      ['country', {}, { country: 'IN' }, abroad],
      ['mechanism', {}, { mechanism: 'bcr' }, abroad],
      ['localTools', {}, { localTools: ['ch_scc'] }, { ...abroad, controller: zurich }],
      ['localTools', {}, { localTools: ['uk_idta'] }, { ...abroad, controller: london }],
      ['sccModule', {}, { sccModule: 3 }, abroad],
      ['derogation', { mechanism: 'derogation', sccModule: null, derogation: 'a' }, { derogation: 'b' }, abroad],
      ['safeguards', {}, { safeguards: 'Encrypted end to end.' }, abroad],
      ['copyAvailable', {}, { copyAvailable: false }, abroad],
      ['copyInstructions', {}, { copyInstructions: 'Write to dpo@example.com.' }, abroad],
    ]);
  });

  describe('RetentionRule', () => {
    stated(RETENTION_RULE, [
      ['period', { criteria: 'Until every claim expires.' }, { period: 'P5Y' }],
      ['trigger', { criteria: 'Until every claim expires.' }, { trigger: 'claims_expiry' }],
      ['criteria', {}, { criteria: 'Five years.' }],
      // The law that obliges keeping the data is said for a purpose that rests on law.
      [
        'legalReference',
        {},
        { legalReference: 'Accounting Act, Art. 74' },
        { processingActivities: [make.activity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act' })] },
      ],
    ]);
    unstated(RETENTION_RULE, [['name', {}, { name: 'After the contract' }]]);
  });

  describe('SecurityMeasure', () => {
    stated(SECURITY_MEASURE, [
      ['name', {}, { name: 'Backups' }],
      ['description', {}, { description: 'Encrypted at rest.' }],
    ]);
    unstated(SECURITY_MEASURE, [['kind', {}, { kind: 'organisational' }]]);
  });

  describe('Tracker', () => {
    stated(TRACKER, [
      ['name', {}, { name: 'Cart cookie' }],
      ['kind', {}, { kind: 'local_storage' }],
      ['category', {}, { category: 'analytics' }],
      ['provider', {}, { provider: 'Analytics Inc.' }],
      ['party', {}, { party: 'third' }],
      ['purpose', {}, { purpose: 'Remembers your cart.' }],
      ['duration', {}, { duration: 'P1Y' }],
      ['optOut', {}, { optOut: 'Clear your cookies.' }],
      [
        'processingActivityId',
        { kind: 'web_beacon' },
        { processingActivityId: 'act' },
        { processingActivities: [make.activity({ directMarketing: true, marketingChannels: ['email'] })] },
      ],
    ]);
  });

  it('does not compile with a field of the domain type left out', () => {
    const { name: _name, ...withoutName } = ACTIVITY_FIELDS;
    // @ts-expect-error `name` is missing: every field of ProcessingActivity must say where the notice states it, or why it does not
    const partial = withoutName satisfies NoticeFieldMap<ProcessingActivity>;
    expect(Object.keys(partial)).not.toContain('name');
  });
});
