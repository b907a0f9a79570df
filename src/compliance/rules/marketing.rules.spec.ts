import type { ProcessingActivity } from '../../domain/registry-snapshot';
import { withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { MARKETING_RULES } from './marketing.rules';

const rule = ruleFrom(MARKETING_RULES);
const act = { entityType: 'processing_activity', entityId: 'act' } as const;
/** Offers to our customers on our legitimate interests (Art. 6(1)(f)), by the given channels. */
const offers = (o: Partial<ProcessingActivity>) =>
  withActivity({
    name: 'Offers to customers',
    legalBasis: 'art6_1_f',
    legitimateInterest: 'Telling our customers about products like those they bought',
    directMarketing: true,
    ...o,
  });
const softOptIn = {
  saleContext: true,
  similarProducts: true,
  objection: 'An unsubscribe link in every e-mail, and a box to tick at checkout.',
};
const newsletter = {
  name: 'a newsletter by e-mail on consent',
  snapshot: withActivity({
    legalBasis: 'art6_1_a',
    consentMechanism: 'A box to tick when signing up.',
    consentWithdrawal: 'The unsubscribe link in every e-mail.',
    directMarketing: true,
    marketingChannels: ['email'],
  }),
};

testRule(rule('direct-marketing-channel'), {
  valid: [newsletter, { name: 'catalogues by post on legitimate interests', snapshot: offers({ marketingChannels: ['post'] }) }],
  invalid: [
    {
      name: 'direct marketing with no channel recorded',
      snapshot: offers({ marketingChannels: [] }),
      findings: [{ ...act, includes: ['marketingChannels'] }],
    },
  ],
});

testRule(rule('direct-marketing-soft-opt-in'), {
  valid: [
    newsletter,
    { name: 'e-mail to customers with the soft opt-in', snapshot: offers({ marketingChannels: ['email', 'post'], softOptIn }) },
    { name: 'phone calls need no soft opt-in under the Directive', snapshot: offers({ marketingChannels: ['phone'] }) },
  ],
  invalid: [
    {
      name: 'e-mail on legitimate interests with no soft opt-in',
      snapshot: offers({ marketingChannels: ['email'] }),
      findings: [{ ...act, includes: ['by email', 'softOptIn', 'Art. 13(1)'] }],
    },
    {
      name: 'SMS about products other than those the customer bought',
      snapshot: offers({ marketingChannels: ['sms'], softOptIn: { ...softOptIn, similarProducts: false } }),
      findings: [{ ...act, includes: ['softOptIn.similarProducts'], excludes: ['softOptIn.saleContext', 'softOptIn.objection'] }],
    },
  ],
});
