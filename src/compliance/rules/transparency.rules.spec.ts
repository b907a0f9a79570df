import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { jointController, withActivity, withPixel } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { browserOnlyWithdrawal, TRANSPARENCY_RULES } from './transparency.rules';

const rule = ruleFrom(TRANSPARENCY_RULES);
const act = { entityType: 'processing_activity', entityId: 'act' } as const;
const jc = { entityType: 'recipient', entityId: 'jc' } as const;
const recordedJointController = { name: 'a joint controller fully recorded', snapshot: withPixel([jointController()], ['jc']) };

testRule(rule('consent-withdrawal'), {
  valid: [
    {
      name: 'how consent is withdrawn, recorded',
      snapshot: withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Tick box on the form.',
        consentWithdrawal: 'Untick it in your account.',
      }),
    },
  ],
  invalid: [
    {
      name: 'consent with no withdrawal',
      snapshot: withActivity({ legalBasis: 'art6_1_a', consentMechanism: 'Tick box on the form.' }),
      findings: [act],
    },
  ],
});

testRule(rule('consent-withdrawal-browser-only'), {
  valid: [
    {
      name: 'a channel of ours besides the browser',
      snapshot: withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Cookie banner.',
        consentWithdrawal: 'Reopen the cookie panel from the footer link, or block images in your browser.',
      }),
    },
  ],
  invalid: [
    {
      name: 'browser settings and image blocking alone',
      snapshot: withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Cookie banner.',
        consentWithdrawal: 'Block images in your e-mail program or change your browser settings.',
      }),
      findings: [{ ...act, includes: ['An error', 'as easy as giving consent'] }],
    },
    {
      name: 'location sharing switched off in the device or browser alone',
      snapshot: withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'You switch location sharing on in your device or browser.',
        consentWithdrawal: 'Switch location sharing off in your device or browser.',
      }),
      findings: [act],
    },
  ],
});

const consentWithout = (consentWithdrawal: string) =>
  withActivity({ legalBasis: 'art6_1_a', consentMechanism: 'Cookie banner.', consentWithdrawal, requirement: null });
const fIn = { legalBasis: 'art6_1_f', legitimateInterest: 'Keeping the site secure' } as const;

testRule(rule('activity-requirement-contract-or-law'), {
  valid: [
    {
      name: 'a contract with its requirement',
      snapshot: withActivity({ requirement: { kind: 'contractual', consequences: 'No delivery.' } }),
    },
    { name: 'consent with none recorded: the notice says it is voluntary', snapshot: consentWithout('Unsubscribe link.') },
  ],
  invalid: [
    {
      name: 'a contract with none recorded',
      snapshot: withActivity({ requirement: null }),
      findings: [{ ...act, includes: ['a contract', 'An error'] }],
    },
    {
      name: 'a legal obligation with none recorded',
      snapshot: withActivity({ legalBasis: 'art6_1_c', legalObligation: 'VAT Act', legalObligationJurisdiction: 'PL', requirement: null }),
      findings: [{ ...act, includes: ['a legal obligation'] }],
    },
  ],
});

testRule(rule('activity-requirement'), {
  valid: [
    {
      name: 'legitimate interests, none required, recorded as such',
      snapshot: withActivity({ ...fIn, requirement: { kind: 'none', consequences: null } }),
    },
  ],
  invalid: [
    {
      name: 'legitimate interests with nothing recorded',
      snapshot: withActivity({ ...fIn, requirement: null }),
      findings: [{ ...act, includes: ['A warning'] }],
    },
  ],
});

testRule(rule('children-minimum-age'), {
  valid: [
    {
      name: 'no minimum age where no one in scope uses our services',
      snapshot: validSnapshot({
        controller: make.controller({ minimumAge: null }),
        dataSubjectCategories: [make.dataSubjectCategory({ name: 'Employees', usesServices: false, relationship: 'as our employee' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'users in scope and no minimum age',
      snapshot: validSnapshot({ controller: make.controller({ minimumAge: null }) }),
      findings: [{ entityType: 'controller', entityId: 'controller' }],
    },
  ],
});

testRule(rule('joint-controller-arrangement'), {
  valid: [
    recordedJointController,
    {
      name: 'checks joint controllers only when an activity in scope uses them',
      snapshot: validSnapshot({ recipients: [make.recipient(), make.recipient({ id: 'jc', type: 'joint_controller' })] }),
    },
  ],
  invalid: [{ name: 'no arrangement', snapshot: withPixel([jointController({ jointArrangement: null })], ['jc']), findings: [jc] }],
});

testRule(rule('joint-controller-contact-point'), {
  valid: [recordedJointController],
  invalid: [{ name: 'a blank contact point', snapshot: withPixel([jointController({ contactPoint: ' ' })], ['jc']), findings: [jc] }],
});

describe('transparency rules', () => {
  it('takes browser settings or image blocking alone as no withdrawal, but not when a channel of ours is offered too', () => {
    expect(browserOnlyWithdrawal('Disable automatic image loading in your e-mail program.')).toBe(true);
    expect(browserOnlyWithdrawal('Use the privacy extension of your browser.')).toBe(true);
    expect(browserOnlyWithdrawal('Click the unsubscribe link, or block images.')).toBe(false);
    expect(browserOnlyWithdrawal('Switch the option off in the app settings.')).toBe(false);
    expect(browserOnlyWithdrawal('Switch location sharing off in your device or browser.')).toBe(true);
    expect(browserOnlyWithdrawal('Delete or block cookies in your browser.')).toBe(true);
    expect(browserOnlyWithdrawal('Write to us, or change the cookie settings on the website or in your browser.')).toBe(false);
    expect(browserOnlyWithdrawal('Use the "Cookie settings" link at the foot of every page, or your browser.')).toBe(false);
    expect(browserOnlyWithdrawal(null)).toBe(false);
  });
});
