import { adequacyDecisionInForce, isInEea, lapsedAdequacyDecision } from '../reference/gdpr';
import type { EntityType, ProcessingActivity, RegistrySnapshot, Tracker, Transfer } from '../snapshot/registry-snapshot';

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: string;
  severity: Severity;
  article: string;
  entityType: EntityType;
  entityId: string;
  message: string;
}

export interface ComplianceOptions {
  /** Restricts activity-level rules (and the recipients, transfers, trackers they use) to a policy's scope */
  activityIds?: ReadonlySet<string>;
  /** With activityIds: the policy's service, whose trackers are checked too */
  serviceId?: string | null;
  /** Day the adequacy decisions are judged on; defaults to the snapshot's instant */
  onDate?: string;
}

interface Context {
  snapshot: RegistrySnapshot;
  onDate: string;
  /** Active controller/joint-controller activities in scope: what the notice speaks of */
  activities: ProcessingActivity[];
  /** Active processor activities (Art. 30(2) record); empty when scoped to a policy */
  processorActivities: ProcessingActivity[];
  transfers: Transfer[];
  trackers: Tracker[];
  ids: Map<string, { type: EntityType; name: string }>;
}

interface Rule {
  id: string;
  severity: Severity;
  article: string;
  description: string;
  check(ctx: Context): Omit<Finding, 'rule' | 'severity' | 'article'>[];
}

const SAFEGUARD_MECHANISMS = new Set(['scc', 'bcr', 'code_of_conduct', 'certification']);

const activityFinding = (a: ProcessingActivity, message: string) => ({
  entityType: 'processing_activity' as const,
  entityId: a.id,
  message: `${a.name}: ${message}`,
});

function recipientName(ctx: Context, id: string): string {
  return ctx.snapshot.recipients.find((r) => r.id === id)?.name ?? id;
}

/** The rule catalogue: stable ids, the article each enforces, and a pure check of the snapshot. */
const RULES: Rule[] = [
  {
    id: 'controller-identity',
    severity: 'error',
    article: 'Art. 13(1)(a), 30(1)(a)',
    description: 'The controller profile exists, with name, registered address, contact e-mail and supervisory authority.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      if (!c)
        return [
          {
            entityType: 'controller',
            entityId: 'controller',
            message: 'No controller profile: PUT /api/v1/controller with the identity and contact details.',
          },
        ];
      const missing = [
        !c.legalName && 'legal name',
        !c.email && 'e-mail',
        !c.registeredAddress?.city && 'registered address',
        !c.supervisoryAuthority?.name && 'supervisory authority',
      ].filter(Boolean);
      return missing.length > 0
        ? [{ entityType: 'controller', entityId: c.id, message: `The controller profile lacks: ${missing.join(', ')}.` }]
        : [];
    },
  },
  {
    id: 'controller-dpo',
    severity: 'warning',
    article: 'Art. 13(1)(b), 37',
    description: 'A DPO is given, or declared not applicable with a reason.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      return c && !c.dpo && !c.notApplicable?.dpo
        ? [{ entityType: 'controller', entityId: c.id, message: 'No DPO and no reason why none is designated (notApplicable.dpo).' }]
        : [];
    },
  },
  {
    id: 'controller-representative',
    severity: 'error',
    article: 'Art. 27, 13(1)(a)',
    description: 'A controller established outside the EEA names its EU representative, or says why none is needed.',
    check: ({ snapshot }) => {
      const c = snapshot.controller;
      if (!c || isInEea(c.registeredAddress.country) || c.representative || c.notApplicable?.representative) return [];
      return [
        {
          entityType: 'controller',
          entityId: c.id,
          message:
            'The controller is established outside the EEA but names no EU representative (or a reason in notApplicable.representative).',
        },
      ];
    },
  },
  {
    id: 'activity-data-subjects',
    severity: 'error',
    article: 'Art. 30(1)(c)',
    description: 'Each active activity names at least one category of data subjects.',
    check: (ctx) =>
      ctx.activities.filter((a) => a.dataSubjectCategoryIds.length === 0).map((a) => activityFinding(a, 'no data subject category.')),
  },
  {
    id: 'activity-data-categories',
    severity: 'error',
    article: 'Art. 30(1)(c), 14(1)(d)',
    description: 'Each active activity names at least one category of personal data.',
    check: (ctx) => ctx.activities.filter((a) => a.dataCategoryIds.length === 0).map((a) => activityFinding(a, 'no data category.')),
  },
  {
    id: 'activity-retention',
    severity: 'error',
    article: 'Art. 30(1)(f), 13(2)(a)',
    description:
      'Each active activity has a retention rule (general or per data category for all its categories), or retention declared not applicable with a reason.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => {
          if (a.retentionRuleId || a.notApplicable.retention) return false;
          const covered = new Set(a.retentionByCategory.map((r) => r.dataCategoryId));
          return a.dataCategoryIds.length === 0 || a.dataCategoryIds.some((id) => !covered.has(id));
        })
        .map((a) =>
          activityFinding(a, 'no retention rule covers its data (set retentionRuleId, retentionByCategory, or notApplicable.retention).'),
        ),
  },
  {
    id: 'activity-security',
    severity: 'error',
    article: 'Art. 30(1)(g), 32(1)',
    description: 'Each active activity lists its security measures, or declares them not applicable with a reason.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => a.securityMeasureIds.length === 0 && !a.notApplicable.securityMeasures)
        .map((a) => activityFinding(a, 'no security measures.')),
  },
  {
    id: 'legitimate-interest-stated',
    severity: 'error',
    article: 'Art. 13(1)(d), 6(1)(f)',
    description: 'An activity on legitimate interests states the interest pursued.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => a.legalBasis === 'art6_1_f' && !a.legitimateInterest?.trim())
        .map((a) => activityFinding(a, 'relies on legitimate interests but does not state them.')),
  },
  {
    id: 'legal-obligation-named',
    severity: 'error',
    article: 'Art. 6(1)(c), 6(3)',
    description: 'An activity on a legal obligation names the law that imposes it.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => a.legalBasis === 'art6_1_c' && !a.legalObligation?.trim())
        .map((a) => activityFinding(a, 'relies on a legal obligation but does not name the law.')),
  },
  {
    id: 'consent-mechanism',
    severity: 'error',
    article: 'Art. 6(1)(a), 7',
    description: 'An activity on consent says how consent is given and withdrawn.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => a.legalBasis === 'art6_1_a' && !a.consentMechanism?.trim())
        .map((a) => activityFinding(a, 'relies on consent but records no consent mechanism.')),
  },
  {
    id: 'special-category-condition',
    severity: 'error',
    article: 'Art. 9(2)',
    description: 'An activity processing special-category data names its Art. 9(2) condition.',
    check: (ctx) => {
      const special = new Set(ctx.snapshot.dataCategories.filter((c) => c.special).map((c) => c.id));
      return ctx.activities
        .filter((a) => !a.specialCategoryCondition && a.dataCategoryIds.some((id) => special.has(id)))
        .map((a) => activityFinding(a, 'processes special-category data without an Art. 9(2) condition.'));
    },
  },
  {
    id: 'criminal-data-authorisation',
    severity: 'error',
    article: 'Art. 10',
    description: 'An activity processing criminal-offence data names the authority or law that allows it.',
    check: (ctx) => {
      const criminal = new Set(ctx.snapshot.dataCategories.filter((c) => c.criminal).map((c) => c.id));
      return ctx.activities
        .filter((a) => !a.criminalDataAuthorisation?.trim() && a.dataCategoryIds.some((id) => criminal.has(id)))
        .map((a) => activityFinding(a, 'processes criminal-offence data without an Art. 10 authorisation.'));
    },
  },
  {
    id: 'recipient-transfer-missing',
    severity: 'error',
    article: 'Art. 44, 30(1)(e), 13(1)(f)',
    description: 'A recipient outside the EEA used by an active activity has a transfer recorded.',
    check: (ctx) => {
      const used = new Set(ctx.activities.concat(ctx.processorActivities).flatMap((a) => a.recipientIds));
      return ctx.snapshot.recipients
        .filter((r) => used.has(r.id) && !isInEea(r.country) && !ctx.snapshot.transfers.some((t) => t.recipientId === r.id))
        .map((r) => ({
          entityType: 'recipient' as const,
          entityId: r.id,
          message: `${r.name} (${r.country}) is outside the EEA but no transfer is recorded for it.`,
        }));
    },
  },
  {
    id: 'transfer-adequacy',
    severity: 'error',
    article: 'Art. 45',
    description:
      'A transfer relying on an adequacy decision goes to a country with a decision in force on the date (for the US: a DPF-certified recipient).',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => t.mechanism === 'adequacy')
        .flatMap((t) => {
          const decision = adequacyDecisionInForce(t.country, ctx.onDate);
          if (!decision) {
            const lapsed = lapsedAdequacyDecision(t.country, ctx.onDate);
            const why = lapsed
              ? `the adequacy decision it relied on (${lapsed.name}, ${lapsed.decision}) ended on ${lapsed.validUntil}${lapsed.endedBy ? ` (${lapsed.endedBy})` : ''}`
              : `there is no adequacy decision for ${t.country}`;
            return [
              {
                entityType: 'transfer' as const,
                entityId: t.id,
                message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}): ${why}; choose another mechanism.`,
              },
            ];
          }
          const recipient = ctx.snapshot.recipients.find((r) => r.id === t.recipientId);
          if (decision.requiresCertification && !recipient?.dpfCertified) {
            return [
              {
                entityType: 'transfer' as const,
                entityId: t.id,
                message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}): ${decision.name} covers only certified organisations and the recipient is not certified.`,
              },
            ];
          }
          return [];
        }),
  },
  {
    id: 'transfer-dpf',
    severity: 'error',
    article: 'Art. 45, Decision (EU) 2023/1795',
    description: 'A Data Privacy Framework transfer goes to a DPF-certified recipient in the United States.',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => t.mechanism === 'dpf')
        .filter(
          (t) =>
            t.country !== 'US' ||
            !ctx.snapshot.recipients.find((r) => r.id === t.recipientId)?.dpfCertified ||
            !adequacyDecisionInForce('US', ctx.onDate),
        )
        .map((t) => ({
          entityType: 'transfer' as const,
          entityId: t.id,
          message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}) relies on the Data Privacy Framework, which covers only certified recipients in the US.`,
        })),
  },
  {
    id: 'transfer-scc-module',
    severity: 'error',
    article: 'Art. 46(2)(c), Decision (EU) 2021/914',
    description: 'A transfer under standard contractual clauses names the module used.',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => t.mechanism === 'scc' && t.sccModule == null)
        .map((t) => ({
          entityType: 'transfer' as const,
          entityId: t.id,
          message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}) uses SCCs without naming the module (1-4).`,
        })),
  },
  {
    id: 'transfer-derogation-ground',
    severity: 'error',
    article: 'Art. 49(1)',
    description: 'A transfer under a derogation names its Art. 49(1) ground.',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => t.mechanism === 'derogation' && t.derogation == null)
        .map((t) => ({
          entityType: 'transfer' as const,
          entityId: t.id,
          message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}) relies on a derogation without naming the Art. 49(1) ground.`,
        })),
  },
  {
    id: 'transfer-copy-of-safeguards',
    severity: 'warning',
    article: 'Art. 13(1)(f), 14(1)(f)',
    description: 'People can learn how to obtain a copy of the safeguards of an Art. 46/47 transfer.',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => SAFEGUARD_MECHANISMS.has(t.mechanism) && !t.copyAvailable && !t.copyInstructions)
        .map((t) => ({
          entityType: 'transfer' as const,
          entityId: t.id,
          message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}): the notice cannot say how to obtain a copy of the safeguards.`,
        })),
  },
  {
    id: 'transfer-inside-eea',
    severity: 'warning',
    article: 'Art. 44',
    description: 'A transfer recorded to an EEA country is not a Chapter V transfer.',
    check: (ctx) =>
      ctx.transfers
        .filter((t) => isInEea(t.country))
        .map((t) => ({
          entityType: 'transfer' as const,
          entityId: t.id,
          message: `Transfer to ${recipientName(ctx, t.recipientId)} (${t.country}): ${t.country} is in the EEA, so no transfer mechanism is needed.`,
        })),
  },
  {
    id: 'transfer-country-mismatch',
    severity: 'warning',
    article: 'Art. 30(1)(e)',
    description: "A transfer's destination is the recipient's country.",
    check: (ctx) =>
      ctx.transfers.flatMap((t) => {
        const recipient = ctx.snapshot.recipients.find((r) => r.id === t.recipientId);
        return recipient && recipient.country !== t.country
          ? [
              {
                entityType: 'transfer' as const,
                entityId: t.id,
                message: `Transfer to ${recipient.name}: destination ${t.country} differs from the recipient's country ${recipient.country}.`,
              },
            ]
          : [];
      }),
  },
  {
    id: 'automated-decision-information',
    severity: 'error',
    article: 'Art. 13(2)(f), 22',
    description: 'Automated decision-making comes with meaningful information about its logic and significance.',
    check: (ctx) =>
      ctx.activities
        .filter((a) => a.automatedDecision && (!a.automatedDecision.logic?.trim() || !a.automatedDecision.significance?.trim()))
        .map((a) => activityFinding(a, 'automated decision-making without its logic and significance.')),
  },
  {
    id: 'tracker-consent',
    severity: 'error',
    article: 'ePrivacy Art. 5(3), GDPR Art. 6(1)(a)',
    description: 'A tracker that is not strictly necessary serves an active consent-based activity.',
    check: (ctx) =>
      ctx.trackers
        .filter((t) => t.category !== 'strictly_necessary')
        .filter((t) => {
          const activity = ctx.snapshot.processingActivities.find((a) => a.id === t.processingActivityId);
          return !activity || activity.legalBasis !== 'art6_1_a' || activity.status !== 'active';
        })
        .map((t) => ({
          entityType: 'tracker' as const,
          entityId: t.id,
          message: `${t.name} (${t.category}) needs consent but is not tied to an active consent-based activity.`,
        })),
  },
  {
    id: 'processor-on-behalf-of',
    severity: 'error',
    article: 'Art. 30(2)(a)',
    description: 'A processor-role activity names the controller it serves.',
    check: (ctx) =>
      ctx.processorActivities
        .filter((a) => !a.onBehalfOf?.trim())
        .map((a) => activityFinding(a, 'processor activity without the controller it serves (onBehalfOf).')),
  },
  {
    id: 'dangling-reference',
    severity: 'error',
    article: 'Art. 30(1)',
    description: 'An active activity refers only to items that exist.',
    check: (ctx) =>
      ctx.activities.concat(ctx.processorActivities).flatMap((a) => {
        const refs = [
          ...a.dataSubjectCategoryIds,
          ...a.dataCategoryIds,
          ...a.recipientIds,
          ...a.securityMeasureIds,
          ...a.serviceIds,
          ...(a.retentionRuleId ? [a.retentionRuleId] : []),
          ...a.retentionByCategory.flatMap((r) => [r.dataCategoryId, r.retentionRuleId]),
        ];
        const missing = [...new Set(refs.filter((id) => !ctx.ids.has(id)))];
        return missing.length > 0 ? [activityFinding(a, `refers to items that do not exist: ${missing.join(', ')}.`)] : [];
      }),
  },
  {
    id: 'dpia-incomplete',
    severity: 'warning',
    article: 'Art. 35',
    description: 'A required data protection impact assessment is completed.',
    check: (ctx) =>
      ctx.activities
        .concat(ctx.processorActivities)
        .filter((a) => a.dpia?.required && a.dpia.status !== 'completed')
        .map((a) => activityFinding(a, `a DPIA is required and is ${a.dpia?.status.replace('_', ' ')}.`)),
  },
];

/** The catalogue, for the README and Swagger. */
export const COMPLIANCE_RULES: readonly Omit<Rule, 'check'>[] = RULES.map(({ check: _check, ...rule }) => rule);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Every finding of the snapshot (or of a policy's scope), in a stable order. */
export function checkCompliance(snapshot: RegistrySnapshot, options: ComplianceOptions = {}): Finding[] {
  const inScope = (a: ProcessingActivity) => !options.activityIds || options.activityIds.has(a.id);
  const activities = snapshot.processingActivities.filter((a) => a.status === 'active' && a.role !== 'processor' && inScope(a));
  const processorActivities = options.activityIds
    ? []
    : snapshot.processingActivities.filter((a) => a.status === 'active' && a.role === 'processor');
  const usedRecipients = new Set(activities.concat(processorActivities).flatMap((a) => a.recipientIds));
  const activityIds = new Set(activities.map((a) => a.id));
  const ids = new Map<string, { type: EntityType; name: string }>();
  const collections: [EntityType, { id: string; name?: string }[]][] = [
    ['service', snapshot.services],
    ['data_category', snapshot.dataCategories],
    ['data_subject_category', snapshot.dataSubjectCategories],
    ['recipient', snapshot.recipients],
    ['retention_rule', snapshot.retentionRules],
    ['security_measure', snapshot.securityMeasures],
  ];
  for (const [type, items] of collections) for (const item of items) ids.set(item.id, { type, name: item.name ?? item.id });
  const ctx: Context = {
    snapshot,
    onDate: options.onDate ?? snapshot.asOf,
    activities,
    processorActivities,
    transfers: options.activityIds ? snapshot.transfers.filter((t) => usedRecipients.has(t.recipientId)) : snapshot.transfers,
    trackers: options.activityIds
      ? snapshot.trackers.filter(
          (t) =>
            (t.processingActivityId && activityIds.has(t.processingActivityId)) ||
            (options.serviceId ? t.serviceIds.includes(options.serviceId) : false),
        )
      : snapshot.trackers,
    ids,
  };
  const findings = RULES.flatMap((rule) =>
    rule.check(ctx).map((f) => ({ rule: rule.id, severity: rule.severity, article: rule.article, ...f })),
  );
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      a.entityType.localeCompare(b.entityType) ||
      a.entityId.localeCompare(b.entityId),
  );
}
