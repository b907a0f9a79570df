import { countryName } from '../policy/document/humanize';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import type { ExportMeta } from './art30-rows';

/** The controller and export facts that head every export (cover sheet, PDF title page). */
export function controllerLines(snapshot: RegistrySnapshot, meta: ExportMeta): [string, string][] {
  const c = snapshot.controller;
  const lines: [string, string][] = [
    [
      'Record',
      meta.role === 'controller'
        ? 'Record of processing activities of the controller, Art. 30(1) GDPR'
        : 'Record of categories of processing of the processor, Art. 30(2) GDPR',
    ],
  ];
  if (c) {
    const a = c.registeredAddress;
    lines.push(
      [meta.role === 'controller' ? 'Controller' : 'Processor', c.legalName],
      ['Registered address', `${a.street}, ${a.postalCode} ${a.city}, ${countryName(a.country)}`],
      ['Registration number', c.registrationNumber],
      ['Contact', [c.email, c.phone, c.website].filter(Boolean).join(', ')],
      [
        'Data protection officer',
        c.dpo
          ? [c.dpo.name, c.dpo.email, c.dpo.phone].filter(Boolean).join(', ')
          : `Not applicable: ${c.notApplicable.dpo ?? 'no reason recorded'}`,
      ],
      [
        'Representative (Art. 27)',
        c.representative
          ? `${c.representative.name}, ${c.representative.address}, ${c.representative.email}`
          : `Not applicable: ${c.notApplicable.representative ?? 'no reason recorded'}`,
      ],
      [
        'Supervisory authority',
        `${c.supervisoryAuthority.name}${c.supervisoryAuthority.website ? `, ${c.supervisoryAuthority.website}` : ''}`,
      ],
    );
  } else {
    lines.push(['Controller', 'No controller profile recorded']);
  }
  lines.push(
    ['Exported at', meta.exportedAt],
    ['Record as of', meta.asOf ?? meta.exportedAt],
    ['Content hash (SHA-256)', meta.contentHash],
    ['Compliance findings', `${meta.findings.errors} error(s), ${meta.findings.warnings} warning(s)`],
  );
  return lines;
}
