/** Art. 30(1)(d), 28: the recipients of an activity and the contracts with its processors. */
import type { ProcessingActivity, Recipient } from '../domain/registry-snapshot';
import type { RecordRole } from './art30-columns';
import { join, notApplicable } from './art30-wording';
import { type CellWording, EN } from './cell-wording';
import type { RecordIndex } from './record-index';

/** The recipient's role as the record states it: in the processor record, a (sub-)processor is our sub-processor. */
export function recipientTypeLabel(r: Pick<Recipient, 'type'>, record: RecordRole, w: CellWording = EN): string {
  return record === 'processor' && (r.type === 'processor' || r.type === 'sub_processor')
    ? w.recipients.ourSubProcessor
    : w.recipients.types[r.type];
}

export function describeRecipient(r: Recipient, record: RecordRole = 'controller', w: CellWording = EN): string {
  return `${r.name} (${recipientTypeLabel(r, record, w)}, ${w.country(r.country)})`;
}

export function recipientsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.recipientIds).map((id) => {
    const r = ix.recipients.get(id);
    return r ? describeRecipient(r, a.role === 'processor' ? 'processor' : 'controller', ix.w) : id;
  });
  return join(listed) || notApplicable(a, 'recipients', ix.w) || ix.w.notRecorded;
}

/** ICO column 7: each processor's contract (dpaReference), or that none is on record. */
export function processorContractsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const processors = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r?.type === 'processor' || r?.type === 'sub_processor');
  if (processors.length === 0) return ix.w.recipients.noProcessor;
  return join(processors.map((r) => `${r.name}: ${r.dpaReference ?? ix.w.notRecordedInline}`));
}
