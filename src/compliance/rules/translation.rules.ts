import { EVERY_LAW } from '../finding';
import { COLLECTION_OF } from '../../snapshot/as-of';
import { baseLanguage, localizeSnapshot } from '../../snapshot/localize';
import type { EntityType } from '../../domain/entity-types';
import type { Rule, RuleContext, RuleHit } from '../rule';
import { translationAsked } from './translation-printed';

const LABELS: Record<EntityType, string> = {
  controller: 'Controller profile',
  service: 'Service',
  data_category: 'Data category',
  data_subject_category: 'Data subject category',
  recipient: 'Recipient',
  transfer: 'Transfer',
  retention_rule: 'Retention rule',
  security_measure: 'Security measure',
  tracker: 'Tracker',
  processing_activity: 'Processing activity',
  collection_point: 'Collection point',
};

const languageName = (code: string): string => new Intl.DisplayNames('en', { type: 'language' }).of(code) ?? code;

/**
 * The entries whose texts reach the notice of the scope, keyed `type:id`: the controller, the policy's
 * service, the activities in scope with their data, data subjects, recipients, transfers, retention
 * rules and security measures, and the trackers shown with their data.
 */
function entriesReachingNotice(ctx: RuleContext): Set<string> {
  const keys = new Set<string>();
  const add = (type: EntityType, ids: Iterable<string | null>) => {
    for (const id of ids) if (id !== null) keys.add(`${type}:${id}`);
  };
  if (ctx.snapshot.controller) add('controller', [ctx.snapshot.controller.id]);
  if (ctx.serviceId !== null) add('service', [ctx.serviceId]);
  for (const a of ctx.controllerActivities) {
    add('processing_activity', [a.id]);
    add('data_category', a.dataCategoryIds);
    add('data_subject_category', a.dataSubjectCategoryIds);
    add('recipient', a.recipientIds);
    add('retention_rule', [a.retentionRuleId, ...a.retentionByCategory.map((r) => r.retentionRuleId)]);
    add('security_measure', a.securityMeasureIds);
  }
  add(
    'transfer',
    ctx.transfers.filter((t) => keys.has(`recipient:${t.recipientId}`)).map((t) => t.id),
  );
  for (const t of ctx.trackers) {
    add('tracker', [t.id]);
    add('data_category', t.dataCategoryIds);
  }
  return keys;
}

/** The entry itself, for the conditions under which a notice prints its texts. */
function entryOf(ctx: RuleContext, type: EntityType, id: string): unknown {
  if (type === 'controller') return ctx.snapshot.controller;
  return (ctx.snapshot[COLLECTION_OF[type]] as readonly { id: string }[]).find((item) => item.id === id);
}

/** The entry as a DPO knows it: `Processing activity "Live chat"`, `Transfer to "Meta" in US`. */
function subjectOf(ctx: RuleContext, type: EntityType, id: string): string {
  if (type === 'controller') return `${LABELS[type]} "${ctx.snapshot.controller?.legalName ?? id}"`;
  if (type === 'transfer') {
    const transfer = ctx.snapshot.transfers.find((t) => t.id === id);
    const recipient = transfer ? ctx.byId.recipients.get(transfer.recipientId) : undefined;
    return transfer ? `Transfer to "${recipient?.name ?? transfer.recipientId}" in ${transfer.country}` : `Transfer ${id}`;
  }
  const items = ctx.snapshot[COLLECTION_OF[type]] as readonly { id: string; name?: string }[];
  return `${LABELS[type]} "${items.find((item) => item.id === id)?.name ?? id}"`;
}

/** Art. 12(1): a notice is intelligible to its readers, so a notice in a language says everything in it, never silently in another. */
export const TRANSLATION_RULES: readonly Rule[] = [
  {
    id: 'translation-missing',
    alsoUnder: EVERY_LAW,
    severity: 'error',
    article: 'Art. 12(1)',
    description:
      "Every registry text that reaches a policy has a translation into each of the policy's languages other than the registry's own (the controller's `language`).",
    check: (ctx) => {
      if (ctx.languages.length === 0) return [];
      const reaching = entriesReachingNotice(ctx);
      const baseCode = baseLanguage(ctx.snapshot);
      const base = languageName(baseCode);
      const title = ctx.policyTitle;
      const titleHits: RuleHit[] = title
        ? ctx.languages
            .filter((language) => language !== baseCode && !title.translated[language]?.trim())
            .map((language) => ({
              entityType: 'policy' as const,
              entityId: title.policyId,
              message:
                `Policy "${title.title}" has no ${language} translation of its title (translations.${language}.title); ` +
                `a ${language} notice cannot open with the ${base} title.`,
            }))
        : [];
      return titleHits.concat(
        ctx.languages.flatMap((language) =>
          localizeSnapshot(ctx.snapshot, language)
            .missing.filter(
              (m) =>
                reaching.has(`${m.entityType}:${m.entityId}`) &&
                translationAsked(m.entityType, m.field, entryOf(ctx, m.entityType, m.entityId)),
            )
            .map((m) => ({
              entityType: m.entityType,
              entityId: m.entityId,
              message:
                `${subjectOf(ctx, m.entityType, m.entityId)} has no ${language} translation of ${m.field}; ` +
                `a ${language} notice cannot use the ${base} text.`,
            })),
        ),
      );
    },
  },
];
