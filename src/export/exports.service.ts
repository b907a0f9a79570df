import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { contentHashInTurns } from '../common/canonical-json';
import { cooperative } from '../common/cooperative';
import { checkComplianceInTurns } from '../compliance/compliance';
import { SnapshotService } from '../snapshot/snapshot.service';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { snapshotToDocument } from '../snapshot/to-document';
import { exportRows } from './art30-rows';
import { type ExportMeta, type ExportRole, exportColumns } from './art30-columns';
import { columnIn, type ExportLanguage } from './export-language';
import { localizeSnapshot } from '../snapshot/localize';
import { writeCsv, writePrettyJson } from '../common/streaming-writers';
import { jsonLdDocument } from './jsonld';
import { writePdf } from './pdf';
import { writeXlsx } from './xlsx';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  jsonld: 'application/ld+json; charset=utf-8',
};

export interface PreparedExport {
  filename: string;
  contentType: string;
  meta: ExportMeta;
  /** Writes the file to a stream and ends it */
  write(out: Writable): Promise<void>;
}

/**
 * The registry's identity: the same content gives the same hash, whenever and however it was read. Computed in
 * turns (`pause` between items), as the compliance check before it: at 100,000 activities each takes seconds.
 */
export function registryHash(snapshot: RegistrySnapshot, pause: () => Promise<void> = cooperative()): Promise<string> {
  return contentHashInTurns({ ...snapshot, asOf: null }, pause);
}

/** Exports of the record, now or as of a past instant; every format is a pure function of one snapshot. */
@Injectable()
export class ExportsService {
  constructor(private readonly snapshots: SnapshotService) {}

  async prepare(
    format: ExportFormat,
    role: ExportRole,
    asOf: Date | null,
    now = new Date(),
    language: ExportLanguage = 'en',
  ): Promise<PreparedExport> {
    const registry = asOf ? await this.snapshots.asOf(asOf) : await this.snapshots.now();
    // The record in the authority's language: registry texts where translated (the hash stays the registry's).
    const snapshot = format === 'json' ? registry : localizeSnapshot(registry, language).snapshot;
    const pause = cooperative();
    const findings = await checkComplianceInTurns(registry, {}, pause);
    const meta: ExportMeta = {
      exportedAt: now.toISOString(),
      asOf: asOf?.toISOString() ?? null,
      contentHash: await registryHash(registry, pause),
      role,
      language,
      findings: {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
      },
    };
    const day = (asOf ?? now).toISOString().slice(0, 10);
    const filename =
      format === 'json'
        ? `ropa-registry-${day}.json`
        : `ropa-${role === 'all' ? 'all-records' : `${role}-record`}-${day}.${format === 'jsonld' ? 'jsonld' : format}`;
    const write = (out: Writable): Promise<void> => {
      switch (format) {
        case 'json':
          return writePrettyJson(snapshotToDocument(registry) as unknown as Record<string, unknown>, out);
        case 'jsonld':
          return writePrettyJson(jsonLdDocument(snapshot, meta, role), out);
        case 'csv':
          return writeCsv(
            exportColumns(role).map((c) => columnIn(language, c)),
            exportRows(snapshot, role, language),
            out,
          );
        case 'xlsx':
          return writeXlsx(snapshot, meta, out);
        case 'pdf':
          return writePdf(snapshot, meta, out);
      }
    };
    return { filename, contentType: CONTENT_TYPES[format], meta, write };
  }
}
