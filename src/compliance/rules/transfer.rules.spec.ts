import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { CLIENT, rulesOf, swissController, withUsTransfer } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { TRANSFER_RULES } from './transfer.rules';

const rule = ruleFrom(TRANSFER_RULES);
const trf = { entityType: 'transfer', entityId: 'trf' } as const;
const rcp = { entityType: 'recipient', entityId: 'rcp' } as const;
const in2021 = { asOf: '2021-06-01T00:00:00.000Z' };
const swissHosting = make.recipient({ name: 'Zürich Hosting AG', country: 'CH' });
const adequacyTo = (country: string) =>
  validSnapshot({ recipients: [make.recipient({ country })], transfers: [make.transfer({ country, mechanism: 'adequacy' })] });
const certifiedUnderAdequacy = withUsTransfer({ mechanism: 'adequacy' }, { dpfCertified: true });
/** Our US processor on the DPF, and the sub-processor in India it engaged, both serving the activity. */
const subOfUsProcessor = (engagedBy: string | null) =>
  validSnapshot({
    recipients: [
      make.recipient({ country: 'US', dpfCertified: true }),
      make.recipient({ id: 'sub', ref: 'sub', name: 'Support Pvt Ltd', type: 'sub_processor', country: 'IN', engagedBy }),
    ],
    transfers: [make.transfer({ country: 'US', mechanism: 'dpf', sccModule: null })],
    processingActivities: [make.activity({ recipientIds: ['rcp', 'sub'] })],
  });

testRule(rule('recipient-transfer-missing'), {
  valid: [
    { name: 'a US recipient with its transfer', snapshot: withUsTransfer({}) },
    {
      name: "a sub-processor our US processor engaged: that processor's onward transfer, not ours (Art. 44)",
      snapshot: subOfUsProcessor('rcp'),
    },
    {
      name: 'needs no transfer for a recipient in the own country of a controller outside the EEA',
      snapshot: validSnapshot({ controller: swissController, recipients: [swissHosting] }),
    },
  ],
  invalid: [
    {
      name: 'a US recipient with no transfer',
      snapshot: validSnapshot({ recipients: [make.recipient({ country: 'US' })] }),
      findings: [rcp],
    },
    {
      name: 'names the activities that use a recipient abroad with no transfer',
      snapshot: validSnapshot({ recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })] }),
      findings: [{ ...rcp, includes: ['"Cloud Inc." is in US', '"Orders"'] }],
    },
    {
      name: 'a sub-processor in India with no engaging processor recorded is a transfer of ours to record',
      snapshot: subOfUsProcessor(null),
      findings: [{ entityType: 'recipient', entityId: 'sub' }],
    },
    {
      name: 'a Swiss recipient is a third-country one for an EEA controller',
      snapshot: validSnapshot({ recipients: [swissHosting] }),
      findings: [rcp],
    },
  ],
});

testRule(rule('transfer-adequacy'), {
  valid: [
    { name: 'Japan under adequacy', snapshot: adequacyTo('JP') },
    { name: 'a country with a decision in force', snapshot: adequacyTo('BR') },
  ],
  invalid: [
    { name: 'India under adequacy', snapshot: adequacyTo('IN'), findings: [trf] },
    { name: 'a country before its decision was adopted', snapshot: adequacyTo('BR'), options: { onDate: '2025-12-31' }, findings: [trf] },
    {
      name: 'covers a US recipient under adequacy only when it is certified',
      snapshot: withUsTransfer({ mechanism: 'adequacy' }),
      findings: [{ ...trf, includes: ['not recorded as certified'] }],
    },
  ],
});

testRule(rule('transfer-adequacy-lapsed'), {
  valid: [
    { name: 'SCCs after Privacy Shield ended', snapshot: withUsTransfer({}, {}, in2021) },
    { name: 'a certified US recipient, judged on the snapshot instant', snapshot: certifiedUnderAdequacy },
    {
      name: 'a certified US recipient, judged on a day under Privacy Shield',
      snapshot: certifiedUnderAdequacy,
      options: { onDate: '2018-01-01T00:00:00Z' },
    },
  ],
  invalid: [
    {
      name: 'adequacy for the US after Privacy Shield ended',
      snapshot: withUsTransfer({ mechanism: 'adequacy' }, {}, in2021),
      findings: [trf],
    },
    {
      name: 'names the lapsed Privacy Shield decision, its end and the judgment',
      snapshot: withUsTransfer({ mechanism: 'adequacy' }, { dpfCertified: true }, in2021),
      findings: [{ ...trf, includes: ['Privacy Shield', '2020-07-16', 'Schrems II', '"Cloud Inc."'] }],
    },
    {
      name: 'judges adequacy on the given day rather than the snapshot instant',
      snapshot: certifiedUnderAdequacy,
      options: { onDate: '2022-01-01' },
      findings: [trf],
    },
  ],
});

testRule(rule('transfer-dpf'), {
  valid: [{ name: 'a certified US recipient', snapshot: withUsTransfer({ mechanism: 'dpf' }, { dpfCertified: true }) }],
  invalid: [
    { name: 'a recipient not certified', snapshot: withUsTransfer({ mechanism: 'dpf' }), findings: [trf] },
    {
      name: 'says why a DPF transfer fails: not the US',
      snapshot: withUsTransfer({ mechanism: 'dpf', country: 'CA' }, { country: 'CA', dpfCertified: true }),
      findings: [{ ...trf, includes: ['not the United States'] }],
    },
    {
      name: 'says why a DPF transfer fails: not yet in force',
      snapshot: withUsTransfer({ mechanism: 'dpf' }, { dpfCertified: true }, { asOf: '2022-05-01T00:00:00.000Z' }),
      findings: [{ ...trf, includes: ['not in force on 2022-05-01'], excludes: ['certified,'] }],
    },
  ],
});

/** Our processor-role activity for a client, disclosing to the recipient. */
const payroll = make.activity({ id: 'pay', name: 'Payroll for Acme', role: 'processor', legalBasis: null, onBehalfOf: CLIENT });
const indiaSubProcessor = (sccModule: 1 | 2 | 3 | 4 | null, activities = [payroll]) =>
  validSnapshot({
    recipients: [make.recipient({ name: 'Payroll Tech Pvt Ltd', type: 'sub_processor', country: 'IN' })],
    transfers: [make.transfer({ country: 'IN', sccModule })],
    processingActivities: activities,
  });

testRule(rule('transfer-scc-module'), {
  valid: [
    { name: 'no module stated, one follows from the roles', snapshot: withUsTransfer({ sccModule: null }) },
    { name: 'no module stated, Module Three follows for our sub-processor', snapshot: indiaSubProcessor(null) },
  ],
  invalid: [
    {
      name: 'no module stated, and the activities using it call for two',
      snapshot: withUsTransfer({ sccModule: null }, {}, { processingActivities: [make.activity(), payroll] }),
      findings: [trf],
    },
    {
      name: 'no module stated, none follows for our own staff',
      snapshot: withUsTransfer({ sccModule: null }, { type: 'internal' }),
      findings: [trf],
    },
  ],
});

testRule(rule('transfer-scc-module-roles'), {
  valid: [
    { name: 'Module Two to a processor', snapshot: withUsTransfer({ sccModule: 2 }) },
    { name: 'Module One to an independent controller', snapshot: withUsTransfer({ sccModule: 1 }, { type: 'independent_controller' }) },
    { name: 'Module Three to our sub-processor, when we act as processor', snapshot: indiaSubProcessor(3) },
    {
      name: 'Module Three to a sub-processor our processor engaged: the exporter is our processor, not us',
      snapshot: withUsTransfer({ sccModule: 3 }, { type: 'sub_processor' }),
    },
    {
      name: 'Module Four back to a controller, when we act as processor',
      snapshot: withUsTransfer({ sccModule: 4 }, { type: 'independent_controller' }, { processingActivities: [payroll] }),
    },
  ],
  invalid: [
    { name: 'Module One to a processor', snapshot: withUsTransfer({ sccModule: 1 }), findings: [trf] },
    {
      name: 'Module Two to our sub-processor, when we act as processor',
      snapshot: indiaSubProcessor(2),
      findings: [{ ...trf, includes: ['Module Two', '"Payroll for Acme" calls for Module Three'] }],
    },
    {
      name: 'Module Two to a sub-processor our processor engaged',
      snapshot: withUsTransfer({ sccModule: 2 }, { type: 'sub_processor' }),
      findings: [{ ...trf, includes: ['"Orders" calls for Module Three'] }],
    },
    {
      name: 'a stated module that one of the activities using the transfer contradicts',
      snapshot: withUsTransfer({ sccModule: 2 }, {}, { processingActivities: [make.activity(), payroll] }),
      findings: [{ ...trf, includes: ['"Payroll for Acme" calls for Module Three'], excludes: ['"Orders"'] }],
    },
  ],
});

testRule(rule('transfer-derogation-ground'), {
  valid: [{ name: 'the ground given', snapshot: withUsTransfer({ mechanism: 'derogation', derogation: 'b' }) }],
  invalid: [{ name: 'no ground given', snapshot: withUsTransfer({ mechanism: 'derogation' }), findings: [trf] }],
});

testRule(rule('transfer-derogation-safeguards'), {
  valid: [
    {
      name: 'compelling legitimate interests, with the safeguards',
      snapshot: withUsTransfer({
        mechanism: 'derogation',
        derogation: 'compelling_legitimate_interests',
        safeguards: 'One-off transfer of a few records, assessed on 2026-03-01; pseudonymised; authority informed.',
      }),
    },
  ],
  invalid: [
    {
      name: 'compelling legitimate interests, no safeguards',
      snapshot: withUsTransfer({ mechanism: 'derogation', derogation: 'compelling_legitimate_interests' }),
      findings: [trf],
    },
  ],
});

testRule(rule('transfer-copy-of-safeguards'), {
  valid: [
    {
      name: 'no copy, but instructions',
      snapshot: withUsTransfer({ copyAvailable: false, copyInstructions: 'Write to privacy@example.com.' }),
    },
    {
      name: 'asks no copy of safeguards for adequacy',
      snapshot: withUsTransfer({ mechanism: 'dpf', copyAvailable: false }, { dpfCertified: true }),
    },
    {
      name: 'asks no copy of safeguards for a plain derogation',
      snapshot: withUsTransfer({ mechanism: 'derogation', derogation: 'a', copyAvailable: false }),
    },
  ],
  invalid: [{ name: 'SCCs with no copy and no instructions', snapshot: withUsTransfer({ copyAvailable: false }), findings: [trf] }],
});

testRule(rule('transfer-inside-eea'), {
  valid: [{ name: 'a complete registry', snapshot: validSnapshot() }],
  invalid: [
    {
      name: 'a transfer recorded to Germany',
      snapshot: validSnapshot({ transfers: [make.transfer({ country: 'DE', mechanism: 'adequacy' })] }),
      findings: [trf],
    },
    {
      name: 'warns that a transfer recorded to the controller’s own country is no transfer',
      snapshot: validSnapshot({
        controller: swissController,
        recipients: [make.recipient({ country: 'CH' })],
        transfers: [make.transfer({ country: 'CH', mechanism: 'adequacy', sccModule: null })],
      }),
      findings: [{ ...trf, includes: ['where we are established'] }],
    },
  ],
});

testRule(rule('transfer-country-mismatch'), {
  valid: [{ name: 'the country in lower case', snapshot: withUsTransfer({ country: 'us' }) }],
  invalid: [
    {
      name: 'a transfer to the UK for a US recipient',
      snapshot: validSnapshot({
        recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })],
        transfers: [make.transfer({ id: 'trf-us' }), make.transfer({ country: 'GB', mechanism: 'adequacy' })],
      }),
      findings: [trf],
    },
  ],
});

describe('transfer rules', () => {
  it('does not ask for a mechanism for an EEA destination, only warns', () => {
    expect(
      rulesOf(validSnapshot({ transfers: [make.transfer({ country: 'FR', mechanism: 'scc', sccModule: null, copyAvailable: false })] })),
    ).toEqual(['transfer-country-mismatch', 'transfer-inside-eea']);
  });

  it('counts the recipient’s country, not just any transfer, for a recipient abroad', () => {
    const snapshot = validSnapshot({
      recipients: [make.recipient({ country: 'IN' })],
      transfers: [make.transfer({ country: 'US' })],
    });
    expect(rulesOf(snapshot)).toContain('recipient-transfer-missing');
  });
});
