import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { COLLECTION_POINT_RULES } from './collection-point.rules';

const rule = ruleFrom(COLLECTION_POINT_RULES);

testRule(rule('collection-point-purposes'), {
  valid: [
    { name: 'no collection point', snapshot: validSnapshot() },
    {
      name: "a form serving an active activity of its service, asking for that activity's data",
      snapshot: validSnapshot({ collectionPoints: [make.collectionPoint({ dataCategoryIds: ['cat'] })] }),
    },
  ],
  invalid: [
    {
      name: 'a form serving no activity',
      snapshot: validSnapshot({ collectionPoints: [make.collectionPoint({ processingActivityIds: [] })] }),
      findings: [{ entityType: 'collection_point', entityId: 'form' }],
    },
    {
      name: 'a form serving a draft activity',
      snapshot: validSnapshot({
        processingActivities: [make.activity({ status: 'draft' })],
        collectionPoints: [make.collectionPoint()],
      }),
      findings: [{ entityType: 'collection_point', entityId: 'form' }],
    },
    {
      name: 'a form of another service than its activity',
      snapshot: validSnapshot({
        services: [make.service(), make.service({ id: 'svc-2', ref: 'svc-2', slug: 'blog', name: 'Blog' })],
        collectionPoints: [make.collectionPoint({ serviceId: 'svc-2' })],
      }),
      findings: [{ entityType: 'collection_point', entityId: 'form' }],
    },
    {
      name: 'a form asking for data none of its activities uses',
      snapshot: validSnapshot({
        dataCategories: [make.dataCategory(), make.dataCategory({ id: 'cat-2', ref: 'cat-2', name: 'Shoe size' })],
        collectionPoints: [make.collectionPoint({ dataCategoryIds: ['cat', 'cat-2'] })],
      }),
      findings: [{ entityType: 'collection_point', entityId: 'form' }],
    },
  ],
});
