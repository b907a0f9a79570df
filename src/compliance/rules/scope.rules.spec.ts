import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { findingsInScope } from '../policy-scope';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { SCOPE_RULES } from './scope.rules';

const rule = ruleFrom(SCOPE_RULES);
const applicants = make.dataSubjectCategory({ id: 'applicants', name: 'Job applicants', usesServices: false });
const withApplicants = validSnapshot({ dataSubjectCategories: [make.dataSubjectCategory(), applicants] });

const employees = make.dataSubjectCategory({ id: 'ds', name: 'Employees', usesServices: false });

testRule(rule('data-subject-relationship'), {
  valid: [
    { name: 'people who use the service: "when you use <service>" opens their notice', snapshot: validSnapshot() },
    {
      name: 'employees with their relationship',
      snapshot: validSnapshot({ dataSubjectCategories: [{ ...employees, relationship: 'as our employee' }] }),
    },
  ],
  invalid: [
    {
      name: 'employees with no relationship',
      snapshot: validSnapshot({ dataSubjectCategories: [employees] }),
      findings: [{ entityType: 'data_subject_category', entityId: 'ds', includes: ['"Employees"', 'relationship'] }],
    },
  ],
});

testRule(rule('policy-scope-empty'), {
  valid: [
    { name: 'the whole registry is no policy', snapshot: validSnapshot({ processingActivities: [] }) },
    { name: "a policy of the service's customers", snapshot: withApplicants, options: { activityIds: new Set(['act']), serviceId: 'svc' } },
  ],
  invalid: [
    {
      name: 'an applicants-only policy on a service where no activity concerns them',
      snapshot: withApplicants,
      options: { activityIds: new Set(), serviceId: 'svc', dataSubjectCategoryIds: ['applicants'] },
      findings: [
        {
          entityType: 'data_subject_category',
          entityId: 'applicants',
          includes: ['"Job applicants"', 'on service "Shop"', 'An error', 'Art. 13(1)(c)'],
        },
      ],
    },
    {
      name: 'a policy of a service whose only activity is retired',
      snapshot: validSnapshot({ processingActivities: [make.activity({ status: 'retired', retiredAt: '2026-01-01T00:00:00.000Z' })] }),
      options: { activityIds: new Set(), serviceId: 'svc' },
      findings: [{ entityType: 'service', entityId: 'svc', includes: ['Service "Shop"'] }],
    },
  ],
});

describe('a policy scope', () => {
  it('is checked as the policy module asks: scope from its service and data subjects', () => {
    const scope = { serviceId: 'svc', dataSubjectCategoryIds: ['applicants'], languages: ['en'] as const };
    expect(findingsInScope(withApplicants, scope).map((f) => [f.rule, f.severity, f.entityId])).toEqual([
      ['policy-scope-empty', 'error', 'applicants'],
    ]);
    expect(findingsInScope(withApplicants, { ...scope, dataSubjectCategoryIds: ['ds'] })).toEqual([]);
  });
});
