import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { checkCompliance } from '../compliance';
import { consentActivity, jointController, only, withPixel } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { TRACKER_RULES } from './tracker.rules';

const rule = ruleFrom(TRACKER_RULES);
const trk = { entityType: 'tracker', entityId: 'trk' } as const;

testRule(rule('tracker-consent'), {
  valid: [
    {
      name: 'an analytics tracker on a consent activity',
      snapshot: validSnapshot({
        processingActivities: [make.activity(), consentActivity],
        trackers: [make.tracker({ category: 'analytics', processingActivityId: 'mkt' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'an analytics tracker on no activity',
      snapshot: validSnapshot({ trackers: [make.tracker({ category: 'analytics' })] }),
      findings: [trk],
    },
    {
      name: 'says why a tracker is not covered by consent: legitimate interests',
      snapshot: validSnapshot({
        processingActivities: [
          make.activity(),
          make.activity({ id: 'li', name: 'Analytics', legalBasis: 'art6_1_f', legitimateInterest: 'Statistics' }),
        ],
        trackers: [make.tracker({ category: 'analytics', processingActivityId: 'li' })],
      }),
      findings: [{ ...trk, includes: ['"Analytics"', 'legitimate interests, not consent'] }],
    },
    {
      name: 'says why a tracker is not covered by consent: a draft activity',
      snapshot: validSnapshot({
        processingActivities: [make.activity(), { ...consentActivity, status: 'draft' }],
        trackers: [make.tracker({ category: 'functional', processingActivityId: 'mkt' })],
      }),
      findings: [{ ...trk, includes: ['draft, not an active activity'] }],
    },
  ],
});

testRule(rule('tracker-duration'), {
  valid: [
    { name: 'a pixel, which stores nothing', snapshot: validSnapshot({ trackers: [make.tracker({ kind: 'pixel', duration: null })] }) },
  ],
  invalid: [
    {
      name: 'a cookie with no duration',
      snapshot: validSnapshot({ trackers: [make.tracker({ duration: null })] }),
      findings: [{ ...trk, includes: ['An error', 'Planet49'] }],
    },
    {
      name: 'an SDK with a blank duration',
      snapshot: validSnapshot({ trackers: [make.tracker({ kind: 'sdk', duration: ' ' })] }),
      findings: [trk],
    },
  ],
});

testRule(rule('tracker-provider-recipient'), {
  valid: [
    { name: 'the provider recorded as joint controller of the activity', snapshot: withPixel([jointController()], ['jc']) },
    {
      name: 'asks nothing of a third-party functional tracker',
      snapshot: validSnapshot({ trackers: [make.tracker({ party: 'third', provider: 'CDN Ltd', category: 'strictly_necessary' })] }),
    },
  ],
  invalid: [
    {
      name: 'a provider named but recorded nowhere on the activity',
      snapshot: withPixel([], ['rcp']),
      findings: [
        { ...trk, includes: ['"Ads Platform Ltd" is not a recorded recipient of "Marketing"', 'An error', 'may be a joint controller'] },
      ],
    },
    {
      name: 'the provider recorded, but on another activity',
      snapshot: withPixel([jointController()], ['rcp']),
      findings: [trk],
    },
  ],
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
      name: 'the provider recorded as a processor: a judgement call',
      snapshot: withPixel([jointController({ type: 'processor' })], ['jc']),
      findings: [{ ...trk, includes: ['A warning, a judgement on the facts'] }],
    },
  ],
});

describe('tracker rules', () => {
  it('checks in a policy scope the trackers of its service, of its activities, or the ones it is given', () => {
    const snapshot = validSnapshot({
      trackers: [
        make.tracker({ id: 'on-svc', category: 'marketing', serviceIds: ['svc'] }),
        make.tracker({ id: 'elsewhere', category: 'marketing', serviceIds: ['other'] }),
      ],
      services: [make.service(), make.service({ id: 'other', name: 'Blog', slug: 'blog' })],
    });
    const trackersFlagged = (options: Parameters<typeof checkCompliance>[1]) => checkCompliance(snapshot, options).map((f) => f.entityId);
    const activityIds = new Set(['act']);
    expect(trackersFlagged({ activityIds })).toEqual([]);
    expect(trackersFlagged({ activityIds, serviceId: 'svc' })).toEqual(['on-svc']);
    expect(trackersFlagged({ activityIds, serviceId: null })).toEqual(['elsewhere', 'on-svc']);
    expect(trackersFlagged({ activityIds, trackerIds: new Set(['elsewhere']) })).toEqual(['elsewhere']);
    expect(only(checkCompliance(snapshot), 'tracker-consent')).toHaveLength(2);
  });
});
