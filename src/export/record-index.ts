import type {
  DataCategory,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Transfer,
} from '../domain/registry-snapshot';
import { establishmentOf, judgeDisclosure } from '../reference/establishment';
import { type OnwardLeg, onwardLegOf } from '../reference/onward-transfers';
import { effectiveSccModule } from '../reference/scc';
import type { RecordRole } from './art30-columns';
import { identityCells, join } from './art30-wording';
import type { CellWording } from './cell-wording';
import { CELL_WORDING } from './cell-wordings';
import type { ExportLanguage } from './export-language';

/** The activities a record lists: every status, the draft and retired ones too, each row saying which. */
export const activitiesOfRecord = (snapshot: RegistrySnapshot, role: RecordRole): ProcessingActivity[] =>
  snapshot.processingActivities.filter((a) => (role === 'processor' ? a.role === 'processor' : a.role !== 'processor'));

/**
 * Lookup tables built once per export, so that a row costs the same whatever the registry's size.
 * Referenced entities come out in the snapshot's own order (name, then id), whatever order the
 * activity lists their ids in, so that equal registries give equal rows.
 */
export class RecordIndex {
  readonly position = new Map<string, number>();
  readonly names = new Map<string, string>();
  readonly categories = new Map<string, DataCategory>();
  readonly recipients = new Map<string, Recipient>();
  readonly retention = new Map<string, RetentionRule>();
  readonly measures = new Map<string, SecurityMeasure>();
  readonly transfersByRecipient = new Map<string, Transfer[]>();
  readonly identity: ReturnType<typeof identityCells>;
  /** The fixed words of the export's language, for every cell built from this index */
  readonly w: CellWording;
  private readonly home: string | null;
  /** Country → whether disclosing there is a transfer: judged once per export, not once per row */
  private readonly transferCountries = new Map<string, boolean>();

  constructor(
    readonly snapshot: RegistrySnapshot,
    language: ExportLanguage = 'en',
  ) {
    this.w = CELL_WORDING[language];
    this.identity = identityCells(snapshot.controller, this.w);
    this.home = establishmentOf(snapshot.controller);
    const named = [
      snapshot.services,
      snapshot.dataCategories,
      snapshot.dataSubjectCategories,
      snapshot.recipients,
      snapshot.retentionRules,
      snapshot.securityMeasures,
    ];
    for (const list of named)
      list.forEach((item, i) => {
        this.position.set(item.id, i);
        this.names.set(item.id, item.name);
      });
    for (const c of snapshot.dataCategories) this.categories.set(c.id, c);
    for (const r of snapshot.recipients) this.recipients.set(r.id, r);
    for (const r of snapshot.retentionRules) this.retention.set(r.id, r);
    for (const m of snapshot.securityMeasures) this.measures.set(m.id, m);
    for (const t of snapshot.transfers) {
      const list = this.transfersByRecipient.get(t.recipientId);
      if (list) list.push(t);
      else this.transfersByRecipient.set(t.recipientId, [t]);
    }
  }

  /** Ids without duplicates, known ones in snapshot order, unknown ones (dangling refs) last by id. */
  ordered(ids: readonly string[]): string[] {
    const rank = (id: string) => this.position.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  nameList(ids: readonly string[]): string {
    return join(this.ordered(ids).map((id) => this.names.get(id) ?? id));
  }

  /** An activity's per-category erasure limits, in the order of the data categories. */
  retentionByCategory(a: ProcessingActivity): ProcessingActivity['retentionByCategory'] {
    const rank = (id: string) => this.position.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...a.retentionByCategory].sort((x, y) => rank(x.dataCategoryId) - rank(y.dataCategoryId));
  }

  /** Whether disclosing to the country is a Chapter V transfer, judged from our establishment (the rules' function). */
  isTransfer(country: string): boolean {
    const known = this.transferCountries.get(country);
    if (known !== undefined) return known;
    const judged = judgeDisclosure(this.home, country, this.snapshot.asOf).kind === 'third_country';
    this.transferCountries.set(country, judged);
    return judged;
  }

  /**
   * The onward leg by which a sub-processor receives the data from our processor abroad (Art. 44), or null: such a
   * leg is that processor's, never one of the record's transfers (src/reference/onward-transfers.ts).
   */
  onwardLeg(recipientId: string): OnwardLeg | null {
    const recipient = this.recipients.get(recipientId);
    return recipient
      ? onwardLegOf(
          recipient,
          (id) => this.recipients.get(id),
          (country) => this.isTransfer(country),
          this.snapshot.transfers,
        )
      : null;
  }

  /** The activity's Chapter V transfers, each with the SCC module stated or derived from its roles. */
  transfersOf(a: ProcessingActivity): { transfer: Transfer; recipientName: string; module: 1 | 2 | 3 | 4 | null }[] {
    return this.ordered(a.recipientIds).flatMap((id) =>
      (this.onwardLeg(id) ? [] : (this.transfersByRecipient.get(id) ?? []))
        .filter((transfer) => this.isTransfer(transfer.country))
        .map((transfer) => ({
          transfer,
          recipientName: this.names.get(id) ?? id,
          module: transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, [a], this.recipients.get(id)) : null,
        })),
    );
  }
}
