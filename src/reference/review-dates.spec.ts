import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ADEQUACY_DECISIONS } from './adequacy';
import { AGE_OF_DIGITAL_CONSENT, DIGITAL_CONSENT_AGES } from './ages';
import { EEA_COUNTRIES } from './eea';
import { type Reviewed, reviewOverdue } from './reviewed';
import { SCC_DECISION } from './scc';

/*
 * Reference data ages. Every exported table of src/reference/ whose entries carry `checkedOn` is walked here:
 * an entry unchecked for more than a year, or an adequacy decision past its end date with nothing recorded about
 * what ended it, fails the build until someone reads its source again (README, "Reference data").
 */
const TODAY = new Date().toISOString().slice(0, 10);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isReviewed = (value: unknown): value is Reviewed & Record<string, unknown> =>
  typeof value === 'object' && value !== null && 'checkedOn' in value;

/** Every value with a `checkedOn` in an exported value, with the path that reaches it. */
function reviewedEntries(value: unknown, path: string, seen = new Set<unknown>()): [string, Reviewed & Record<string, unknown>][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own: [string, Reviewed & Record<string, unknown>][] = isReviewed(value) ? [[path, value]] : [];
  return own.concat(Object.entries(value).flatMap(([key, child]) => reviewedEntries(child, `${path}.${key}`, seen)));
}

const referenceFiles = readdirSync(join(process.cwd(), 'src/reference')).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts'),
);

async function allReviewedEntries(): Promise<[string, Reviewed & Record<string, unknown>][]> {
  const found: [string, Reviewed & Record<string, unknown>][] = [];
  for (const file of referenceFiles) {
    const module = (await import(`./${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) found.push(...reviewedEntries(value, `${file}:${name}`));
  }
  return found;
}

describe('reference data carries the date it was checked and its source', () => {
  it('finds the dated tables: adequacy decisions, the SCC decision and the Art. 8 ages', async () => {
    const paths = (await allReviewedEntries()).map(([path]) => path);
    expect(paths.filter((p) => p.startsWith('adequacy.ts:ADEQUACY_DECISIONS')).length).toBe(ADEQUACY_DECISIONS.length);
    expect(paths).toContain('scc.ts:SCC_DECISION');
    expect(paths.filter((p) => p.startsWith('ages.ts:DIGITAL_CONSENT_AGES')).length).toBe(EEA_COUNTRIES.size);
  });

  it('dates every entry, names its source, and none was last checked more than a year ago', async () => {
    const entries = await allReviewedEntries();
    expect(entries.length).toBeGreaterThan(0);
    const problems = entries.flatMap(([path, entry]) => [
      ...(DATE.test(entry.checkedOn) && !Number.isNaN(Date.parse(entry.checkedOn))
        ? []
        : [`${path}: checkedOn "${entry.checkedOn}" is no date`]),
      ...(entry.checkedOn <= TODAY ? [] : [`${path}: checkedOn ${entry.checkedOn} lies in the future`]),
      ...(typeof entry.source === 'string' && entry.source.trim().length > 10 ? [] : [`${path}: no source`]),
      ...(reviewOverdue(entry, TODAY)
        ? [`${path}: last checked ${entry.checkedOn}, more than a year before ${TODAY}: read its source again`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('has no adequacy decision past its end date without recording what ended it', () => {
    const expired = ADEQUACY_DECISIONS.filter((d) => d.validUntil !== null && d.validUntil < TODAY && d.endedBy === null);
    expect(expired.map((d) => `${d.name}: ${d.decision} ended on ${d.validUntil}; record its renewal or its end`)).toEqual([]);
  });

  it('keeps the ages table and its dated form in step', () => {
    for (const [country, age] of Object.entries(AGE_OF_DIGITAL_CONSENT)) expect(DIGITAL_CONSENT_AGES[country].age).toBe(age);
  });

  it('says when a check is overdue: a year and a day after it', () => {
    expect(reviewOverdue({ checkedOn: '2025-12-07', source: 'x' }, '2026-12-07')).toBe(false);
    expect(reviewOverdue({ checkedOn: '2025-12-06', source: 'x' }, '2026-12-07')).toBe(true);
    expect(SCC_DECISION.decision).toBe('Implementing Decision (EU) 2021/914');
  });
});

describe('the UK and Swiss entries (issue 24)', () => {
  it('are walked like the others: authorities, adequacy lists, certifications, tools, the DUAA duty and the cookie rules', async () => {
    const paths = (await allReviewedEntries()).map(([path]) => path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'authorities.ts:LAW_AUTHORITIES.uk_gdpr',
        'authorities.ts:LAW_AUTHORITIES.ch_fadp',
        'uk-swiss-transfers.ts:UK_ADEQUACY',
        'uk-swiss-transfers.ts:FADP_ADEQUATE_STATES',
        'uk-swiss-transfers.ts:UK_EXTENSION',
        'uk-swiss-transfers.ts:SWISS_US_DPF',
        'uk-swiss-transfers.ts:LOCAL_TRANSFER_TOOL_REFERENCE.uk_idta',
        'uk-swiss-transfers.ts:LOCAL_TRANSFER_TOOL_REFERENCE.uk_addendum',
        'uk-swiss-transfers.ts:LOCAL_TRANSFER_TOOL_REFERENCE.ch_scc',
        'uk-swiss-transfers.ts:DUAA_COMPLAINTS',
        ...['DE', 'GB', 'FR', 'CH', 'PL'].map((c) => `cookie-laws.ts:COOKIE_LAWS.${c}`),
      ]),
    );
  });

  it('say of each entry whether it was verified, and what is left to check where it was not', async () => {
    const checked = (await allReviewedEntries()).filter(([path]) => /^(authorities|uk-swiss-transfers|cookie-laws)\.ts:/.test(path));
    const problems = checked.flatMap(([path, entry]) => [
      ...(typeof entry.verified === 'boolean' ? [] : [`${path}: no verified flag`]),
      ...(entry.verified === false && !(typeof entry.unverified === 'string' && entry.unverified.length > 10)
        ? [`${path}: unverified without saying what is left to check`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });
});
