/** Art. 30(1)(d)-(e), 30(2)(c): the transfers to third countries with their safeguards, and where the data go. */
import type { ProcessingActivity, Recipient, Transfer } from '../domain/registry-snapshot';
import { effectiveSccModule, type SccModule } from '../reference/scc';
import { join, notApplicable } from './art30-wording';
import { type CellWording, EN } from './cell-wording';
import type { RecordIndex } from './record-index';
import { groupByEach } from '../common/group';

/** A Chapter V transfer as the record lists it once: the SCC module over the record's activities using it. */
export interface RecordTransfer {
  transfer: Transfer;
  recipientName: string;
  module: SccModule | null;
  activities: ProcessingActivity[];
}

/**
 * The record's transfers, each once, with the activities of the record that use it: only Chapter V
 * transfers as judged from our establishment (a Swiss controller's Swiss recipient is a domestic
 * disclosure), with the module stated or derived from the roles in those activities, as every row
 * and the notice derive it.
 */
export function transfersOfRecord(activities: readonly ProcessingActivity[], ix: RecordIndex): RecordTransfer[] {
  const users = groupByEach(activities, (a) => a.recipientIds);
  return ix.snapshot.transfers.flatMap((transfer) => {
    const using = users.get(transfer.recipientId);
    if (!using || !ix.isTransfer(transfer.country) || ix.onwardLeg(transfer.recipientId)) return [];
    const recipient = ix.recipients.get(transfer.recipientId);
    const module = transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, using, recipient) : null;
    return [{ transfer, recipientName: recipient?.name ?? transfer.recipientId, module, activities: using }];
  });
}

export function describeMechanism(transfer: Transfer, module: 1 | 2 | 3 | 4 | null = transfer.sccModule, w: CellWording = EN): string {
  const t = w.transfers;
  switch (transfer.mechanism) {
    case 'derogation':
      return transfer.derogation ? t.derogations[transfer.derogation] : t.mechanisms.derogation;
    case 'scc':
      return module ? `${t.mechanisms.scc}, ${t.sccModules[module]}${transfer.sccModule === null ? t.fromRoles : ''}` : t.mechanisms.scc;
    case 'adequacy':
    case 'dpf':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
      return t.mechanisms[transfer.mechanism];
  }
}

export function describeTransfer(
  transfer: Transfer,
  recipientName: string,
  module: 1 | 2 | 3 | 4 | null = transfer.sccModule,
  w: CellWording = EN,
): string {
  return `${recipientName} → ${w.country(transfer.country)}: ${describeMechanism(transfer, module, w)}${transfer.safeguards ? `. ${transfer.safeguards}` : ''}`;
}

export function transfersCell(a: ProcessingActivity, ix: RecordIndex): string {
  const w = ix.w;
  const transfers = ix.transfersOf(a);
  const listed = transfers.map(({ transfer, recipientName, module }) => describeTransfer(transfer, recipientName, module, w));
  const abroad = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r !== undefined && ix.isTransfer(r.country));
  // A sub-processor that our processor abroad engaged: that processor's onward transfer, said as such (Art. 44).
  const onward = abroad.flatMap((r) => {
    const leg = ix.onwardLeg(r.id);
    if (!leg) return [];
    const basis = leg.underDpf ? w.transfers.onwardUnderDpf : w.transfers.onwardUnderContract;
    return [`${r.name} → ${w.country(r.country)}: ${w.transfers.onwardBy(leg.processor.name, w.country(leg.processor.country), basis)}`];
  });
  const uncovered = abroad.filter(
    (r) => !ix.onwardLeg(r.id) && !transfers.some(({ transfer }) => transfer.recipientId === r.id && transfer.country === r.country),
  );
  const missing = uncovered.map((r) => `${r.name} → ${w.country(r.country)}: ${w.transfers.mechanismNotRecorded}`);
  return join([...listed, ...onward, ...missing]) || notApplicable(a, 'transfers', w) || w.transfers.noThirdCountry;
}

/** Where the data go: our own country and each recipient's, by name. */
export function locationsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const home = ix.snapshot.controller?.registeredAddress.country;
  const countries = new Set<string>(home ? [home.toUpperCase()] : []);
  for (const id of a.recipientIds) {
    const r = ix.recipients.get(id);
    if (r) countries.add(r.country.toUpperCase());
  }
  return (
    [...countries]
      .map((code) => ix.w.country(code))
      .sort()
      .join('; ') || ix.w.notRecorded
  );
}
