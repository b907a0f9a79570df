import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from '../document/generate';
import { exampleScope, exampleSnapshot } from '../document/testing';
import { renderSummary } from '../summary/summary';
import { cameraSign, filmsPeople } from './sign';

const version = { number: 4, contentHash: 'd'.repeat(64), url: 'https://ropa.example/api/v1/public/policies/livechat-instagram?lang=pl' };

/** The example registry with a camera at the office entrance, kept for 72 hours on a legitimate interest. */
function withCamera(basis: 'art6_1_f' | 'art6_1_c' = 'art6_1_f'): RegistrySnapshot {
  const s = exampleSnapshot();
  const cctv = make.dataCategory({
    id: 'cat-cctv',
    ref: 'cat-cctv',
    name: 'Camera images',
    examples: [],
    videoSurveillance: true,
    collection: 'observed',
    translations: { pl: { name: 'Obraz z kamer' } },
  });
  const rule = make.retentionRule({
    id: 'ret-cctv',
    ref: 'ret-cctv',
    name: 'CCTV',
    period: 'PT72H',
    trigger: 'collection',
    criteria: 'Recordings are overwritten after 72 hours unless needed as evidence.',
    translations: { pl: { criteria: 'Nagrania są nadpisywane po 72 godzinach, chyba że są potrzebne jako dowód.' } },
  });
  const activity = make.activity({
    id: 'act-cctv',
    ref: 'act-cctv',
    name: 'Video surveillance of the office',
    purpose: 'To protect the people in our office and our property.',
    legalBasis: basis,
    legitimateInterest: basis === 'art6_1_f' ? 'Keeping the people and property in our office safe' : null,
    legalObligation: basis === 'art6_1_c' ? 'The Labour Code, Art. 22(2)' : null,
    dataSubjectCategoryIds: ['ds-visitors'],
    dataCategoryIds: ['cat-cctv'],
    recipientIds: ['rcp-personnel'],
    retentionRuleId: 'ret-cctv',
    securityMeasureIds: ['sec-access'],
    serviceIds: ['svc-instagram'],
    translations: {
      pl: {
        name: 'Monitoring wizyjny biura',
        purpose: 'Ochrona osób przebywających w naszym biurze i naszego mienia.',
        legitimateInterest: 'Bezpieczeństwo osób i mienia w naszym biurze',
        legalObligation: 'Kodeks pracy, art. 22(2)',
      },
    },
  });
  return {
    ...s,
    dataCategories: [...s.dataCategories, cctv],
    retentionRules: [...s.retentionRules, rule],
    processingActivities: [...s.processingActivities, activity],
  };
}

const cellsOf = (doc: ReturnType<typeof generatePolicy>): string[] =>
  doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])));

describe('the camera sign (EDPB Guidelines 3/2019)', () => {
  it('knows which activities film people: those with a data category marked as video surveillance', () => {
    const s = withCamera();
    const byId = (id: string) => s.processingActivities.find((a) => a.id === id)!;
    expect(filmsPeople(s, byId('act-cctv'))).toBe(true);
    expect(filmsPeople(s, byId('act-contact'))).toBe(false);
  });

  for (const language of ['en', 'pl'] as const) {
    it(`(${language}) states the controller, purpose, basis and interest, retention, recipients and rights, each from the long notice`, () => {
      const s = withCamera();
      const doc = generatePolicy(s, { ...exampleScope, language });
      const sign = cameraSign(
        doc,
        s.processingActivities.find((a) => a.id === 'act-cctv')!,
        version,
      )!;
      expect(sign.parts.map((p) => p.id)).toEqual(['who', 'purpose', 'retention', 'recipients', 'rights']);
      const cells = cellsOf(doc);
      for (const id of ['purpose', 'retention', 'recipients'])
        for (const line of sign.parts.find((p) => p.id === id)!.lines) expect(cells).toContain(line.text);
      const text = renderSummary(sign, 'txt');
      expect(text).toContain('LiveChat Integrations');
      expect(text.toLowerCase()).toContain(
        language === 'en' ? 'keeping the people and property in our office safe' : 'bezpieczeństwo osób i mienia w naszym biurze',
      );
      expect(text).toContain(language === 'en' ? 'Video surveillance: this area is monitored' : 'Monitoring wizyjny: ten teren');
      expect(text).toContain(language === 'en' ? 'object to the recording' : 'wnieść sprzeciw wobec nagrywania');
      expect(sign.qr).toEqual({ url: version.url, text: expect.any(String) });
      expect(sign).toMatchObject({ version: 4, contentHash: version.contentHash, activity: { ref: 'act-cctv' } });
    });
  }

  it('offers the right to object only where the basis brings it (Art. 21(1))', () => {
    const s = withCamera('art6_1_c');
    const doc = generatePolicy(s, exampleScope);
    const sign = cameraSign(
      doc,
      s.processingActivities.find((a) => a.id === 'act-cctv')!,
      version,
    )!;
    expect(renderSummary(sign, 'txt')).not.toContain('object to the recording');
  });

  it('makes no sign for an activity the long notice does not state', () => {
    const s = withCamera();
    const doc = generatePolicy(exampleSnapshot(), exampleScope);
    expect(
      cameraSign(
        doc,
        s.processingActivities.find((a) => a.id === 'act-cctv')!,
        version,
      ),
    ).toBeNull();
  });
});
