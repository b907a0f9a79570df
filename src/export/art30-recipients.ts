/** Art. 30(1)(d), 28: the recipients of an activity and the contracts with its processors. */
import type { ProcessingActivity, Recipient } from '../domain/registry-snapshot';
import { countryName } from '../language/countries';
import { RECIPIENT_TYPE_LABELS } from '../reference/vocabulary-labels';
import { join, NONE, NOT_RECORDED, notApplicable } from './art30-wording';
import type { RecordIndex } from './record-index';

export function describeRecipient(r: Recipient): string {
  return `${r.name} (${RECIPIENT_TYPE_LABELS[r.type]}, ${countryName(r.country)})`;
}

export function recipientsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.recipientIds).map((id) => {
    const r = ix.recipients.get(id);
    return r ? describeRecipient(r) : id;
  });
  return join(listed) || notApplicable(a, 'recipients') || NOT_RECORDED;
}

/** ICO column 7: each processor's contract (dpaReference), or that none is on record. */
export function processorContractsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const processors = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r?.type === 'processor' || r?.type === 'sub_processor');
  if (processors.length === 0) return `${NONE} (no processor)`;
  return join(processors.map((r) => `${r.name}: ${r.dpaReference ?? NOT_RECORDED.toLowerCase()}`));
}
