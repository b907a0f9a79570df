import { describe, expect, it } from '@jest/globals';
import type { EntityRef } from '../../domain/entity-types';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { checkCompliance } from '../../compliance/compliance';
import { activitiesInScope, trackersInScope } from '../../snapshot/scope';
import { generatePolicy } from './generate';
import { humanizer } from '../../language/humanize';
import type { PolicyCatalogue } from './i18n/catalogue';
import { de } from './i18n/de';
import { en } from './i18n/en';
import { POLICY_CATALOGUES } from './i18n';
import { pl } from './i18n/pl';
import type { PolicyDocument } from './model';
import { renderPolicy } from './render';
import { EXAMPLE_FACTS, exampleScope, exampleSnapshot } from './testing';

const example = exampleSnapshot();
const documents = Object.fromEntries(
  POLICY_LANGUAGES.map((language) => [language, generatePolicy(example, { ...exampleScope, language })]),
) as Record<PolicyLanguage, PolicyDocument>;
const OTHERS = POLICY_LANGUAGES.filter((l) => l !== 'en');

/** The smallest pieces that carry provenance: paragraphs, list intros, list items and table rows, in order. */
interface Unit {
  section: string;
  key: string;
  text: string;
  sources: string[];
}
const refKey = (r: EntityRef) => `${r.type}:${r.id}@${r.version}`;
function units(doc: PolicyDocument): Unit[] {
  return doc.sections.flatMap((section) =>
    section.blocks.flatMap((block, b): Unit[] => {
      const unit = (part: string, text: string, sources: EntityRef[]): Unit => ({
        section: section.id,
        key: `${section.id}/${b}/${part}`,
        text,
        sources: sources.map(refKey),
      });
      switch (block.kind) {
        case 'paragraph':
          return [unit('p', block.text, block.sources)];
        case 'list':
          return [
            ...(block.intro ? [unit('intro', block.intro, block.sources)] : []),
            ...block.items.map((item, i) => unit(`item${i}`, item.text, item.sources)),
          ];
        case 'table':
          return block.rows.map((row, i) => unit(`row${i}`, row.cells.join(' '), row.sources));
      }
    }),
  );
}

/** A piece by what it is made of: its section and its registry entries, in any order. */
const provenanceOf = (u: Unit): string => `${u.section}|${[...u.sources].sort().join(',')}`;

describe('the notice in Polish and German', () => {
  it.each(OTHERS)('has, in %s, the same sections and the same pieces with the same provenance as in English', (language) => {
    // Lists follow the names in the notice's language, so pieces may stand in another order; each has its twin.
    const sections = (doc: PolicyDocument) => doc.sections.map((section) => section.id);
    expect(sections(documents[language])).toEqual(sections(documents.en));
    const strip = (doc: PolicyDocument) => units(doc).map(provenanceOf).sort();
    expect(strip(documents[language])).toEqual(strip(documents.en));
  });

  it('reads the registry text in Polish where the example translates it, and leaves none of its English in', () => {
    const polish = renderPolicy(documents.pl, 'txt');
    expect(polish).toContain('Odpowiadanie na zapytania');
    expect(polish).toContain('Prezes Urzędu Ochrony Danych Osobowych (PUODO)');
    expect(polish).toContain('przybliżona lokalizacja ustalona na podstawie adresu IP');
    for (const english of [
      'Answering enquiries',
      'President of the Personal Data Protection Office',
      'Our personnel',
      'Until you withdraw your consent',
    ])
      expect(polish).not.toContain(english);
  });

  it('needs no translation the example lacks for a Polish notice of any scope it can have', () => {
    const scopes = [
      { serviceId: 'svc-instagram', dataSubjectCategoryIds: [] },
      { serviceId: null, dataSubjectCategoryIds: [] },
      ...example.dataSubjectCategories.map((c) => ({ serviceId: 'svc-instagram', dataSubjectCategoryIds: [c.id] })),
    ];
    for (const scope of scopes) {
      const activityIds = new Set(activitiesInScope(example, scope).map((a) => a.id));
      const trackerIds = new Set(trackersInScope(example, scope, activityIds).map((t) => t.id));
      const findings = checkCompliance(example, { activityIds, serviceId: scope.serviceId, trackerIds, languages: ['pl'] });
      expect({ scope, missing: findings.filter((f) => f.rule === 'translation-missing') }).toEqual({ scope, missing: [] });
    }
    // The rule does look: German, which the example does not translate, misses them all.
    const activityIds = new Set(activitiesInScope(example, exampleScope).map((a) => a.id));
    const german = checkCompliance(example, { activityIds, serviceId: 'svc-instagram', languages: ['de'] });
    expect(german.filter((f) => f.rule === 'translation-missing').length).toBeGreaterThan(50);
  });

  it.each(OTHERS)('has its own headings and sentences in %s, not English ones', (language) => {
    const doc = documents[language];
    const t = POLICY_CATALOGUES[language];
    for (const section of doc.sections) expect(section.heading).toBe(t.headings[section.id as keyof PolicyCatalogue['headings']]);
    expect(doc.language).toBe(language);
    const text = renderPolicy(doc, 'txt');
    expect(text).toContain(language === 'pl' ? 'art. 6 ust. 1 lit. a RODO' : 'Art. 6 Abs. 1 lit. a DSGVO');
    // The catalogue's English wording never leaks in: only registry text (English in the example) may be English.
    expect(text).not.toMatch(/\(Art\. \d+\(\d\)(\([a-z]\))? GDPR\)\.$/m);
    expect(text).not.toContain('Who we are and how to reach us');
  });

  it.each([
    ['pl', 'Z dniem 24 grudnia 2026 niniejsza polityka ulegnie zmianie. Nowy odbiorca.', 'Ta wersja obowiązuje od 1 stycznia 2026.'],
    ['de', 'Am 24. Dezember 2026 ändert sich diese Datenschutzerklärung. Nowy odbiorca.', 'Diese Fassung gilt ab dem 1. Januar 2026.'],
  ] as const)('announces a change and the date of the version in %s', (language, banner, effective) => {
    const options = {
      effectiveFrom: '2026-01-01T00:00:00.000Z',
      notice: { effectiveFrom: '2026-12-24T00:00:00.000Z', changeSummary: 'Nowy odbiorca' },
    };
    const md = renderPolicy(documents[language], 'md', options);
    expect(md).toContain(banner);
    expect(md).toContain(effective);
    expect(renderPolicy(documents[language], 'json', options)).toContain('2026-12-24');
  });

  // Each fact of the reference policy comes from registry entries and lands in a section: the Polish and German
  // notices must carry the same entries in the same section, whatever the words around them.
  describe.each(OTHERS)('each fact of the LiveChat example, in %s', (language) => {
    const english = units(documents.en);
    const translated = units(documents[language]);
    const englishText = renderPolicy(documents.en, 'txt');
    it.each(EXAMPLE_FACTS)('%s: same registry entries, same section', (_fact, pattern) => {
      expect(englishText).toMatch(pattern);
      // The fact as one piece of the document or, for a fact spread over several, the section(s) holding it.
      let located = english.filter((u) => pattern.test(u.text));
      if (located.length === 0) {
        const sections = documents.en.sections.filter((s) =>
          pattern.test(
            renderPolicy(
              { ...documents.en, sections: documents.en.sections.map((x) => (x.id === s.id ? x : { ...x, blocks: [] })) },
              'txt',
            ),
          ),
        );
        located = english.filter((u) => sections.some((s) => s.id === u.section));
      }
      expect(located.length).toBeGreaterThan(0);
      for (const unit of located) {
        expect(unit.sources.length).toBeGreaterThan(0);
        // The piece made of the same registry entries, in the same section, wherever its list puts it.
        const there = translated.filter((u) => provenanceOf(u) === provenanceOf(unit));
        expect(there.map((u) => u.section)).toContain(unit.section);
      }
    });
  });
});

describe('durations, dates, lists and countries per language (Intl)', () => {
  it.each([
    [1, '1 miesiąc'],
    [2, '2 miesiące'],
    [5, '5 miesięcy'],
    [12, '12 miesięcy'],
    [22, '22 miesiące'],
    [25, '25 miesięcy'],
  ])('says P%iM in Polish as "%s"', (months, expected) => {
    expect(humanizer('pl').duration(`P${months}M`)).toBe(expected);
  });

  it('writes every Polish unit in its three forms and joins parts with "i"', () => {
    expect(humanizer('pl').duration('P1Y6M')).toBe('1 rok i 6 miesięcy');
    expect(humanizer('pl').duration('P3Y')).toBe('3 lata');
    expect(humanizer('pl').duration('P5Y')).toBe('5 lat');
    expect(humanizer('pl').duration('P1W2D')).toBe('1 tydzień i 2 dni');
    expect(humanizer('pl').duration('P22D')).toBe('22 dni');
    expect(humanizer('pl').duration('PT1H30M')).toBe('1 godzina i 30 minut');
    expect(humanizer('pl').duration('PT2H')).toBe('2 godziny');
  });

  it.each([
    [1, '1 Monat'],
    [2, '2 Monate'],
    [5, '5 Monate'],
    [22, '22 Monate'],
  ])('says P%iM in German as "%s"', (months, expected) => {
    expect(humanizer('de').duration(`P${months}M`)).toBe(expected);
  });

  it('writes German units and joins parts with "und"', () => {
    expect(humanizer('de').duration('P1Y6M')).toBe('1 Jahr und 6 Monate');
    expect(humanizer('de').duration('P2Y1M3D')).toBe('2 Jahre, 1 Monat und 3 Tage');
    expect(humanizer('de').duration('PT1H')).toBe('1 Stunde');
  });

  it('keeps English as it was', () => {
    expect(humanizer('en').duration('P1Y6M')).toBe('1 year and 6 months');
    expect(humanizer('en').duration('P1Y2M3D')).toBe('1 year, 2 months and 3 days');
    expect(humanizer('en').date('2026-11-24T23:30:00.000Z')).toBe('24 November 2026');
    expect(humanizer('en').and(['a', 'b', 'c'])).toBe('a, b and c');
    expect(humanizer('en').countryInSentence('US')).toBe('the United States');
  });

  it('writes dates in UTC in each language, Polish months in the genitive', () => {
    expect(humanizer('pl').date('2026-11-24T23:30:00.000Z')).toBe('24 listopada 2026');
    expect(humanizer('de').date('2026-11-24T23:30:00.000Z')).toBe('24. November 2026');
  });

  it('joins lists and names countries in each language', () => {
    expect(humanizer('pl').and(['a', 'b', 'c'])).toBe('a, b i c');
    expect(humanizer('de').and(['a', 'b', 'c'])).toBe('a, b und c');
    expect(humanizer('pl').country('us')).toBe('Stany Zjednoczone');
    expect(humanizer('de').country('US')).toBe('Vereinigte Staaten');
    expect(humanizer('pl').countryInSentence('US')).toBe('Stany Zjednoczone');
  });

  it('says the notice period with the right plural in each catalogue', () => {
    expect(pl.changes(1, false)).toContain('co najmniej 1 dzień przed');
    expect(pl.changes(30, false)).toContain('co najmniej 30 dni przed');
    expect(de.changes(1, false)).toContain('mindestens 1 Tag vor');
    expect(de.changes(30, false)).toContain('mindestens 30 Tage vor');
  });
});

describe('the catalogue type', () => {
  it('refuses a catalogue missing a sentence, or a heading, at compile time', () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { noTrackers, ...withoutSentence } = pl;
    // @ts-expect-error — a catalogue without `noTrackers` is not a PolicyCatalogue
    const incomplete: PolicyCatalogue = withoutSentence;
    // @ts-expect-error — nor one whose headings lack a section
    const headless: PolicyCatalogue = { ...de, headings: { ...de.headings, children: undefined } };
    expect([incomplete, headless]).toHaveLength(2);
  });

  it.each(OTHERS)('gives %s every sentence and every key of every table that English has', (language) => {
    const catalogue = POLICY_CATALOGUES[language] as unknown as Record<string, unknown>;
    const reference = en as unknown as Record<string, unknown>;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, value] of Object.entries(reference)) {
      const other = catalogue[key];
      expect(typeof other).toBe(typeof value);
      if (value && typeof value === 'object') expect(Object.keys(other as object).sort()).toEqual(Object.keys(value).sort());
      if (typeof value === 'string') expect(other).not.toBe(value);
    }
  });
});

describe('other registries in Polish and German', () => {
  const swiss = make.controller({
    registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
    representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
    supervisoryAuthority: { name: 'FDPIC', country: 'CH', website: null },
    notApplicable: {},
  });
  const scope = { ...exampleScope, serviceId: 'svc' };
  const registries: [string, RegistrySnapshot][] = [
    ['the factory registry', validSnapshot()],
    ['a Swiss controller with a representative in the Union', validSnapshot({ controller: swiss })],
  ];
  /** Every plain sentence and table entry of the English catalogue long enough to be recognised. */
  const englishSentences = Object.values(en as unknown as Record<string, unknown>)
    .flatMap((value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : []))
    .filter((value): value is string => typeof value === 'string' && value.length >= 25);

  it('knows enough English sentences to recognise a leak', () => {
    expect(englishSentences.length).toBeGreaterThan(50);
  });

  describe.each(registries)('%s', (_name, snapshot) => {
    const english = generatePolicy(snapshot, { ...scope, language: 'en' });
    it.each(OTHERS)('has in %s the provenance of English, and none of its sentences', (language) => {
      const doc = generatePolicy(snapshot, { ...scope, language });
      const strip = (d: PolicyDocument) => units(d).map(({ key, sources }) => ({ key, sources }));
      expect(strip(doc)).toEqual(strip(english));
      const text = renderPolicy(doc, 'txt');
      expect(englishSentences.filter((sentence) => text.includes(sentence))).toEqual([]);
    });
  });

  it('names the representative as the contact point of a controller outside the EEA, in each language', () => {
    const snapshot = validSnapshot({ controller: swiss });
    const complaints = (language: PolicyLanguage) => renderPolicy(generatePolicy(snapshot, { ...scope, language }), 'txt');
    expect(complaints('pl')).toContain('Nasz przedstawiciel w Unii, EU Rep GmbH');
    expect(complaints('pl')).toContain('(art. 27 RODO)');
    expect(complaints('pl')).toContain('Szwajcaria');
    expect(complaints('de')).toContain('Unser Vertreter in der Union, EU Rep GmbH');
    expect(complaints('de')).toContain('(Art. 27 DSGVO)');
    expect(complaints('de')).toContain('Schweiz');
  });
});
