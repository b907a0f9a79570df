import { describe, expect, it } from '@jest/globals';
import type { PolicyLanguage } from '../../domain/languages';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from './generate';
import type { PolicyScope } from './model';
import { blockText } from './testing';

const scope = (language: PolicyLanguage): PolicyScope => ({
  serviceId: 'svc',
  dataSubjectCategoryIds: [],
  language,
  title: 'Privacy notice',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
});

/** Our US processor, on the DPF or on SCCs, and the sub-processor in India it engaged, both serving the activity. */
const registry = (mechanism: 'dpf' | 'scc', engagedBy: string | null = 'rcp') =>
  validSnapshot({
    recipients: [
      make.recipient({ name: 'Helpdesk Inc.', country: 'US', dpfCertified: mechanism === 'dpf' }),
      make.recipient({ id: 'sub', ref: 'sub', name: 'Support Pvt Ltd', type: 'sub_processor', country: 'IN', engagedBy }),
    ],
    transfers: [make.transfer({ country: 'US', mechanism, sccModule: mechanism === 'scc' ? 2 : null })],
    processingActivities: [make.activity({ recipientIds: ['rcp', 'sub'] })],
  });

const transfersText = (snapshot: ReturnType<typeof registry>, language: PolicyLanguage = 'en') => {
  const section = generatePolicy(snapshot, scope(language)).sections.find((s) => s.id === 'international-transfers');
  return section ? section.blocks.flatMap(blockText).join('\n') : '';
};

describe("a sub-processor of our processor abroad: that processor's onward transfer (Art. 44)", () => {
  it("is said as the processor's onward transfer under the DPF principle, never as a transfer of ours to India", () => {
    const text = transfersText(registry('dpf'));
    expect(text).toContain('not transfers of ours');
    expect(text).toContain('Support Pvt Ltd (India), engaged by Helpdesk Inc.');
    expect(text).toContain('principle on onward transfers');
    expect(text).not.toMatch(/To India/i);
    expect(text).not.toContain('no transfer mechanism');
  });

  it('rests on the contract the processor must pass on (Art. 28(4)) when our transfer to it is not on the DPF', () => {
    expect(transfersText(registry('scc'))).toContain('same data protection obligations as our contract binds Helpdesk Inc. (Art. 28(4))');
  });

  it('is a transfer of ours to record when no engaging processor is recorded', () => {
    const text = transfersText(registry('dpf', null));
    expect(text).not.toContain('engaged by');
    expect(text).toContain('Support Pvt Ltd');
  });

  it('is said in Polish and German too', () => {
    expect(transfersText(registry('dpf'), 'pl')).toContain('zaangażowany przez: Helpdesk Inc.');
    expect(transfersText(registry('dpf'), 'de')).toContain('beauftragt von Helpdesk Inc.');
  });
});
