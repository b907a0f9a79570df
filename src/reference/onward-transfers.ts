/**
 * Onward transfers (GDPR Art. 44: Chapter V's conditions apply "including for onward transfers" from the third
 * country to another). A sub-processor engaged by our processor that is itself in a third country receives
 * the data from that processor, not from us: the leg is the processor's onward transfer, under the protection
 * the processor must pass on (Art. 28(4): the same data protection obligations by contract) and, for a
 * processor certified under the EU–US Data Privacy Framework, under the Framework's principle of accountability
 * for onward transfer (Decision (EU) 2023/1795, Annex I). It is not a transfer of ours, and neither the notice
 * nor the record presents it as one.
 */
import type { Recipient, Transfer } from '../domain/registry-snapshot';

export interface OnwardLeg {
  /** Our processor in a third country that engaged the sub-processor and passes the data on */
  processor: Recipient;
  /** Our own transfer to that processor relies on the EU–US Data Privacy Framework */
  underDpf: boolean;
}

/**
 * The onward leg by which a sub-processor receives the data, or null when it receives them from us (we engaged
 * it, no engaging processor is recorded, or the engaging processor is in the EEA, whose transfer to it is then
 * that processor's own export from the EEA, shown as a transfer of the record).
 */
export function onwardLegOf(
  recipient: Recipient,
  recipientById: (id: string) => Recipient | undefined,
  isThirdCountry: (country: string) => boolean,
  transfers: readonly Transfer[],
): OnwardLeg | null {
  if (recipient.type !== 'sub_processor' || !recipient.engagedBy || !isThirdCountry(recipient.country)) return null;
  const processor = recipientById(recipient.engagedBy);
  if (!processor || processor.id === recipient.id || !isThirdCountry(processor.country)) return null;
  const underDpf = transfers.some((t) => t.recipientId === processor.id && t.mechanism === 'dpf');
  return { processor, underDpf };
}
