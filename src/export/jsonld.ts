import { rightsForBasis, type DataSubjectRight } from '../reference/gdpr';
import type { DataCategory, ProcessingActivity, RegistrySnapshot, Transfer } from '../snapshot/registry-snapshot';
import { activitiesOfRecord, type ExportMeta, type RecordRole } from './art30-rows';

type Node = Record<string, unknown>;

const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  pd: 'https://w3id.org/dpv/pd#',
  loc: 'https://w3id.org/dpv/loc#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

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

/** First match wins: a data category's name or examples → the PD term it narrows. */
const PD_KEYWORDS: [RegExp, string][] = [
  [/e-?mail/, 'pd:EmailAddress'],
  [/contact|phone/, 'pd:Contact'],
  [/\bip\b|ip address/, 'pd:IPAddress'],
  [/locat|geo/, 'pd:Location'],
  [/invoic|billing|payment|financ|bank/, 'pd:Financial'],
  [/health|medical/, 'pd:MedicalHealth'],
  [/biometric/, 'pd:Biometric'],
  [/genetic/, 'pd:Genetic'],
  [/religio/, 'pd:Religion'],
  [/politic/, 'pd:PoliticalOpinion'],
  [/trade union/, 'pd:TradeUnionMembership'],
  [/criminal|offence|conviction/, 'pd:Criminal'],
  [/\bname\b/, 'pd:Name'],
];

const id = (uuid: string) => `urn:uuid:${uuid}`;
const ref = (iri: string) => ({ '@id': iri });

function pdTerm(category: DataCategory): string | undefined {
  const text = `${category.name} ${category.examples.join(' ')}`.toLowerCase();
  return PD_KEYWORDS.find(([pattern]) => pattern.test(text))?.[1];
}

function transferBases(t: Transfer): string[] {
  switch (t.mechanism) {
    case 'adequacy':
    case 'dpf':
      return ['eu-gdpr:A45-3', 'eu-gdpr:AdequacyDecision'];
    case 'scc':
      return ['eu-gdpr:A46-2-c', 'eu-gdpr:SCCByCommission'];
    case 'bcr':
      return ['eu-gdpr:A46-2-b', 'eu-gdpr:BindingCorporateRules'];
    case 'code_of_conduct':
      return ['eu-gdpr:A46-2-e', 'eu-gdpr:CodesOfConductForDataTransfers'];
    case 'certification':
      return ['eu-gdpr:A46-2-f', 'eu-gdpr:CertificationMechanismsForDataTransfers'];
    case 'derogation':
      // DPV calls the second subparagraph of Art. 49(1) "A49-2" (gdpr-domain.md §4.3).
      return t.derogation === null
        ? []
        : [t.derogation === 'compelling_legitimate_interests' ? 'eu-gdpr:A49-2' : `eu-gdpr:A49-1-${t.derogation}`];
  }
}

/** The record in DPV 2.x terms: one dpv:Process per activity, with an inline @context (no remote loading). */
export function toJsonLd(snapshot: RegistrySnapshot, meta: ExportMeta, role: RecordRole = meta.role): Node {
  const categories = new Map(snapshot.dataCategories.map((c) => [c.id, c]));
  const subjects = new Map(snapshot.dataSubjectCategories.map((s) => [s.id, s]));
  const recipients = new Map(snapshot.recipients.map((r) => [r.id, r]));
  const rules = new Map(snapshot.retentionRules.map((r) => [r.id, r]));
  const measures = new Map(snapshot.securityMeasures.map((m) => [m.id, m]));
  const transfersByRecipient = new Map<string, Transfer[]>();
  for (const t of snapshot.transfers) transfersByRecipient.set(t.recipientId, [...(transfersByRecipient.get(t.recipientId) ?? []), t]);
  const c = snapshot.controller;
  const controllerId = 'urn:ropa:controller';

  const process = (a: ProcessingActivity): Node => {
    const activityTransfers = a.recipientIds.flatMap((r) => transfersByRecipient.get(r) ?? []);
    const retention = [...(a.retentionRuleId ? [a.retentionRuleId] : []), ...a.retentionByCategory.map((r) => r.retentionRuleId)]
      .map((r) => rules.get(r))
      .filter((r) => r !== undefined);
    const node: Node = {
      '@id': id(a.id),
      '@type': 'dpv:Process',
      'dct:title': a.name,
      'dct:modified': a.updatedAt,
      'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': a.purpose },
      'dpv:hasLegalBasis': [
        ref(`eu-gdpr:A6-1-${a.legalBasis.slice(-1)}`),
        ...(a.specialCategoryCondition ? [ref(`eu-gdpr:A9-2-${a.specialCategoryCondition.slice(-1)}`)] : []),
      ],
      'dpv:hasDataController': ref(controllerId),
      'dpv:hasDataSubject': a.dataSubjectCategoryIds.map((s) => ({
        '@id': id(s),
        '@type': 'dpv:DataSubject',
        'dct:title': subjects.get(s)?.name ?? s,
      })),
      'dpv:hasPersonalData': a.dataCategoryIds.map((cid) => {
        const category = categories.get(cid);
        const term = category ? pdTerm(category) : undefined;
        return {
          '@id': id(cid),
          '@type': category?.special ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
          'dct:title': category?.name ?? cid,
          ...(term ? { 'skos:broader': ref(term) } : {}),
        };
      }),
      'dpv:hasRecipient': a.recipientIds.map((rid) => {
        const r = recipients.get(rid);
        const type =
          r?.type === 'processor' || r?.type === 'sub_processor'
            ? 'dpv:DataProcessor'
            : r?.type === 'independent_controller' || r?.type === 'joint_controller'
              ? 'dpv:DataController'
              : r?.type === 'public_authority'
                ? 'dpv:ThirdParty'
                : 'dpv:Recipient';
        return {
          '@id': id(rid),
          '@type': type,
          'dpv:hasName': r?.name ?? rid,
          ...(r ? { 'dpv:hasCountry': ref(`loc:${r.country}`) } : {}),
        };
      }),
      'dpv:hasProcessing': [
        ...activityTransfers.map((t) => {
          const [basis, tool] = transferBases(t);
          return {
            '@id': id(t.id),
            '@type': 'dpv:CrossBorderTransfer',
            'dpv:hasThirdCountry': ref(`loc:${t.country}`),
            ...(basis ? { 'dpv:hasLegalBasis': ref(basis) } : {}),
            ...(tool && t.mechanism !== 'adequacy' && t.mechanism !== 'dpf' ? { 'dpv:hasOrganisationalMeasure': ref(tool) } : {}),
            ...(t.safeguards ? { 'dct:description': t.safeguards } : {}),
          };
        }),
        ...(a.profiling ? [ref('dpv:Profiling')] : []),
        ...(a.automatedDecision
          ? [
              {
                '@type': 'dpv:AutomatedDecisionMaking',
                'dct:description': `${a.automatedDecision.logic} ${a.automatedDecision.significance}`,
              },
            ]
          : []),
      ],
      'dpv:hasStorageCondition': retention.map((r) => ({
        '@id': id(r.id),
        '@type': 'dpv:StorageDuration',
        'dct:title': r.name,
        'dpv:hasDuration': r.period
          ? { '@type': 'dpv:TemporalDuration', 'rdf:value': r.period, 'dct:description': r.criteria }
          : { '@type': 'dpv:UntilEventDuration', 'dct:description': r.criteria },
      })),
      'dpv:hasTechnicalMeasure': a.securityMeasureIds
        .filter((m) => measures.get(m)?.kind === 'technical')
        .map((m) => ({ '@id': id(m), '@type': 'dpv:TechnicalMeasure', 'dct:title': measures.get(m)?.name })),
      'dpv:hasOrganisationalMeasure': a.securityMeasureIds
        .filter((m) => measures.get(m)?.kind === 'organisational')
        .map((m) => ({ '@id': id(m), '@type': 'dpv:OrganisationalMeasure', 'dct:title': measures.get(m)?.name })),
      'dpv:hasRight': rightsForBasis(a.legalBasis).map((r) => ref(RIGHT_TERMS[r])),
    };
    if (a.sources) node['dpv:hasDataSource'] = { '@type': 'dpv:ThirdPartyDataSource', 'dct:description': a.sources };
    if (a.dpia)
      node['dct:relation'] = {
        '@type': 'dpv:DPIA',
        'dct:description': `${a.dpia.required ? 'required' : 'not required'}, ${a.dpia.status}${a.dpia.reference ? `, ${a.dpia.reference}` : ''}`,
      };
    if (a.onBehalfOf) node['dct:description'] = `On behalf of: ${a.onBehalfOf}`;
    return node;
  };

  const processes = activitiesOfRecord(snapshot, role).map(process);
  const controller: Node = c
    ? {
        '@id': controllerId,
        '@type': 'dpv:DataController',
        'dpv:hasName': c.legalName,
        'dpv:hasAddress': `${c.registeredAddress.street}, ${c.registeredAddress.postalCode} ${c.registeredAddress.city}, ${c.registeredAddress.country}`,
        'dpv:hasContact': c.email,
        'dpv:hasCountry': ref(`loc:${c.registeredAddress.country}`),
        ...(c.dpo
          ? {
              'dpv:hasDataProtectionOfficer': {
                '@type': 'dpv:DataProtectionOfficer',
                'dpv:hasContact': c.dpo.email,
                ...(c.dpo.name ? { 'dpv:hasName': c.dpo.name } : {}),
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
      }
    : { '@id': controllerId, '@type': 'dpv:DataController' };
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@id': 'urn:ropa:record',
        '@type': 'dpv:ROPA',
        'dct:title':
          role === 'controller'
            ? 'Record of processing activities (Art. 30(1) GDPR)'
            : 'Record of categories of processing (Art. 30(2) GDPR)',
        'dct:created': meta.exportedAt,
        'dct:date': meta.asOf ?? meta.exportedAt,
        'dct:identifier': `sha256:${meta.contentHash}`,
        'dpv:hasApplicableLaw': ref('legal-eu:law-GDPR'),
        'dpv:hasDataController': ref(controllerId),
        'dct:hasPart': processes.map((p) => ref(String(p['@id']))),
      },
      controller,
      ...processes,
    ],
  };
}
