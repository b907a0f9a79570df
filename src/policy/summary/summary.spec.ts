import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { generatePolicy } from '../document/generate';
import type { PolicyDocument } from '../document/model';
import { renderPolicy } from '../document/render';
import { exampleScope, exampleSnapshot } from '../document/testing';
import { renderSummary, type SummaryDocument, summarize } from './summary';

const snapshot = exampleSnapshot();
const facts = (s: RegistrySnapshot) => ({
  specialCategoryIds: new Set(s.dataCategories.filter((c) => c.special).map((c) => c.id)),
  directMarketingActivityIds: new Set(s.processingActivities.filter((a) => a.directMarketing).map((a) => a.id)),
});
const version = { number: 2, contentHash: 'c'.repeat(64), url: 'https://ropa.example/api/v1/public/policies/livechat-instagram?lang=en' };

function both(language: 'en' | 'pl', s = snapshot): { long: PolicyDocument; summary: SummaryDocument } {
  const long = generatePolicy(s, { ...exampleScope, language });
  return { long, summary: summarize(long, version, facts(s)) };
}

/** Every text of the long notice: its paragraphs, list intros and items, and table cells. */
function textsOf(doc: PolicyDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'list'
          ? [b.intro ?? '', ...b.items.map((i) => i.text)]
          : b.rows.flatMap((r) => r.cells),
    ),
  );
}

describe('the first layer agrees with the long notice of the same version', () => {
  for (const language of ['en', 'pl'] as const) {
    it(`(${language}) says nothing the long notice does not: every line but the frames is the notice's own sentence, sources included`, () => {
      const { long, summary } = both(language);
      const texts = textsOf(long);
      for (const part of summary.parts)
        for (const line of part.lines) {
          if (line.section === null) continue;
          if (part.id === 'purposes') {
            const [purpose, basis] = line.text.split(' — ');
            expect(texts).toContain(purpose);
            expect(texts.some((t) => t.startsWith(basis))).toBe(true);
          } else expect(texts).toContain(line.text);
          expect(line.sources.length).toBeGreaterThan(0);
        }
    });

    it(`(${language}) leaves out no purpose, no automated decision and no transfer the long notice states`, () => {
      const { long, summary } = both(language);
      const purposes = long.sections.find((s) => s.id === 'purposes-and-legal-bases')?.blocks.find((b) => b.kind === 'table');
      if (purposes?.kind !== 'table') throw new Error('no purposes table');
      const lines = summary.parts.flatMap((p) => p.lines.map((l) => l.text));
      for (const row of purposes.rows) expect(lines.some((l) => l.startsWith(`${row.cells[0]} — `))).toBe(true);
      const listed = (id: string) =>
        long.sections.find((s) => s.id === id)?.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : [])) ?? [];
      for (const item of [...listed('automated-decisions'), ...listed('international-transfers')]) expect(lines).toContain(item);
      const who = summary.parts.find((p) => p.id === 'who');
      expect(who?.lines.map((l) => l.text).join(' ')).toContain('contact@livechat-integrations.com');
    });
  }

  it('names the version and the full notice, and states the special categories when the record has them', () => {
    const { summary } = both('en');
    expect(summary.fullNotice).toEqual({ text: 'The full privacy notice, version 2', url: version.url });
    expect(summary.parts.find((p) => p.id === 'impact')?.lines.some((l) => l.section === 'data-we-process')).toBe(false);
    const health: RegistrySnapshot = {
      ...snapshot,
      dataCategories: snapshot.dataCategories.map((c) => (c.ref === 'cat-geo' ? { ...c, special: true } : c)),
    };
    const impact = both('en', health).summary.parts.find((p) => p.id === 'impact');
    expect(impact?.lines.filter((l) => l.section === 'data-we-process').map((l) => l.text)).toEqual([expect.stringMatching(/^Location/)]);
  });

  it('renders each format with the version and escapes HTML', () => {
    const { summary } = both('pl');
    expect(renderSummary(summary, 'md')).toContain('[Pełna informacja o ochronie danych, wersja 2](https://ropa.example/');
    expect(renderSummary(summary, 'txt')).toContain('Twoje prawa');
    expect(JSON.parse(renderSummary(summary, 'json'))).toEqual(summary);
    const hostile = renderSummary({ ...summary, title: '<script>x</script>' }, 'html');
    expect(hostile).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(hostile).toContain(`data-content-hash="${'c'.repeat(64)}"`);
  });

  it('is shorter than the long notice', () => {
    const { long, summary } = both('en');
    expect(renderSummary(summary, 'txt').length * 3).toBeLessThan(renderPolicy(long, 'txt').length);
  });
});
