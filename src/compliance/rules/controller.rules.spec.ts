import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { swiss, swissHost } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { CONTROLLER_RULES } from './controller.rules';

const rule = ruleFrom(CONTROLLER_RULES);
const controller = { entityType: 'controller', entityId: 'controller' } as const;
const newYork = { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'US' };
const ftc = { name: 'Federal Trade Commission', country: 'US', website: null };

testRule(rule('controller-identity'), {
  valid: [{ name: 'a complete registry', snapshot: validSnapshot() }],
  invalid: [
    { name: 'no controller profile', snapshot: validSnapshot({ controller: null }), findings: [controller] },
    {
      name: 'lists what the controller profile lacks',
      snapshot: validSnapshot({
        controller: make.controller({ email: '', registeredAddress: { street: 'Main 1', postalCode: '', city: 'Warsaw', country: 'PL' } }),
      }),
      findings: [{ ...controller, includes: ['registered address, contact e-mail are missing'] }],
    },
    {
      name: 'applies to a policy scope as well',
      snapshot: validSnapshot({ controller: null }),
      options: { activityIds: new Set(['act']) },
      findings: [controller],
    },
  ],
});

testRule(rule('controller-dpo'), {
  valid: [
    {
      name: 'no DPO, with the reason why none is designated',
      snapshot: validSnapshot({
        controller: make.controller({
          dpo: null,
          notApplicable: { dpo: 'No core activity requires one (Art. 37(1)).', representative: 'Established in the EU.' },
        }),
      }),
    },
  ],
  invalid: [
    { name: 'no DPO and no reason', snapshot: validSnapshot({ controller: make.controller({ dpo: null }) }), findings: [controller] },
  ],
});

testRule(rule('controller-representative'), {
  valid: [
    {
      name: 'a US controller with its EU representative',
      snapshot: validSnapshot({
        controller: make.controller({
          registeredAddress: newYork,
          representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
          supervisoryAuthority: ftc,
          notApplicable: {},
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'a US controller with no representative',
      snapshot: validSnapshot({
        controller: make.controller({ registeredAddress: newYork, supervisoryAuthority: ftc, notApplicable: {} }),
      }),
      findings: [controller],
    },
  ],
});

testRule(rule('controller-lead-authority'), {
  valid: [
    {
      name: 'a Swiss controller recording its own authority',
      snapshot: validSnapshot({ recipients: [swissHost], controller: swiss({ name: 'FDPIC', country: 'CH', website: null }) }),
    },
  ],
  invalid: [
    {
      name: 'a Swiss controller recording an EEA authority as its own',
      snapshot: validSnapshot({ recipients: [swissHost], controller: swiss({ name: 'UODO', country: 'PL', website: null }) }),
      findings: [controller],
    },
  ],
});
