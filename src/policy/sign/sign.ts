import type { PolicyLanguage } from '../../domain/languages';
import type { ProcessingActivity, RegistrySnapshot } from '../../domain/registry-snapshot';
import type { PolicyDocument } from '../document/model';
import { summarize, type SummaryLine } from '../summary/summary';
import { SIGN_WORDING } from './wording';

export interface SignPart {
  id: 'who' | 'purpose' | 'retention' | 'recipients' | 'rights';
  heading: string;
  lines: SummaryLine[];
}

/** The first layer at a camera: the warning sign of EDPB Guidelines 3/2019 on video devices (section number not verified here). */
export interface SignDocument {
  title: string;
  language: string;
  activity: { ref: string; name: string };
  version: number;
  contentHash: string;
  fullNotice: { text: string; url: string };
  /** The URL to print as a QR code: absolute, plain ASCII, opening the full notice in the sign's language */
  qr: { url: string; text: string };
  parts: SignPart[];
}

/** The bases that bring the right to object (Art. 21(1)). */
const OBJECTABLE: readonly ProcessingActivity['legalBasis'][] = ['art6_1_e', 'art6_1_f'];

/** Whether an activity films people: one of its data categories is marked as video surveillance. */
export const filmsPeople = (snapshot: RegistrySnapshot, activity: ProcessingActivity): boolean =>
  snapshot.dataCategories.some((c) => c.videoSurveillance === true && activity.dataCategoryIds.includes(c.id));

/**
 * The camera sign of an activity, from the long notice of the version in effect in the sign's language:
 * the controller and how to reach it (the notice's own lines), the purpose with the legal basis and the
 * legitimate interest pursued, how long recordings are kept and who receives them (the cells of the
 * notice's per-purpose table), the rights in one sentence, and where the full notice is, as a link and as
 * a URL to print as a QR code. EDPB Guidelines 3/2019 put these on the first layer; null when the
 * notice does not state the activity (the sign never says more than the full notice).
 */
export function cameraSign(
  document: PolicyDocument,
  activity: ProcessingActivity,
  version: { number: number; contentHash: string; url: string },
): SignDocument | null {
  const w = SIGN_WORDING[document.language as PolicyLanguage];
  const section = document.sections.find((s) => s.id === 'purposes-and-legal-bases');
  const row = (section?.blocks ?? [])
    .flatMap((b) => (b.kind === 'table' ? b.rows : []))
    .find((r) => r.sources.some((s) => s.type === 'processing_activity' && s.id === activity.id));
  if (!section || !row) return null;
  const line = (text: string): SummaryLine[] =>
    text.trim() ? [{ text, sources: row.sources.filter((s) => s.type === 'processing_activity'), section: section.id }] : [];
  const who = summarize(document, version, { specialCategoryIds: new Set(), directMarketingActivityIds: new Set() }).parts.find(
    (p) => p.id === 'who',
  );
  const parts: SignPart[] = [
    { id: 'who', heading: w.who, lines: who?.lines ?? [] },
    { id: 'purpose', heading: w.purpose, lines: [...line(row.cells[0]), ...line(row.cells[2])] },
    { id: 'retention', heading: w.retention, lines: line(row.cells[3]) },
    { id: 'recipients', heading: w.recipients, lines: line(row.cells[4]) },
    {
      id: 'rights',
      heading: w.rights,
      lines: [{ text: w.rightsSentence(OBJECTABLE.includes(activity.legalBasis)), sources: [], section: null }],
    },
  ];
  return {
    title: w.warning,
    language: document.language,
    activity: { ref: activity.ref, name: activity.name },
    version: version.number,
    contentHash: version.contentHash,
    fullNotice: { text: w.fullNotice(version.number), url: version.url },
    qr: { url: version.url, text: w.scan },
    parts: parts.filter((p) => p.lines.length > 0),
  };
}
