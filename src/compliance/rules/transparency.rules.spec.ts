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
      findings: [act],
    },
  ],
});

testRule(rule('activity-requirement'), {
  valid: [{ name: 'no requirement, recorded as such', snapshot: withActivity({ requirement: { kind: 'none', consequences: null } }) }],
  invalid: [{ name: 'the requirement not recorded', snapshot: withActivity({ requirement: null }), findings: [act] }],
});

testRule(rule('children-minimum-age'), {
  valid: [
    {
      name: 'no minimum age where no one in scope uses our services',
      snapshot: validSnapshot({
        controller: make.controller({ minimumAge: null }),
        dataSubjectCategories: [make.dataSubjectCategory({ name: 'Employees', usesServices: false })],
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

testRule(rule('tracker-joint-controller'), {
  valid: [
    {
      name: 'the provider recorded as a joint controller, its name spelt otherwise',
      snapshot: withPixel([jointController({ name: ' ads platform ltd' })], ['jc']),
    },
    {
      name: 'asks no joint-controller record of a first-party or strictly necessary tracker',
      snapshot: validSnapshot({
        trackers: [
          make.tracker({ party: 'third', provider: 'CDN Ltd' }),
          make.tracker({ id: 'trk2', party: 'first', category: 'strictly_necessary' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the provider recorded as a processor',
      snapshot: withPixel([jointController({ type: 'processor' })], ['jc']),
      findings: [{ entityType: 'tracker', entityId: 'trk' }],
    },
  ],
});

describe('transparency rules', () => {
  it('takes browser settings or image blocking alone as no withdrawal, but not when a channel of ours is offered too', () => {
    expect(browserOnlyWithdrawal('Disable automatic image loading in your e-mail program.')).toBe(true);
    expect(browserOnlyWithdrawal('Use the privacy extension of your browser.')).toBe(true);
    expect(browserOnlyWithdrawal('Click the unsubscribe link, or block images.')).toBe(false);
    expect(browserOnlyWithdrawal('Switch the option off in the app settings.')).toBe(false);
    expect(browserOnlyWithdrawal(null)).toBe(false);
  });
});
