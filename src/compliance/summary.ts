import type { EntityType } from '../domain/entity-types';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import type { Finding } from './finding';

/** How many entries of each kind the record holds; activities split by status. */
export interface RecordCounts {
  services: number;
  dataSubjectCategories: number;
  dataCategories: number;
  recipients: number;
  transfers: number;
  retentionRules: number;
  securityMeasures: number;
  trackers: number;
  activeProcessingActivities: number;
  retiredProcessingActivities: number;
}

/** One entry that has findings, named as a DPO knows it. */
export interface EntryHealth {
  entityType: EntityType | 'policy';
  entityId: string;
  /** Its ref (null for the controller and a policy) */
  entityRef: string | null;
  name: string;
  errors: number;
  warnings: number;
  /** The rules it breaks, errors first */
  rules: string[];
}

/** One policy: can it be published now, and if not, what stops it. */
export interface PolicyHealth {
  id: string;
  title: string;
  publishable: boolean;
  errors: number;
  warnings: number;
  /** The errors in its scope (every language), each naming its entry: what to fix before publishing */
  blockedBy: { rule: string; entityType: EntityType | 'policy'; entityId: string; entityRef: string | null; name: string }[];
}

export interface RecordHealth {
  counts: RecordCounts;
  errors: number;
  warnings: number;
  /** Entries with errors first, then with warnings; by name within each */
  entries: EntryHealth[];
  policies: PolicyHealth[];
}

/** The name of an entry in the snapshot: what the DPO typed, or how a transfer is known ("LiveChat, Inc. (US)"). */
export function entryName(
  snapshot: RegistrySnapshot,
  type: EntityType | 'policy',
  id: string,
  policyTitles: ReadonlyMap<string, string>,
): string {
  switch (type) {
    case 'policy':
      return policyTitles.get(id) ?? id;
    case 'controller':
      return snapshot.controller?.legalName ?? 'Controller profile';
    case 'transfer': {
      const transfer = snapshot.transfers.find((t) => t.id === id);
      const recipient = transfer && snapshot.recipients.find((r) => r.id === transfer.recipientId);
      return transfer ? `${recipient?.name ?? 'Transfer'} (${transfer.country})` : id;
    }
    default: {
      const collections: Record<Exclude<EntityType, 'controller' | 'transfer'>, readonly { id: string; name: string }[]> = {
        service: snapshot.services,
        data_category: snapshot.dataCategories,
        data_subject_category: snapshot.dataSubjectCategories,
        recipient: snapshot.recipients,
        retention_rule: snapshot.retentionRules,
        security_measure: snapshot.securityMeasures,
        tracker: snapshot.trackers,
        processing_activity: snapshot.processingActivities,
        collection_point: snapshot.collectionPoints,
      };
      return collections[type].find((item) => item.id === id)?.name ?? id;
    }
  }
}

/**
 * The record's health for the first screen a DPO opens: what it holds, which entries have errors or
 * warnings (by name), and which policy each error keeps from being published.
 */
export function recordHealth(
  snapshot: RegistrySnapshot,
  findings: readonly Finding[],
  policies: readonly { id: string; title: string; findings: readonly Finding[] }[],
): RecordHealth {
  const titles = new Map(policies.map((p) => [p.id, p.title]));
  const name = (type: EntityType | 'policy', id: string) => entryName(snapshot, type, id, titles);
  const byEntry = new Map<string, EntryHealth>();
  for (const f of findings) {
    const key = `${f.entityType}:${f.entityId}`;
    const entry = byEntry.get(key) ?? {
      entityType: f.entityType,
      entityId: f.entityId,
      entityRef: f.entityRef,
      name: name(f.entityType, f.entityId),
      errors: 0,
      warnings: 0,
      rules: [],
    };
    if (f.severity === 'error') entry.errors += 1;
    else entry.warnings += 1;
    if (!entry.rules.includes(f.rule)) entry.rules.push(f.rule);
    byEntry.set(key, entry);
  }
  const entries = [...byEntry.values()].sort(
    (a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.name.localeCompare(b.name) || a.entityId.localeCompare(b.entityId),
  );
  const severityFirst = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  for (const entry of entries) {
    const rank = new Map(findings.filter((f) => f.entityId === entry.entityId).map((f) => [f.rule, severityFirst(f)]));
    entry.rules.sort((a, b) => (rank.get(a) ?? 1) - (rank.get(b) ?? 1) || a.localeCompare(b));
  }
  const activities = snapshot.processingActivities;
  return {
    counts: {
      services: snapshot.services.length,
      dataSubjectCategories: snapshot.dataSubjectCategories.length,
      dataCategories: snapshot.dataCategories.length,
      recipients: snapshot.recipients.length,
      transfers: snapshot.transfers.length,
      retentionRules: snapshot.retentionRules.length,
      securityMeasures: snapshot.securityMeasures.length,
      trackers: snapshot.trackers.length,
      activeProcessingActivities: activities.filter((a) => a.status === 'active').length,
      retiredProcessingActivities: activities.filter((a) => a.status !== 'active').length,
    },
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    entries,
    policies: policies.map((policy) => {
      const errors = policy.findings.filter((f) => f.severity === 'error');
      const seen = new Set<string>();
      return {
        id: policy.id,
        title: policy.title,
        publishable: errors.length === 0,
        errors: errors.length,
        warnings: policy.findings.length - errors.length,
        blockedBy: errors
          .filter((f) => {
            // A text missing in two languages is one thing to fix per entry and rule.
            const key = `${f.rule}:${f.entityType}:${f.entityId}`;
            return !seen.has(key) && seen.add(key);
          })
          .map((f) => ({
            rule: f.rule,
            entityType: f.entityType,
            entityId: f.entityId,
            entityRef: f.entityRef,
            name: name(f.entityType, f.entityId),
          })),
      };
    }),
  };
}
