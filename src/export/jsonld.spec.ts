import { describe, expect, it } from '@jest/globals';
import jsonld from 'jsonld';
import { DPV, DPV_VOCABULARY, EU_GDPR, isVocabularyNamespace, LOC, PD } from './dpv-vocabulary';
import { canonicalJson } from '../common/canonical-json';
import { writePrettyJson } from '../common/streaming-writers';
import { jsonLdDocument, pdTerms, toJsonLd } from './jsonld';
import { DEROGATIONS, LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS, TRANSFER_MECHANISMS } from '../domain/vocabulary';
import { collect, exportMeta, exportSnapshot, fixture } from './testing';

type Expanded = Record<string, unknown>;

/** Expands with no document loader: any remote context would make this throw. */
async function expand(doc: object): Promise<Expanded[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, {
    documentLoader: (url: string) => Promise.reject(new Error(`remote load of ${url}`)),
  })) as Expanded[];
}

/** Every IRI in an expanded document: property names, @id and @type values. */
function irisOf(expanded: unknown): Set<string> {
  const iris = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (!key.startsWith('@')) iris.add(key);
        if (key === '@id' && typeof inner === 'string') iris.add(inner);
        if (key === '@type') for (const t of [inner].flat()) iris.add(String(t));
        walk(inner);
      }
  };
  walk(expanded);
  return iris;
}

const nodeById = (expanded: Expanded[], id: string): Expanded => {
  const node = expanded.find((n) => n['@id'] === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};
const ids = (value: unknown): string[] => (value as { '@id'?: string }[]).flatMap((v) => (v['@id'] ? [v['@id']] : []));

describe('toJsonLd', () => {
  it('expands offline and uses no DPV, EU-GDPR or PD term missing from the vocabulary file', async () => {
    for (const role of ['controller', 'processor'] as const) {
      const iris = irisOf(await expand(toJsonLd(exportSnapshot(), exportMeta({ role }), role)));
      const used = [...iris].filter(isVocabularyNamespace);
      expect(used.length).toBeGreaterThan(role === 'controller' ? 50 : 15);
      expect(used.filter((iri) => !(iri in DPV_VOCABULARY))).toEqual([]);
    }
  });

  it('maps every legal basis, Art. 9 condition, transfer mechanism and derogation to a listed term', async () => {
    const transfers = [
      ...TRANSFER_MECHANISMS.map((mechanism) => fixture.transfer({ id: `trf-${mechanism}`, mechanism })),
      ...DEROGATIONS.map((derogation) => fixture.transfer({ id: `trf-49-${derogation}`, mechanism: 'derogation', derogation })),
    ];
    const activities = [
      ...LEGAL_BASES.map((legalBasis) => fixture.activity({ id: `act-${legalBasis}`, legalBasis, recipientIds: ['rcp-crm'] })),
      ...SPECIAL_CATEGORY_CONDITIONS.map((condition) => fixture.activity({ id: `act-${condition}`, specialCategoryCondition: condition })),
    ];
    const snapshot = exportSnapshot({ transfers, processingActivities: activities });
    const used = [...irisOf(await expand(toJsonLd(snapshot, exportMeta(), 'controller')))].filter(isVocabularyNamespace);
    expect(used.filter((iri) => !(iri in DPV_VOCABULARY))).toEqual([]);
    for (const letter of 'abcdef') expect(used).toContain(`${EU_GDPR}A6-1-${letter}`);
    for (const letter of 'abcdefghij') expect(used).toContain(`${EU_GDPR}A9-2-${letter}`);
    for (const letter of 'abcdefg') expect(used).toContain(`${EU_GDPR}A49-1-${letter}`);
    for (const term of ['A45-3', 'A46-2-b', 'A46-2-c', 'A46-2-e', 'A46-2-f', 'A49-2']) expect(used).toContain(`${EU_GDPR}${term}`);
  });

  it('describes each activity as a dpv:Process with purpose, bases, subjects, data, recipients, transfers, storage and measures', async () => {
    const expanded = await expand(toJsonLd(exportSnapshot(), exportMeta(), 'controller'));
    const orders = nodeById(expanded, 'urn:ropa:processing-activity:act-orders');
    expect(orders['@type']).toEqual([`${DPV}Process`]);
    expect(ids(orders[`${DPV}hasLegalBasis`])).toEqual([`${EU_GDPR}A6-1-b`]);
    expect(ids(orders[`${DPV}hasDataController`])).toEqual(['urn:ropa:organisation']);
    expect(ids(orders[`${DPV}hasPersonalData`])).toEqual([`${PD}EmailAddress`, `${PD}Name`, `${PD}Contact`]);
    expect(ids(orders[`${DPV}hasRecipient`])).toEqual(['urn:ropa:recipient:rcp-crm', 'urn:ropa:recipient:rcp-hosting']);
    expect(ids(orders[`${DPV}hasTechnicalMeasure`])).toEqual(['urn:ropa:security-measure:sec-tls']);
    expect(ids(orders[`${DPV}hasOrganisationalMeasure`])).toEqual(['urn:ropa:security-measure:sec-training']);
    expect(ids(orders[`${DPV}hasRight`])).toContain(`${EU_GDPR}A20`);

    const [scc, dpf] = orders[`${DPV}hasProcessing`] as Expanded[];
    expect(scc['@type']).toEqual([`${DPV}CrossBorderTransfer`]);
    expect(ids(scc[`${DPV}hasThirdCountry`])).toEqual([`${LOC}US`]);
    expect(ids(scc[`${DPV}hasLegalBasis`])).toEqual([`${EU_GDPR}A46-2-c`]);
    expect(ids(scc[`${DPV}hasOrganisationalMeasure`])).toEqual([`${EU_GDPR}SCCByCommission`]);
    expect(ids(dpf[`${DPV}hasLegalBasis`])).toEqual([`${EU_GDPR}A45-3`]);

    const storage = orders[`${DPV}hasStorageCondition`] as Expanded[];
    expect(storage).toHaveLength(2);
    expect(JSON.stringify(storage[0])).toContain('"@value":"P3Y"');
    expect(ids(storage[1][`${DPV}hasPersonalData`])).toEqual([`${PD}EmailAddress`]);
  });

  it('adds the Art. 9 condition, joint controllers, the derogation, ADM and profiling where the record has them', async () => {
    const expanded = await expand(toJsonLd(exportSnapshot(), exportMeta(), 'controller'));
    const health = nodeById(expanded, 'urn:ropa:processing-activity:act-health');
    expect(ids(health[`${DPV}hasLegalBasis`])).toEqual([`${EU_GDPR}A6-1-a`, `${EU_GDPR}A9-2-a`]);
    expect(JSON.stringify(health[`${DPV}hasJointDataControllers`])).toContain('urn:ropa:recipient:rcp-partner');
    expect(ids(health[`${DPV}hasRight`])).toContain(`${EU_GDPR}A7-3`);
    expect(ids(health[`${DPV}hasPersonalData`])).toEqual([`${PD}MedicalHealth`, `${PD}Name`]);

    const fraud = nodeById(expanded, 'urn:ropa:processing-activity:act-fraud');
    const processing = JSON.stringify(fraud[`${DPV}hasProcessing`]);
    expect(processing).toContain(`${EU_GDPR}A49-2`);
    expect(processing).toContain(`${EU_GDPR}A46-2-b`);
    expect(processing).toContain(`${DPV}AutomatedDecisionMaking`);
    expect(processing).toContain(`${DPV}Profiling`);
    expect(ids(fraud[`${DPV}hasRight`])).toEqual(expect.arrayContaining([`${EU_GDPR}A21`, `${EU_GDPR}A22`]));
  });

  it('describes a category no PD term fits by its name, typed special category where it is one', async () => {
    const snapshot = exportSnapshot({
      dataCategories: [fixture.dataCategory({ id: 'cat-orientation', name: 'Sexual orientation', examples: [], special: true })],
      processingActivities: [fixture.activity({ dataCategoryIds: ['cat-orientation'] })],
    });
    const [node] = nodeById(await expand(toJsonLd(snapshot, exportMeta(), 'controller')), 'urn:ropa:processing-activity:act-orders')[
      `${DPV}hasPersonalData`
    ] as Expanded[];
    expect(node['@type']).toEqual([`${DPV}PersonalData`, `${DPV}SpecialCategoryPersonalData`]);
    expect(JSON.stringify(node)).toContain('Sexual orientation');
  });

  it('names in the processor record the controller served and our organisation as processor', async () => {
    const expanded = await expand(toJsonLd(exportSnapshot(), exportMeta({ role: 'processor' }), 'processor'));
    const processes = expanded.filter((n) => (n['@type'] as string[]).includes(`${DPV}Process`));
    expect(processes.map((p) => p['@id'])).toEqual(['urn:ropa:processing-activity:act-payroll']);
    const [payroll] = processes;
    expect(ids(payroll[`${DPV}hasDataProcessor`])).toEqual(['urn:ropa:organisation']);
    expect(JSON.stringify(payroll[`${DPV}hasDataController`])).toContain('hr@acme.example, 1 High Street, London');
    expect(nodeById(expanded, 'urn:ropa:organisation')['@type']).toEqual([`${DPV}DataProcessor`]);
  });

  it('heads the graph with a dpv:ROPA carrying the content hash and the export instant', () => {
    const doc = toJsonLd(exportSnapshot(), exportMeta(), 'controller');
    const [record] = doc['@graph'] as Record<string, unknown>[];
    expect(record).toMatchObject({ '@type': 'dpv:ROPA', 'dct:identifier': `sha256:${'ab'.repeat(32)}` });
    expect(JSON.stringify(toJsonLd(exportSnapshot(), exportMeta(), 'controller'))).toBe(JSON.stringify(doc));
  });

  it('uses urn:uuid identifiers for registry UUIDs', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const doc = toJsonLd(exportSnapshot({ processingActivities: [fixture.activity({ id })] }), exportMeta(), 'controller');
    expect(JSON.stringify(doc)).toContain(`"urn:uuid:${id}"`);
  });
});

describe('pdTerms', () => {
  it('maps a category by its name or examples, and leaves loose mentions alone', () => {
    expect(pdTerms(fixture.dataCategory({ name: 'Contact details', examples: ['e-mail address', 'phone number'] }))).toEqual([
      'pd:EmailAddress',
      'pd:Contact',
    ]);
    expect(pdTerms(fixture.dataCategory({ name: 'Name', examples: ['first name', 'last name'] }))).toEqual(['pd:Name']);
    expect(pdTerms(fixture.dataCategory({ name: 'IP address', examples: [] }))).toEqual(['pd:IPAddress']);
    expect(pdTerms(fixture.dataCategory({ name: 'Location', examples: ['approximate location from the IP address'] }))).toEqual([
      'pd:Location',
    ]);
    expect(
      pdTerms(fixture.dataCategory({ name: 'Activity on our website and e-mails', examples: ['whether an e-mail was opened'] })),
    ).toEqual([]);
  });
});

describe('jsonLdDocument', () => {
  it('streams to the same bytes as the whole document, for both records', async () => {
    for (const role of ['controller', 'processor'] as const) {
      const meta = exportMeta({ role });
      const streamed = (await collect((out) => writePrettyJson(jsonLdDocument(exportSnapshot(), meta, role), out))).toString('utf8');
      const whole = `${JSON.stringify(JSON.parse(canonicalJson(toJsonLd(exportSnapshot(), meta, role))), null, 2)}\n`;
      expect(streamed).toBe(whole);
      expect(JSON.parse(streamed)['@graph'].length).toBeGreaterThan(2);
    }
  });
});
