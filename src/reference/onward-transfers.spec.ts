import { describe, expect, it } from '@jest/globals';
import { make } from '../snapshot/testing/snapshot-factory';
import { onwardLegOf } from './onward-transfers';

const usProcessor = make.recipient({ id: 'us', name: 'Helpdesk Inc.', type: 'processor', country: 'US', dpfCertified: true });
const euProcessor = make.recipient({ id: 'eu', name: 'Hosting GmbH', type: 'processor', country: 'DE' });
const indiaSub = (engagedBy: string | null) =>
  make.recipient({ id: 'in', name: 'Support Pvt Ltd', type: 'sub_processor', country: 'IN', engagedBy });
const byId = (id: string) => [usProcessor, euProcessor].find((r) => r.id === id);
const outsideEea = (country: string) => !['DE', 'FR', 'PL'].includes(country);
const dpfTransfer = make.transfer({ recipientId: 'us', country: 'US', mechanism: 'dpf', sccModule: null });
const sccTransfer = make.transfer({ recipientId: 'us', country: 'US', mechanism: 'scc', sccModule: 2 });

describe('onwardLegOf', () => {
  it("makes a sub-processor of our US processor that processor's onward transfer, under the DPF when our transfer to it is", () => {
    expect(onwardLegOf(indiaSub('us'), byId, outsideEea, [dpfTransfer])).toEqual({ processor: usProcessor, underDpf: true });
    expect(onwardLegOf(indiaSub('us'), byId, outsideEea, [sccTransfer])).toEqual({ processor: usProcessor, underDpf: false });
  });

  it('leaves a sub-processor we engaged, or one engaged from inside the EEA, as a transfer of the record', () => {
    expect(onwardLegOf(indiaSub(null), byId, outsideEea, [dpfTransfer])).toBeNull();
    expect(onwardLegOf(indiaSub('eu'), byId, outsideEea, [dpfTransfer])).toBeNull();
  });

  it('is no onward transfer for another type, a sub-processor inside the EEA, or an engaging processor not on record', () => {
    expect(onwardLegOf({ ...indiaSub('us'), type: 'processor' }, byId, outsideEea, [])).toBeNull();
    expect(onwardLegOf({ ...indiaSub('us'), country: 'FR' }, byId, outsideEea, [])).toBeNull();
    expect(onwardLegOf(indiaSub('gone'), byId, outsideEea, [])).toBeNull();
  });
});
