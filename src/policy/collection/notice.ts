import type { EntityRef } from '../../domain/entity-types';
import type { PolicyLanguage } from '../../domain/languages';
import type { CollectionPoint, ProcessingActivity, RegistrySnapshot } from '../../domain/registry-snapshot';
import { policyCatalogue } from '../document/i18n';
import type { PolicyDocument } from '../document/model';
import { requirementOf } from '../document/sections/providing-data';
import { summarize, type SummaryLine } from '../summary/summary';
import { COLLECTION_WORDING } from './wording';

export interface CollectionNoticePart {
  id: 'who' | 'purposes' | 'data' | 'required' | 'consent';
  heading: string;
  lines: SummaryLine[];
}

/** The notice beside a form that collects data (GDPR Art. 13(1)-(2) at collection; WP260 rev.01 layered notices). */
export interface CollectionNoticeDocument {
  title: string;
  language: string;
  collectionPoint: { ref: string; name: string };
  version: number;
  contentHash: string;
  fullNotice: { text: string; url: string };
  parts: CollectionNoticePart[];
}

export interface CollectionNoticeInput {
  /** The collection point, its name in the notice's language */
  point: CollectionPoint;
  /** The long notice of the version in effect, in the notice's language */
  document: PolicyDocument;
  /** That version's snapshot in the notice's language: the activities as the long notice states them */
  snapshot: RegistrySnapshot;
  /** The data categories the form asks for, named in the notice's language */
  categories: { id: string; version: number; name: string }[];
  version: { number: number; contentHash: string; url: string };
}

/** Why no notice can be made without saying more than the long notice does. */
export class CollectionNoticeGap extends Error {
  constructor(readonly activityIds: string[]) {
    super('activities the long notice does not state');
  }
}

const activityRef = (a: ProcessingActivity): EntityRef => ({ type: 'processing_activity', id: a.id, version: a.version });

/**
 * The short notice of a collection point, from the long notice of the version in effect and that version's
 * record, so the two layers cannot disagree: who the controller is and how to reach it (the long notice's
 * own lines); each purpose of the form with its legal basis, the interest pursued and how consent is given
 * and taken back (the cells of the long notice's per-purpose table); what the form asks for; whether giving
 * the data is required and what follows if not (Art. 13(2)(e), the long notice's sentence for each purpose);
 * for consent, the right to withdraw it at any time (Art. 7(3), 13(2)(c)); and the link to the full notice
 * with its version. An activity of the form the long notice does not state throws {@link CollectionNoticeGap}.
 */
export function collectionNotice(input: CollectionNoticeInput): CollectionNoticeDocument {
  const { point, document, snapshot, version } = input;
  const language = document.language as PolicyLanguage;
  const w = COLLECTION_WORDING[language];
  const t = policyCatalogue(language);
  const purposesSection = document.sections.find((s) => s.id === 'purposes-and-legal-bases');
  const rows = (purposesSection?.blocks ?? []).flatMap((b) => (b.kind === 'table' ? b.rows : []));
  const rowOf = (id: string) => rows.find((r) => r.sources.some((s) => s.type === 'processing_activity' && s.id === id));
  const missing = point.processingActivityIds.filter((id) => !rowOf(id) || !snapshot.processingActivities.some((a) => a.id === id));
  if (missing.length > 0) throw new CollectionNoticeGap(missing);
  // In the long notice's order (by legal basis), whatever order the form lists them in.
  const activities = snapshot.processingActivities
    .filter((a) => point.processingActivityIds.includes(a.id))
    .sort((a, b) => rows.indexOf(rowOf(a.id)!) - rows.indexOf(rowOf(b.id)!));
  const section = purposesSection?.id ?? null;

  const who = summarize(document, version, { specialCategoryIds: new Set(), directMarketingActivityIds: new Set() }).parts.find(
    (p) => p.id === 'who',
  );
  const purposes: SummaryLine[] = activities.map((a) => {
    const row = rowOf(a.id)!;
    return { text: `${row.cells[0]} — ${row.cells[2]}`, sources: [activityRef(a)], section };
  });
  const required: SummaryLine[] = activities.flatMap((a) => {
    const requirement = requirementOf(a);
    return requirement
      ? [{ text: `${a.name}: ${t.requirementCell(requirement.kind, requirement.consequences)}`, sources: [activityRef(a)], section }]
      : [];
  });
  const consent = activities.filter((a) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a');
  const consentLines: SummaryLine[] =
    consent.length === 0
      ? []
      : [
          { text: t.consentWithdrawal, sources: consent.map(activityRef), section },
          ...consent
            .filter((a) => a.consentWithdrawal?.trim())
            .map((a) => ({ text: `${a.name}: ${t.consentWithdrawn(a.consentWithdrawal!)}`, sources: [activityRef(a)], section })),
        ];
  const parts: CollectionNoticePart[] = [
    { id: 'who', heading: w.who, lines: who?.lines ?? [] },
    { id: 'purposes', heading: w.purposes, lines: purposes },
    {
      id: 'data',
      heading: w.data,
      lines:
        input.categories.length > 0
          ? [
              {
                text: t.dataUsed(input.categories.map((c) => c.name)),
                sources: input.categories.map((c) => ({ type: 'data_category' as const, id: c.id, version: c.version })),
                section: null,
              },
            ]
          : [],
    },
    { id: 'required', heading: w.required, lines: required },
    { id: 'consent', heading: w.consent, lines: consentLines },
  ];
  return {
    title: w.title(point.name),
    language,
    collectionPoint: { ref: point.ref, name: point.name },
    version: version.number,
    contentHash: version.contentHash,
    fullNotice: { text: w.fullNotice(version.number), url: version.url },
    parts: parts.filter((p) => p.lines.length > 0),
  };
}
