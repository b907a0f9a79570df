import { activitiesInScope } from '../../snapshot/scope';
import type { Rule, RuleHit } from '../rule';

export const COLLECTION_POINT_RULES: readonly Rule[] = [
  {
    id: 'collection-point-purposes',
    severity: 'warning',
    article: 'Art. 13(1)(c), 5(1)(c)',
    description:
      "A collection point serves active activities of its own service's notice, and each data category it asks for is used by one of them: its notice at collection can then state the purpose and basis of everything it collects.",
    check: (ctx) => {
      const hits: RuleHit[] = [];
      const serviceId = ctx.policyScope?.serviceId ?? null;
      for (const point of ctx.snapshot.collectionPoints.filter((p) => serviceId === null || p.serviceId === serviceId)) {
        const hit = (message: string) => hits.push({ entityType: 'collection_point', entityId: point.id, message });
        const stated = new Map(
          activitiesInScope(ctx.snapshot, { serviceId: point.serviceId, dataSubjectCategoryIds: [] }).map((a) => [a.id, a]),
        );
        if (point.processingActivityIds.length === 0)
          hit(`Collection point "${point.name}" serves no processing activity: its notice could state no purpose (processingActivityIds).`);
        for (const id of point.processingActivityIds.filter((a) => !stated.has(a))) {
          const name = ctx.snapshot.processingActivities.find((a) => a.id === id)?.name ?? id;
          hit(
            `Collection point "${point.name}": "${name}" is not an active activity of its service, so that service's notice does not state it and the form's notice is refused until it does.`,
          );
        }
        const used = new Set(point.processingActivityIds.flatMap((id) => stated.get(id)?.dataCategoryIds ?? []));
        for (const id of point.dataCategoryIds.filter((c) => !used.has(c))) {
          const name = ctx.snapshot.dataCategories.find((c) => c.id === id)?.name ?? id;
          hit(
            `Collection point "${point.name}" asks for "${name}", which none of its activities uses: record what it is for, or stop asking for it (Art. 5(1)(c)).`,
          );
        }
      }
      return hits;
    },
  },
];
