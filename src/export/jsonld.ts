import type { DataSubjectRight } from '../reference/rights';
import { ACTIVITY_NOT_APPLICABLE_KEYS, type ActivityNotApplicableKey, type RecipientType } from '../domain/vocabulary';
import type { DataCategory, ProcessingActivity, Recipient, RegistrySnapshot, Transfer } from '../domain/registry-snapshot';
import { activitiesOfRecord, RecordIndex } from './record-index';
import { describeMechanism } from './art30-transfers';
import { automatedDecisionCell, DPIA_STATUS_LABELS, rightsOfActivity } from './art30-wording';
import { art22Decision } from '../reference/rights';
import { type ExportMeta, type ExportRole, type RecordRole, recordsOf } from './art30-columns';
import { RECORD_TITLES } from './cover';
import { DPV, EU_GDPR, LEGAL_EU, LOC, PD } from './dpv-vocabulary';

export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** Inline, so that a consumer (and the tests) can expand the document offline. */
export const JSONLD_CONTEXT = {
  dpv: DPV,
  'eu-gdpr': EU_GDPR,
  pd: PD,
  loc: LOC,
  'legal-eu': LEGAL_EU,
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const RIGHT_TERMS: Record<DataSubjectRight, string> = {
  access: 'eu-gdpr:A15',
  rectification: 'eu-gdpr:A16',
  erasure: 'eu-gdpr:A17',
  restriction: 'eu-gdpr:A18',
  portability: 'eu-gdpr:A20',
  object: 'eu-gdpr:A21',
  withdraw_consent: 'eu-gdpr:A7-3',
  complaint: 'eu-gdpr:A77',
};

/**
 * A data category's name, or one of its examples, → the PD concept it names. Anchored where a loose
 * match would mislead ("Activity on our website and e-mails" is not an e-mail address). The §6 list
 * has no telephone concept, so phone numbers map to pd:Contact.
 */
const PD_KEYWORDS: readonly [RegExp, string][] = [
  [/^(full |first |last |given |family |sur)?names?$/, 'pd:Name'],
  [/^e-?mails?( address(es)?)?$/, 'pd:EmailAddress'],
  [/^contact( details| data| information)?$|^(tele|mobile )?phone( numbers?)?$/, 'pd:Contact'],
  [/^ip( address(es)?)?$/, 'pd:IPAddress'],
  [/^((approximate|precise|device|geo) ?)?location|^geolocation/, 'pd:Location'],
  [/invoic|billing|payment|financ|bank/, 'pd:Financial'],
  [/health|medical/, 'pd:MedicalHealth'],
  [/biometric/, 'pd:Biometric'],
  [/genetic/, 'pd:Genetic'],
  [/religio/, 'pd:Religion'],
  [/politic/, 'pd:PoliticalOpinion'],
  [/trade.union/, 'pd:TradeUnionMembership'],
  [/criminal|offence|conviction/, 'pd:Criminal'],
];

export function pdTerms(category: DataCategory): string[] {
  const texts = [category.name, ...category.examples].map((t) => t.trim().toLowerCase());
  return PD_KEYWORDS.filter(([pattern]) => texts.some((t) => pattern.test(t))).map(([, term]) => term);
}

const NOT_APPLICABLE_ELEMENTS: Record<ActivityNotApplicableKey, string> = {
  retention: 'time limits for erasure',
  securityMeasures: 'security measures',
  recipients: 'recipients',
  transfers: 'transfers',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Registry ids are UUIDs; documents written by hand (and test fixtures) use other refs. */
const entityIri = (kind: string, id: string): string =>
  UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:ropa:${kind}:${encodeURIComponent(id)}`;
const ORGANISATION = 'urn:ropa:organisation';

const ref = (iri: string): JsonLdNode => ({ '@id': iri });
const dateTime = (value: string): JsonLdNode => ({ '@value': value, '@type': 'xsd:dateTime' });
const country = (code: string): JsonLdValue => (/^[A-Z]{2}$/.test(code) ? ref(`loc:${code}`) : code);

function recipientClass(type: RecipientType): string {
  switch (type) {
    case 'processor':
    case 'sub_processor':
      return 'dpv:DataProcessor';
    case 'joint_controller':
    case 'independent_controller':
      return 'dpv:DataController';
    case 'public_authority':
    case 'internal':
      return 'dpv:Recipient';
  }
}

/** The Chapter V legal basis of a transfer and, for Art. 46 safeguards, the transfer tool relied on. */
export function transferTerms(t: Transfer): { basis: string | null; tool: string | null } {
  switch (t.mechanism) {
    case 'adequacy':
    case 'dpf':
      return { basis: 'eu-gdpr:A45-3', tool: null };
    case 'scc':
      return { basis: 'eu-gdpr:A46-2-c', tool: 'eu-gdpr:SCCByCommission' };
    case 'bcr':
      return { basis: 'eu-gdpr:A46-2-b', tool: 'eu-gdpr:BindingCorporateRules' };
    case 'code_of_conduct':
      return { basis: 'eu-gdpr:A46-2-e', tool: 'eu-gdpr:CodesOfConductForDataTransfers' };
    case 'certification':
      return { basis: 'eu-gdpr:A46-2-f', tool: 'eu-gdpr:CertificationMechanismsForDataTransfers' };
    case 'derogation':
      if (t.derogation === null) return { basis: null, tool: null };
      // DPV names the second subparagraph of Art. 49(1) "A49-2" (gdpr-domain.md §4.3).
      return { basis: t.derogation === 'compelling_legitimate_interests' ? 'eu-gdpr:A49-2' : `eu-gdpr:A49-1-${t.derogation}`, tool: null };
  }
}

function recipientNode(r: Recipient | undefined, id: string): JsonLdNode {
  return r
    ? { '@id': entityIri('recipient', id), '@type': recipientClass(r.type), 'dpv:hasName': r.name, 'dpv:hasCountry': country(r.country) }
    : { '@id': entityIri('recipient', id), '@type': 'dpv:Recipient' };
}

/** One dpv:Process per activity of the record. */
function processNode(a: ProcessingActivity, role: RecordRole, ix: RecordIndex): JsonLdNode {
  const personalData = (ids: readonly string[]): JsonLdValue[] => {
    const terms = new Set<string>();
    const nodes: JsonLdNode[] = [];
    for (const id of ix.ordered(ids)) {
      const c = ix.categories.get(id);
      const mapped = c ? pdTerms(c) : [];
      if (mapped.length > 0) mapped.forEach((t) => terms.add(t));
      else
        nodes.push({
          '@id': entityIri('data-category', id),
          '@type': c?.special ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
          'dct:title': c?.name ?? id,
        });
    }
    return [...[...terms].map(ref), ...nodes];
  };

  const transfers = ix.transfersOf(a).map(({ transfer: t, module }): JsonLdNode => {
    const { basis, tool } = transferTerms(t);
    return {
      '@id': entityIri('transfer', t.id),
      '@type': 'dpv:CrossBorderTransfer',
      'dpv:hasThirdCountry': country(t.country),
      'dpv:hasDataImporter': ref(entityIri('recipient', t.recipientId)),
      ...(basis ? { 'dpv:hasLegalBasis': ref(basis) } : {}),
      ...(tool ? { 'dpv:hasOrganisationalMeasure': ref(tool) } : {}),
      'dct:description': [describeMechanism(t, module), t.safeguards].filter(Boolean).join('. '),
    };
  });

  const measures = ix.ordered(a.securityMeasureIds).flatMap((id) => {
    const m = ix.measures.get(id);
    return m ? [m] : [];
  });
  const measureNodes = (kind: 'technical' | 'organisational', type: string) =>
    measures
      .filter((m) => m.kind === kind)
      .map((m): JsonLdNode => ({
        '@id': entityIri('security-measure', m.id),
        '@type': type,
        'dct:title': m.name,
        'dct:description': m.description,
      }));

  const notes = ACTIVITY_NOT_APPLICABLE_KEYS.flatMap((key) =>
    a.notApplicable[key] ? [`Not applicable (${NOT_APPLICABLE_ELEMENTS[key]}): ${a.notApplicable[key]}`] : [],
  );
  const common: JsonLdNode = {
    '@id': entityIri('processing-activity', a.id),
    '@type': 'dpv:Process',
    'dct:title': a.name,
    ...(a.description ? { 'dct:description': a.description } : {}),
    'dct:modified': dateTime(a.updatedAt),
    'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': a.purpose },
    'dpv:hasRecipient': ix.ordered(a.recipientIds).map((id) => recipientNode(ix.recipients.get(id), id)),
    'dpv:hasProcessing': transfers,
    'dpv:hasTechnicalMeasure': measureNodes('technical', 'dpv:TechnicalMeasure'),
    'dpv:hasOrganisationalMeasure': measureNodes('organisational', 'dpv:OrganisationalMeasure'),
    ...(notes.length > 0 ? { 'skos:note': notes } : {}),
  };

  if (role === 'processor')
    return {
      ...common,
      'dpv:hasDataProcessor': ref(ORGANISATION),
      ...(a.onBehalfOf.length > 0
        ? {
            'dpv:hasDataController': a.onBehalfOf.map((c) => ({
              '@type': 'dpv:DataController',
              'dpv:hasName': c.name,
              'dpv:hasContact': [c.email, c.address, c.phone].filter(Boolean).join(', '),
            })),
          }
        : {}),
    };

  const retention = [
    ...(a.retentionRuleId ? [{ ruleId: a.retentionRuleId, categoryId: null }] : []),
    ...ix.retentionByCategory(a).map((r) => ({ ruleId: r.retentionRuleId, categoryId: r.dataCategoryId })),
  ].flatMap(({ ruleId, categoryId }): JsonLdNode[] => {
    const rule = ix.retention.get(ruleId);
    if (!rule) return [];
    // A blank node: the same rule applied to different categories must not merge into one resource.
    return [
      {
        '@type': 'dpv:StorageDuration',
        'dct:title': rule.name,
        'dct:description': [rule.criteria, rule.legalReference].filter(Boolean).join(' '),
        'dpv:hasDuration': rule.period
          ? { '@type': 'dpv:TemporalDuration', 'rdf:value': { '@value': rule.period, '@type': 'xsd:duration' } }
          : { '@type': 'dpv:UntilEventDuration', 'dct:description': rule.criteria },
        ...(categoryId ? { 'dpv:hasPersonalData': personalData([categoryId]) } : {}),
      },
    ];
  });

  const partners =
    a.role === 'joint_controller'
      ? ix
          .ordered(a.recipientIds)
          .filter((id) => ix.recipients.get(id)?.type === 'joint_controller')
          .map((id) => ref(entityIri('recipient', id)))
      : [];
  const categories = ix.ordered(a.dataCategoryIds).flatMap((id) => ix.categories.get(id) ?? []);
  const fromElsewhere = a.sources ?? (categories.some((c) => c.collection === 'third_party') ? 'A third party' : null);

  return {
    ...common,
    'dpv:hasLegalBasis': [
      ...(a.legalBasis ? [ref(`eu-gdpr:A6-1-${a.legalBasis.slice(-1)}`)] : []),
      ...(a.specialCategoryCondition ? [ref(`eu-gdpr:A9-2-${a.specialCategoryCondition.slice(-1)}`)] : []),
    ],
    'dpv:hasDataController': ref(ORGANISATION),
    ...(partners.length > 0
      ? {
          'dpv:hasJointDataControllers': { '@type': 'dpv:JointDataControllers', 'dpv:hasDataController': [ref(ORGANISATION), ...partners] },
        }
      : {}),
    'dpv:hasDataSubject': ix.ordered(a.dataSubjectCategoryIds).map((id) => ({
      '@id': entityIri('data-subject-category', id),
      '@type': 'dpv:DataSubject',
      'dct:title': ix.names.get(id) ?? id,
    })),
    'dpv:hasPersonalData': personalData(a.dataCategoryIds),
    ...(fromElsewhere ? { 'dpv:hasDataSource': { '@type': 'dpv:DataSource', 'dct:description': fromElsewhere } } : {}),
    'dpv:hasProcessing': [
      ...transfers,
      ...(art22Decision(a)
        ? [
            {
              '@type': 'dpv:AutomatedDecisionMaking',
              'dct:description': automatedDecisionCell(a) ?? '',
            },
          ]
        : []),
      ...(a.profiling ? [ref('dpv:Profiling')] : []),
    ],
    'dpv:hasStorageCondition': retention,
    'dpv:hasRight': [...rightsOfActivity(a).map((r) => ref(RIGHT_TERMS[r])), ...(art22Decision(a) ? [ref('eu-gdpr:A22')] : [])],
    ...(a.dpia
      ? {
          'dct:relation': {
            '@type': 'dpv:DPIA',
            'dct:description': `${a.dpia.required ? 'required' : 'not required'}, ${DPIA_STATUS_LABELS[a.dpia.status]}`,
            ...(a.dpia.reference ? { 'dct:identifier': a.dpia.reference } : {}),
          },
        }
      : {}),
  };
}

function organisationNode(snapshot: RegistrySnapshot, role: ExportRole): JsonLdNode {
  const c = snapshot.controller;
  const types = recordsOf(role).map((r) => (r === 'controller' ? 'dpv:DataController' : 'dpv:DataProcessor'));
  const node: JsonLdNode = { '@id': ORGANISATION, '@type': types.length === 1 ? types[0] : types };
  if (!c) return node;
  const a = c.registeredAddress;
  return {
    ...node,
    'dpv:hasName': c.legalName,
    'dpv:hasAddress': `${a.street}, ${a.postalCode} ${a.city}, ${a.country}`,
    'dpv:hasCountry': country(a.country),
    'dpv:hasContact': [c.email, c.phone, c.website].filter((v): v is string => Boolean(v)),
    'dct:identifier': c.registrationNumber,
    ...(c.dpo
      ? {
          'dpv:hasDataProtectionOfficer': {
            '@type': 'dpv:DataProtectionOfficer',
            ...(c.dpo.name ? { 'dpv:hasName': c.dpo.name } : {}),
            'dpv:hasContact': [c.dpo.email, c.dpo.phone].filter((v): v is string => Boolean(v)),
          },
        }
      : {}),
    ...(c.representative
      ? {
          'dpv:hasRepresentative': {
            '@type': 'dpv:Representative',
            'dpv:hasName': c.representative.name,
            'dpv:hasContact': c.representative.email,
            'dpv:hasAddress': c.representative.address,
          },
        }
      : {}),
  };
}

/**
 * The record's graph node by node: a dpv:ROPA naming the organisation and its parts, the
 * organisation, then one dpv:Process per activity of the record, each built only when it is taken,
 * so that a writer can stream a large record without holding its graph.
 */
function* graphOf(snapshot: RegistrySnapshot, meta: ExportMeta, role: ExportRole): Generator<JsonLdNode> {
  const ix = new RecordIndex(snapshot);
  // Both records (Art. 30(4)): one dpv:ROPA each, one organisation acting in both roles.
  for (const part of recordsOf(role)) {
    const record = RECORD_TITLES[part];
    yield {
      '@id': `urn:ropa:record:${part}`,
      '@type': 'dpv:ROPA',
      'dct:title': `${record.title} (${record.article})`,
      'dct:created': dateTime(meta.exportedAt),
      'dct:date': dateTime(meta.asOf ?? meta.exportedAt),
      'dct:identifier': `sha256:${meta.contentHash}`,
      'dpv:hasApplicableLaw': ref('legal-eu:law-GDPR'),
      [part === 'controller' ? 'dpv:hasDataController' : 'dpv:hasDataProcessor']: ref(ORGANISATION),
      'dct:hasPart': activitiesOfRecord(snapshot, part).map((a) => ref(entityIri('processing-activity', a.id))),
    };
  }
  yield organisationNode(snapshot, role);
  for (const part of recordsOf(role)) for (const a of activitiesOfRecord(snapshot, part)) yield processNode(a, part, ix);
}

/** The record as a JSON-LD document whose `@graph` is built as it is iterated (for streaming writers). */
export function jsonLdDocument(
  snapshot: RegistrySnapshot,
  meta: ExportMeta,
  role: ExportRole = meta.role,
): { '@context': typeof JSONLD_CONTEXT; '@graph': Iterable<JsonLdNode> } {
  return { '@context': JSONLD_CONTEXT, '@graph': graphOf(snapshot, meta, role) };
}

/**
 * The record in DPV 2.x terms (gdpr-domain.md §6.9): a dpv:ROPA naming the organisation and one
 * dpv:Process per activity of the record, with an inline @context. Deterministic for a snapshot.
 */
export function toJsonLd(snapshot: RegistrySnapshot, meta: ExportMeta, role: ExportRole = meta.role): JsonLdNode {
  return { '@context': JSONLD_CONTEXT, '@graph': [...graphOf(snapshot, meta, role)] };
}
