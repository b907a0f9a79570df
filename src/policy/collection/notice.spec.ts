import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { localizeSnapshot } from '../../snapshot/localize';
import { make } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from '../document/generate';
import { exampleScope, exampleSnapshot } from '../document/testing';
import { renderSummary } from '../summary/summary';
import { CollectionNoticeGap, collectionNotice } from './notice';

const snapshot = exampleSnapshot();
const version = { number: 3, contentHash: 'c'.repeat(64), url: 'https://ropa.example/api/v1/public/policies/livechat-instagram?lang=en' };

function noticeOf(
  language: 'en' | 'pl',
  activities: string[],
  categories = ['cat-identity', 'cat-contact'],
  s: RegistrySnapshot = snapshot,
) {
  const local = localizeSnapshot(s, language).snapshot;
  const document = generatePolicy(s, { ...exampleScope, language });
  const point = make.collectionPoint({ name: 'Contact form', serviceId: 'svc-instagram', processingActivityIds: activities });
  return {
    document,
    notice: collectionNotice({
      point,
      document,
      snapshot: local,
      categories: local.dataCategories.filter((c) => categories.includes(c.id)),
      version,
    }),
  };
}

const cellsOf = (document: ReturnType<typeof generatePolicy>): string[] =>
  document.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])));

describe('the notice at collection', () => {
  it('states who, each purpose with its basis as the long notice words it, whether the data are required and the consequence', () => {
    const { document, notice } = noticeOf('en', ['act-contact']);
    expect(notice).toMatchObject({
      language: 'en',
      version: 3,
      contentHash: version.contentHash,
      collectionPoint: { name: 'Contact form' },
    });
    expect(notice.fullNotice).toEqual({ text: 'The full privacy notice, version 3', url: version.url });
    const part = (id: string) => notice.parts.find((p) => p.id === id)?.lines.map((l) => l.text) ?? [];
    expect(part('who').join(' ')).toContain('LiveChat Integrations');
    expect(part('who').join(' ')).toContain('contact@livechat-integrations.com');
    const [purpose] = part('purposes');
    const cells = cellsOf(document);
    const [name, basis] = purpose.split(' — ');
    expect(cells).toContain(name);
    expect(cells).toContain(basis);
    expect(basis).toContain('Art. 6(1)(f)');
    expect(part('required')).toEqual([
      expect.stringMatching(
        /^Answering enquiries: Giving these data is up to you\. Giving these data is voluntary, but without a way to reach you/,
      ),
    ]);
    expect(part('data')).toEqual([expect.stringContaining('Contact')]);
    // No consent basis, so nothing about withdrawing it.
    expect(notice.parts.map((p) => p.id)).toEqual(['who', 'purposes', 'data', 'required']);
  });

  it('says where to withdraw consent when consent is a basis (Art. 7(3)), in Polish for a Polish notice', () => {
    const { notice } = noticeOf('pl', ['act-email-tracking', 'act-contract']);
    expect(notice.title).toBe('Contact form: jak wykorzystujemy dane, które tu podajesz');
    const consent = notice.parts.find((p) => p.id === 'consent')!;
    expect(consent.heading).toBe('Twoja zgoda');
    expect(consent.lines).toHaveLength(2);
    expect(consent.lines[1].sources).toEqual([expect.objectContaining({ type: 'processing_activity', id: 'act-email-tracking' })]);
    // The long notice's order (by legal basis): the contract (b) after consent (a).
    const purposes = notice.parts.find((p) => p.id === 'purposes')!.lines;
    expect(purposes.map((l) => l.sources[0].id)).toEqual(['act-email-tracking', 'act-contract']);
    expect(notice.fullNotice.text).toBe('Pełna informacja o ochronie danych, wersja 3');
  });

  it('refuses an activity the long notice does not state rather than say more than it', () => {
    const retired = {
      ...snapshot,
      processingActivities: snapshot.processingActivities.map((a) => (a.id === 'act-contact' ? { ...a, status: 'retired' as const } : a)),
    };
    expect(() => noticeOf('en', ['act-contact', 'act-contract'], [], retired)).toThrow(CollectionNoticeGap);
    try {
      noticeOf('en', ['act-contact', 'act-contract'], [], retired);
    } catch (e) {
      expect((e as CollectionNoticeGap).activityIds).toEqual(['act-contact']);
    }
  });

  it('renders like the first layer: html with the version and hash, md, txt with the link', () => {
    const { notice } = noticeOf('en', ['act-contact']);
    expect(renderSummary(notice, 'html')).toContain(`data-content-hash="${version.contentHash}"`);
    expect(renderSummary(notice, 'md')).toMatch(/^# Contact form: how we use the data you give us here/);
    expect(renderSummary(notice, 'txt')).toContain(`The full privacy notice, version 3: ${version.url}`);
    expect(JSON.parse(renderSummary(notice, 'json'))).toEqual(JSON.parse(JSON.stringify(notice)));
  });
});
