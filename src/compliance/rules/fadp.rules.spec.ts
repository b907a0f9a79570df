import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { checkCompliance } from '../compliance';
import { swissController } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { FADP_RULES } from './fadp.rules';

const rule = ruleFrom(FADP_RULES);
const trf = { entityType: 'transfer', entityId: 'trf' } as const;
const rcp = { entityType: 'recipient', entityId: 'rcp' } as const;
const chRep = { name: 'CH Rep AG', email: 'rep@example.ch', address: 'Bern' };

/** The Zurich controller (with its EU representative) and one recipient abroad, with the transfer given. */
const zurich = (r: Parameters<typeof make.recipient>[0], t: Parameters<typeof make.transfer>[0] | null) =>
  validSnapshot({
    controller: swissController,
    recipients: [make.recipient({ name: 'Abroad Ltd', ...r })],
    transfers: t === null ? [] : [make.transfer({ country: r?.country ?? 'US', ...t })],
  });
const india = { country: 'IN' };
const forSwitzerland = { activityIds: new Set(['act']), serviceId: null, policyLaws: ['ch_fadp'] as const };

testRule(rule('fadp-disclosure-abroad'), {
  valid: [
    { name: 'India on EU SCCs with their Swiss recognition, an Art. 16(2) guarantee', snapshot: zurich(india, { localTools: ['ch_scc'] }) },
    {
      name: 'a US recipient certified under both DPFs',
      snapshot: zurich({ country: 'US', dpfCertified: true, swissDpfCertified: true }, { mechanism: 'dpf', sccModule: null }),
    },
    {
      name: 'an Art. 17 exception (a derogation named)',
      snapshot: zurich(india, { mechanism: 'derogation', sccModule: null, derogation: 'b', copyAvailable: false }),
    },
    { name: 'a recipient in Switzerland: no disclosure abroad', snapshot: zurich({ country: 'CH' }, null) },
  ],
  invalid: [
    {
      name: 'India on EU SCCs only',
      snapshot: zurich(india, {}),
      findings: [{ ...trf, includes: ['Art. 16(2) FADP guarantee', 'Art. 17 exception', 'IN'] }],
    },
    {
      name: 'a US recipient certified under the EU-US DPF only',
      snapshot: zurich({ country: 'US', dpfCertified: true }, { mechanism: 'dpf', sccModule: null }),
      findings: [{ ...trf, includes: ['Swiss–US Data Privacy Framework', 'swissDpfCertified'] }],
    },
    {
      name: 'a German processor with nothing recorded: the state must still be named, with its guarantee',
      snapshot: zurich({ country: 'DE' }, null),
      findings: [{ ...rcp, includes: ['is in DE', 'no disclosure to DE is recorded'] }],
    },
  ],
});

testRule(rule('swiss-representative'), {
  valid: [
    {
      name: 'an EU controller targeting Switzerland with its Swiss representative',
      snapshot: validSnapshot({ controller: make.controller({ swissRepresentative: chRep }) }),
      options: forSwitzerland,
    },
    {
      name: 'an EU controller targeting Switzerland, saying why Art. 14 does not require one',
      snapshot: validSnapshot({
        controller: make.controller({
          notApplicable: { representative: 'Established in the EU.', swissRepresentative: 'Not large-scale.' },
        }),
      }),
      options: forSwitzerland,
    },
    { name: 'an EU controller whose policy does not target Switzerland', snapshot: validSnapshot() },
  ],
  invalid: [
    {
      name: 'an EU controller targeting Switzerland with no word on a Swiss representative',
      snapshot: validSnapshot(),
      options: forSwitzerland,
      findings: [{ entityType: 'controller', entityId: 'controller', includes: ['Art. 14 FADP', 'regularly', 'large scale', 'high risk'] }],
    },
  ],
});

describe('the FADP gate', () => {
  it('names its law on each finding', () => {
    expect(checkCompliance(zurich(india, {})).map((f) => [f.rule, f.law])).toEqual([['fadp-disclosure-abroad', 'ch_fadp']]);
  });

  it('does not run for an EU controller whose notice does not answer to the FADP', () => {
    const polish = validSnapshot({ recipients: [make.recipient({ country: 'IN' })], transfers: [make.transfer({ country: 'IN' })] });
    expect(checkCompliance(polish)).toEqual([]);
  });

  it('runs for a Swiss controller with no EU link, where the GDPR rules do not', () => {
    const onlySwiss = { ...zurich(india, {}), controller: { ...swissController, representative: null } };
    expect(checkCompliance(onlySwiss).map((f) => f.rule)).toEqual(['fadp-disclosure-abroad']);
  });
});

describe('a Swiss controller names its EEA states too', () => {
  it('records a German processor with its guarantee, and no rule (not even the GDPR "inside the EEA" warning) objects', () => {
    expect(checkCompliance(zurich({ country: 'DE' }, { country: 'DE', localTools: ['ch_scc'] }))).toEqual([]);
  });
});

describe('duties every law shares', () => {
  it('still asks a Swiss controller with no EU link for its identity and each purpose, under the FADP', () => {
    const onlySwiss = validSnapshot({
      controller: { ...swissController, representative: null, legalName: '' },
      recipients: [make.recipient({ country: 'CH' })],
      processingActivities: [make.activity({ purpose: '' })],
    });
    expect(checkCompliance(onlySwiss).map((f) => [f.rule, f.law])).toEqual([
      ['activity-purpose', 'ch_fadp'],
      ['controller-identity', 'ch_fadp'],
    ]);
  });
});
