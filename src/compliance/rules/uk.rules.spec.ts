import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { checkCompliance } from '../compliance';
import { rulesOf } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { UK_RULES } from './uk.rules';

const rule = ruleFrom(UK_RULES);
const trf = { entityType: 'transfer', entityId: 'trf' } as const;
const euRep = { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' };
const ukRep = { name: 'UK Rep Ltd', email: 'rep@example.co.uk', address: 'London' };
const ico = { name: "Information Commissioner's Office", country: 'GB', website: null };

/** A London controller with EU users (so its EU representative) and a US processor on the transfer given. */
const london = (t: Parameters<typeof make.transfer>[0], r: Parameters<typeof make.recipient>[0] = {}) =>
  validSnapshot({
    controller: make.controller({
      registeredAddress: { street: '1 Fleet St', postalCode: 'EC4A 2AB', city: 'London', country: 'GB' },
      representative: euRep,
      supervisoryAuthority: ico,
      notApplicable: {},
    }),
    recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US', ...r })],
    transfers: [make.transfer(t)],
  });
/** A Polish controller whose policy says its service targets the UK. */
const polishForUk = (controller: Parameters<typeof make.controller>[0] = {}) => validSnapshot({ controller: make.controller(controller) });
const forUk = { activityIds: new Set(['act']), serviceId: null, policyLaws: ['uk_gdpr'] as const };

testRule(rule('uk-transfer-tool'), {
  valid: [
    { name: 'EU SCCs with the UK Addendum', snapshot: london({ localTools: ['uk_addendum'] }) },
    { name: 'EU SCCs for the GDPR and the IDTA for the UK', snapshot: london({ localTools: ['uk_idta'] }) },
    {
      name: 'a US recipient certified under the EU-US DPF and the UK Extension',
      snapshot: london({ mechanism: 'dpf', sccModule: null }, { dpfCertified: true, ukExtensionCertified: true }),
    },
    {
      name: 'a recipient in the EEA, which the UK adequacy regulations cover, with no transfer recorded',
      snapshot: { ...london({}, { country: 'DE' }), transfers: [] },
    },
  ],
  invalid: [
    {
      name: 'a US processor on an EU SCC module only',
      snapshot: london({}),
      findings: [{ ...trf, includes: ['not a UK transfer tool', 'IDTA', 'UK Addendum'] }],
    },
    {
      name: 'a US recipient certified under the EU-US DPF but not the UK Extension',
      snapshot: london({ mechanism: 'dpf', sccModule: null }, { dpfCertified: true }),
      findings: [{ ...trf, includes: ['UK Extension'] }],
    },
  ],
});

testRule(rule('uk-representative'), {
  valid: [
    {
      name: 'an EU controller targeting the UK with its UK representative',
      snapshot: polishForUk({ ukRepresentative: ukRep }),
      options: forUk,
    },
    {
      name: 'an EU controller targeting the UK, saying why it needs none',
      snapshot: polishForUk({
        notApplicable: { representative: 'Established in the EU.', ukRepresentative: 'Occasional processing only.' },
      }),
      options: forUk,
    },
    { name: 'an EU controller whose policy does not target the UK', snapshot: polishForUk() },
  ],
  invalid: [
    {
      name: 'an EU controller targeting the UK without a UK representative',
      snapshot: polishForUk(),
      options: forUk,
      findings: [{ entityType: 'controller', entityId: 'controller', includes: ['UK GDPR applies', 'ukRepresentative'] }],
    },
  ],
});

describe('the UK gate', () => {
  it('leaves an EU controller under the GDPR alone: its US transfer on EU SCCs is no UK matter', () => {
    const munich = validSnapshot({ recipients: [make.recipient({ country: 'US' })], transfers: [make.transfer()] });
    expect(rulesOf(munich)).toEqual([]);
  });

  it('names its law on each finding', () => {
    expect(checkCompliance(london({})).map((f) => [f.rule, f.law])).toEqual([['uk-transfer-tool', 'uk_gdpr']]);
  });
});

describe('a notice under the UK GDPR alone', () => {
  const londonOnly = (o: Parameters<typeof make.activity>[0] = {}) =>
    validSnapshot({
      controller: make.controller({
        registeredAddress: { street: '1 Fleet St', postalCode: 'EC4A 2AB', city: 'London', country: 'GB' },
        supervisoryAuthority: ico,
        notApplicable: {},
      }),
      recipients: [make.recipient({ country: 'GB' })],
      processingActivities: [make.activity(o)],
    });

  it('runs the Art. 13 and 30 rules the UK GDPR kept, naming uk_gdpr, and none that rests on EU law alone', () => {
    expect(checkCompliance(londonOnly())).toEqual([]);
    expect(checkCompliance(londonOnly({ legalBasis: null })).map((f) => [f.rule, f.law])).toEqual([['activity-legal-basis', 'uk_gdpr']]);
  });
});
