/** Art. 30(1)(d)-(e), 30(2)(c): the transfers to third countries with their safeguards, and where the data go. */
import type { ProcessingActivity, Recipient, Transfer } from '../domain/registry-snapshot';
import { countryName } from '../language/countries';
import { effectiveSccModule, SCC_MODULE_LABELS, type SccModule } from '../reference/scc';
import { DEROGATION_LABELS, TRANSFER_MECHANISM_LABELS } from '../reference/transfer-mechanisms';
import { join, NONE, NOT_RECORDED, notApplicable } from './art30-wording';
import type { RecordIndex } from './record-index';

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
  const users = new Map<string, ProcessingActivity[]>();
  for (const a of activities)
    for (const id of new Set(a.recipientIds)) {
      const list = users.get(id);
      if (list) list.push(a);
      else users.set(id, [a]);
    }
  return ix.snapshot.transfers.flatMap((transfer) => {
    const using = users.get(transfer.recipientId);
    if (!using || !ix.isTransfer(transfer.country)) return [];
    const recipient = ix.recipients.get(transfer.recipientId);
    const module = transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, using, recipient) : null;
    return [{ transfer, recipientName: recipient?.name ?? transfer.recipientId, module, activities: using }];
  });
}

export function describeMechanism(transfer: Transfer, module: 1 | 2 | 3 | 4 | null = transfer.sccModule): string {
  switch (transfer.mechanism) {
    case 'derogation':
      return transfer.derogation ? DEROGATION_LABELS[transfer.derogation] : TRANSFER_MECHANISM_LABELS.derogation;
    case 'scc':
      return module
        ? `${TRANSFER_MECHANISM_LABELS.scc}, ${SCC_MODULE_LABELS[module]}${transfer.sccModule === null ? ' (from the roles of the parties)' : ''}`
        : TRANSFER_MECHANISM_LABELS.scc;
    case 'adequacy':
    case 'dpf':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
      return TRANSFER_MECHANISM_LABELS[transfer.mechanism];
  }
}

export function describeTransfer(transfer: Transfer, recipientName: string, module: 1 | 2 | 3 | 4 | null = transfer.sccModule): string {
  return `${recipientName} → ${countryName(transfer.country)}: ${describeMechanism(transfer, module)}${transfer.safeguards ? `. ${transfer.safeguards}` : ''}`;
}

export function transfersCell(a: ProcessingActivity, ix: RecordIndex): string {
  const transfers = ix.transfersOf(a);
  const listed = transfers.map(({ transfer, recipientName, module }) => describeTransfer(transfer, recipientName, module));
  const abroad = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r !== undefined && ix.isTransfer(r.country));
  const uncovered = abroad.filter(
    (r) => !transfers.some(({ transfer }) => transfer.recipientId === r.id && transfer.country === r.country),
  );
  const missing = uncovered.map((r) => `${r.name} → ${countryName(r.country)}: mechanism ${NOT_RECORDED.toLowerCase()}`);
  return join([...listed, ...missing]) || notApplicable(a, 'transfers') || `${NONE} (no recipient in a third country)`;
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
      .map((code) => countryName(code))
      .sort()
      .join('; ') || NOT_RECORDED
  );
}
