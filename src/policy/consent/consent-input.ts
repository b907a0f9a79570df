import type { PolicyLanguage } from '../../domain/languages';
import type { RegistrySnapshot, Tracker } from '../../domain/registry-snapshot';
import type { TrackerCategory } from '../../domain/vocabulary';
import { TRACKER_CATEGORIES } from '../../domain/vocabulary';
import { humanizer } from '../../language/humanize';
import { localizeSnapshot } from '../../snapshot/localize';
import type { PolicyDocument } from '../document/model';

/** What a banner configuration is made from: one published version, its trackers in each of its languages. */
export interface ConsentInput {
  /** The policy's public URL path segment (a service slug, `_organisation` or a policy id) */
  slug: string;
  version: number;
  /** The version's default language first */
  languages: { language: PolicyLanguage; contentHash: string; policyUrl: string }[];
  /** The trackers the version's notice lists, in the notice's order, per language (texts translated) */
  trackers: Record<string, ConsentTracker[]>;
}

/** A tracker as a banner shows it: the record's fields, its duration in words, and its lifetime in seconds. */
export interface ConsentTracker {
  id: string;
  ref: string;
  name: string;
  kind: Tracker['kind'];
  category: TrackerCategory;
  provider: string;
  party: Tracker['party'];
  purpose: string;
  /** The duration as the notice words it; null when the record states none */
  duration: string | null;
  /** The ISO 8601 duration in seconds (a year as 365 days, a month as 30); null when not ISO or not stated */
  maxAgeSeconds: number | null;
}

/** Metadata every configuration carries, so that a consent record can cite exactly what was shown. */
export interface ConsentProvenance {
  policy: string;
  version: number;
  language: string;
  contentHash: string;
  contentHashes: Record<string, string>;
  generator: string;
}

export const provenanceOf = (input: ConsentInput, generator: string): ConsentProvenance => ({
  policy: input.slug,
  version: input.version,
  language: input.languages[0].language,
  contentHash: input.languages[0].contentHash,
  contentHashes: Object.fromEntries(input.languages.map((l) => [l.language, l.contentHash])),
  generator,
});

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];

/** "P1Y" → 31536000. Calendar units are approximated (a year 365 days, a month 30), as a cookie's Max-Age is in seconds. */
export function isoSeconds(iso: string | null): number | null {
  const match = iso === null ? null : ISO.exec(iso.trim());
  if (!match || match.slice(1).every((g) => g === undefined)) return null;
  return match.slice(1).reduce((sum, g, i) => sum + (g === undefined ? 0 : Number(g) * SECONDS[i]), 0);
}

/** The notice's section that lists the trackers (src/policy/document/generate.ts). */
export const COOKIES_SECTION = 'cookies-and-similar-technologies';

/** The ids of the trackers a notice lists (its cookie table's sources), in its order: the banner shows exactly those. */
export function trackerIdsOf(document: PolicyDocument): string[] {
  const ids: string[] = [];
  for (const section of document.sections.filter((s) => s.id === COOKIES_SECTION))
    for (const block of section.blocks)
      if (block.kind === 'table')
        for (const source of block.sources) if (source.type === 'tracker' && !ids.includes(source.id)) ids.push(source.id);
  return ids;
}

/** The version's trackers in each language, from its snapshot and the ids its notice lists. */
export function consentTrackers(
  snapshot: RegistrySnapshot,
  ids: readonly string[],
  languages: readonly PolicyLanguage[],
): Record<string, ConsentTracker[]> {
  return Object.fromEntries(
    languages.map((language) => {
      const localized = localizeSnapshot(snapshot, language).snapshot;
      const h = humanizer(language);
      const trackers = ids
        .map((id) => localized.trackers.find((t) => t.id === id))
        .filter((t): t is Tracker => t !== undefined)
        .map((t): ConsentTracker => ({
          id: t.id,
          ref: t.ref,
          name: t.name,
          kind: t.kind,
          category: t.category,
          provider: t.provider,
          party: t.party,
          purpose: t.purpose,
          duration: t.duration?.trim() ? (/^P/.test(t.duration.trim()) ? h.duration(t.duration.trim()) : t.duration.trim()) : null,
          maxAgeSeconds: isoSeconds(t.duration),
        }));
      return [language, trackers];
    }),
  );
}

/** The categories present, in the vocabulary's order (strictly necessary first). */
export const categoriesOf = (trackers: readonly ConsentTracker[]): TrackerCategory[] =>
  TRACKER_CATEGORIES.filter((c) => trackers.some((t) => t.category === c));

/** Whether a kind stores something on the device (and so has a lifetime to state), as `tracker-duration` reads it. */
export const storesOnDevice = (kind: Tracker['kind']): boolean => kind === 'cookie' || kind === 'local_storage' || kind === 'sdk';
