import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { checkCompliance } from '../compliance';
import { consentActivity, only } from '../testing/fixtures';
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
    { name: 'a cookie with no duration', snapshot: validSnapshot({ trackers: [make.tracker({ duration: null })] }), findings: [trk] },
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
