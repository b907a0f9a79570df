import type { RegistrySnapshot } from '../domain/registry-snapshot';
import type { ExportMeta } from './art30-columns';
import { CELL_WORDING } from './cell-wordings';
import { coverLabel, recordTitle } from './export-language';

/** The records' titles in English (the JSON-LD and the default); `recordTitle` gives them in each language. */
export const RECORD_TITLES: Record<ExportMeta['role'], { title: string; article: string }> = {
  controller: recordTitle('en', 'controller'),
  processor: recordTitle('en', 'processor'),
  all: recordTitle('en', 'all'),
};

const ORGANISATION_LABEL: Record<ExportMeta['role'], string> = {
  controller: 'Controller',
  processor: 'Processor',
  all: 'Controller and processor',
};

/**
 * The organisation (Art. 30(1)(a) / 30(2)(a)) and the export's own facts, as label/value pairs:
 * the XLSX cover sheet and the PDF title page.
 */
export function controllerLines(snapshot: RegistrySnapshot, meta: ExportMeta): [string, string][] {
  const c = snapshot.controller;
  const w = CELL_WORDING[meta.language];
  const record = recordTitle(meta.language, meta.role);
  const lines: [string, string][] = [['Record type', `${record.title} (${record.article})`]];
  if (c) {
    const a = c.registeredAddress;
    lines.push(
      [ORGANISATION_LABEL[meta.role], c.legalName],
      ['Registered address', `${a.street}, ${a.postalCode} ${a.city}, ${w.country(a.country)}`],
      ['Registration number', c.registrationNumber],
      ['Contact', [c.email, c.phone, c.website].filter(Boolean).join(', ')],
      [
        'Data protection officer',
        c.dpo
          ? [c.dpo.name, c.dpo.email, c.dpo.phone].filter(Boolean).join(', ')
          : w.notApplicableBecause(c.notApplicable.dpo ?? w.cover.noReason),
      ],
      [
        'Representative (Art. 27)',
        c.representative
          ? `${c.representative.name}, ${c.representative.address}, ${c.representative.email}`
          : w.notApplicableBecause(c.notApplicable.representative ?? w.cover.noReason),
      ],
      [
        'Supervisory authority',
        [c.supervisoryAuthority.name, w.country(c.supervisoryAuthority.country), c.supervisoryAuthority.website].filter(Boolean).join(', '),
      ],
    );
  } else {
    lines.push([ORGANISATION_LABEL[meta.role], w.cover.noControllerProfile]);
  }
  lines.push(
    ['Exported at', meta.exportedAt],
    ['Record as of', meta.asOf ?? `${meta.exportedAt} ${w.cover.currentState}`],
    ['Content hash (SHA-256)', meta.contentHash],
    ['Compliance findings', w.cover.findings(meta.findings.errors, meta.findings.warnings)],
  );
  return lines.map(([label, value]) => [coverLabel(meta.language, label), value]);
}
