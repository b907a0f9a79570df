import type { EntityRef } from '../../../domain/entity-types';
import type { ProcessingActivity, Tracker } from '../../../domain/registry-snapshot';
import type { TrackerCategory, TrackerKind } from '../../../domain/vocabulary';
import { sentenceOf } from '../../../language/sentences';
import type { Block } from '../model';
import { byIds, list, paragraph, ref, uniqueRefs } from './blocks';
import type { SectionContext } from './context';
import { type LawsWording, storageRuleBlocks } from './laws';

/** The sentences of "Cookies, web beacons and similar technologies", and the cells of its table. */
/** What the trackers in scope are, for the section's opening: each clause only where the record says so. */
export interface TrackerMix {
  /** Cookies, local storage or SDKs: something is stored on the device */
  files: boolean;
  /** Web beacons or pixels: images that report when they load */
  images: boolean;
  /** A beacon or pixel serves an activity that reaches people by e-mail */
  inEmails: boolean;
  /** Some tracker is not strictly necessary, so consent is asked */
  consent: boolean;
}

export interface CookiesWording {
  trackersIntro(mix: TrackerMix): string;
  trackerColumns: [string, string, string, string, string, string, string];
  trackerKind: Record<TrackerKind, string>;
  trackerCategory: Record<TrackerCategory, string>;
  firstParty(provider: string): string;
  thirdParty(provider: string): string;
  /**
   * Shown for a tracker with no stated duration when its kind stores nothing on the device; for the other
   * kinds a missing duration is a compliance finding (`tracker-duration`) and the cell stays empty
   */
  noDuration: Record<'web_beacon' | 'pixel', string>;
  consentBasis: string;
  necessaryBasis: string;
  optOutIntro: string;
  thirdPartyTrackers(providers: string): string;
  noTrackers: string;
}

/** A lifetime the record does not state is not invented: only a kind that stores nothing says so. */
function noDuration(t: CookiesWording, tracker: Tracker): string {
  switch (tracker.kind) {
    case 'web_beacon':
    case 'pixel':
      return t.noDuration[tracker.kind];
    case 'cookie':
    case 'local_storage':
    case 'sdk':
      return '';
  }
}

/** The trackers of the scope, one row each; how to refuse them; whose own policies apply. */
export function cookies(ctx: SectionContext<CookiesWording & LawsWording>): Block[] {
  const blocks = trackerBlocks(ctx);
  return ctx.trackers.length > 0 ? [...blocks, ...storageRuleBlocks(ctx)] : blocks;
}

function trackerBlocks(ctx: SectionContext<CookiesWording>): Block[] {
  const { t, h } = ctx;
  if (ctx.trackers.length === 0) return ctx.speaksToUsers ? [paragraph(t.noTrackers, ctx.orScope(ctx.serviceRefs))] : [];
  const activity = (tr: Tracker) => ctx.snapshot.processingActivities.find((a) => a.id === tr.processingActivityId);
  // A column no tracker has a value for is left out rather than filled with guesses.
  const durations = ctx.trackers.map((tr) =>
    tr.duration?.trim() ? (/^P/.test(tr.duration) ? h.duration(tr.duration) : tr.duration.trim()) : noDuration(t, tr),
  );
  const data = ctx.trackers.map((tr) =>
    byIds(ctx.snapshot.dataCategories, tr.dataCategoryIds)
      .map((c) => c.name)
      .join(', '),
  );
  const keep = [true, true, true, true, durations.some(Boolean), data.some(Boolean), true];
  const images = ctx.trackers.filter((tr) => tr.kind === 'web_beacon' || tr.kind === 'pixel');
  const mix: TrackerMix = {
    files: ctx.trackers.some((tr) => tr.kind === 'cookie' || tr.kind === 'local_storage' || tr.kind === 'sdk'),
    images: images.length > 0,
    inEmails: images.some((tr) => activity(tr)?.marketingChannels.includes('email') === true),
    consent: ctx.trackers.some((tr) => tr.category !== 'strictly_necessary'),
  };
  const blocks: Block[] = [
    paragraph(
      t.trackersIntro(mix),
      ctx.trackers.map((tr) => ref('tracker', tr)),
    ),
    {
      kind: 'table',
      caption: null,
      columns: t.trackerColumns.filter((_, i) => keep[i]),
      rows: ctx.trackers.map((tr, i) => ({
        cells: [
          tr.name,
          `${t.trackerKind[tr.kind]}, ${t.trackerCategory[tr.category]}`,
          tr.party === 'first' ? t.firstParty(tr.provider) : t.thirdParty(tr.provider),
          sentenceOf(tr.purpose),
          durations[i],
          data[i],
          tr.category === 'strictly_necessary' ? t.necessaryBasis : t.consentBasis,
        ].filter((_, column) => keep[column]),
        sources: uniqueRefs([
          ref('tracker', tr),
          ...(activity(tr) ? [ref('processing_activity', activity(tr) as ProcessingActivity)] : []),
        ]),
      })),
      sources: uniqueRefs(ctx.trackers.map((tr) => ref('tracker', tr))),
    },
  ];
  const optOuts = new Map<string, EntityRef[]>();
  for (const tr of ctx.trackers.filter((x) => x.optOut?.trim())) {
    const text = sentenceOf(tr.optOut);
    optOuts.set(text, [...(optOuts.get(text) ?? []), ref('tracker', tr)]);
  }
  if (optOuts.size > 0)
    blocks.push(
      list(
        t.optOutIntro,
        [...optOuts].map(([text, sources]) => ({ text, sources })),
      ),
    );
  // A provider recorded as joint controller is explained under recipients, with the arrangement (Art. 26).
  const joint = new Set(
    byIds(ctx.snapshot.recipients, new Set(ctx.activities.flatMap((a) => a.recipientIds)))
      .filter((r) => r.type === 'joint_controller')
      .map((r) => r.name.trim().toLowerCase()),
  );
  const thirdParties = ctx.trackers.filter((tr) => tr.party === 'third' && !joint.has(tr.provider.trim().toLowerCase()));
  if (thirdParties.length > 0) {
    blocks.push(
      paragraph(
        t.thirdPartyTrackers(h.and([...new Set(thirdParties.map((tr) => tr.provider))])),
        thirdParties.map((tr) => ref('tracker', tr)),
      ),
    );
  }
  return blocks;
}
