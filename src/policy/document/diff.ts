import { createTwoFilesPatch } from 'diff';
import { RECIPIENT_TYPE_LABELS, TRANSFER_MECHANISM_LABELS } from '../../reference/gdpr';
import type { EntityRef, EntityType, RegistrySnapshot } from '../../snapshot/registry-snapshot';
import { countryName, humanizeDuration } from './humanize';
import type { Block, PolicyDocument } from './model';
import { renderPolicy } from './render';

export interface RegistryChange {
  kind: 'added' | 'removed' | 'changed';
  entityType: EntityType;
  entityId: string;
  name: string;
  /** Changed fields (changed only) */
  fields: string[];
  /** The change phrased for the reader: "what changes for you" */
  message: string;
}

export interface PolicyDiff {
  /** Unified diff of the Markdown renderings */
  text: string;
  changes: RegistryChange[];
}

interface Side {
  document: PolicyDocument;
  snapshot: RegistrySnapshot;
  label?: string;
}

type Item = Record<string, unknown> & { id: string; version: number };

const ORDER: EntityType[] = [
  'controller',
  'processing_activity',
  'data_category',
  'recipient',
  'transfer',
  'retention_rule',
  'tracker',
  'security_measure',
  'data_subject_category',
  'service',
];

const COLLECTION: Record<Exclude<EntityType, 'controller'>, keyof RegistrySnapshot> = {
  service: 'services',
  data_category: 'dataCategories',
  data_subject_category: 'dataSubjectCategories',
  recipient: 'recipients',
  transfer: 'transfers',
  retention_rule: 'retentionRules',
  security_measure: 'securityMeasures',
  tracker: 'trackers',
  processing_activity: 'processingActivities',
};

const IGNORED_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt']);

function refsOf(doc: PolicyDocument): EntityRef[] {
  const fromBlock = (b: Block): EntityRef[] => {
    switch (b.kind) {
      case 'paragraph':
        return b.sources;
      case 'list':
        return [...b.sources, ...b.items.flatMap((i) => i.sources)];
      case 'table':
        return [...b.sources, ...b.rows.flatMap((r) => r.sources)];
    }
  };
  return doc.sections.flatMap((s) => s.blocks.flatMap(fromBlock));
}

function lookup(snapshot: RegistrySnapshot, type: EntityType, id: string): Item | undefined {
  if (type === 'controller') return (snapshot.controller ?? undefined) as Item | undefined;
  return (snapshot[COLLECTION[type]] as unknown as Item[]).find((i) => i.id === id);
}

const nameOf = (type: EntityType, item: Item): string =>
  type === 'transfer'
    ? `${countryName(String(item.country))}`
    : type === 'controller'
      ? String(item.legalName)
      : String(item.name ?? item.id);

function describe(kind: RegistryChange['kind'], type: EntityType, item: Item, before: Item | undefined, fields: string[]): string {
  const name = nameOf(type, item);
  switch (type) {
    case 'processing_activity':
      return kind === 'added'
        ? `We now use your data for a new purpose: ${name}. ${String(item.purpose)}`
        : kind === 'removed'
          ? `We no longer use your data for: ${name}.`
          : `What we do for "${name}" changed (${fields.join(', ')}).`;
    case 'recipient':
      return kind === 'added'
        ? `We now share your data with ${name} (${RECIPIENT_TYPE_LABELS[item.type as keyof typeof RECIPIENT_TYPE_LABELS]}, ${countryName(String(item.country))}).`
        : kind === 'removed'
          ? `We no longer share your data with ${name}.`
          : `Details of ${name} changed (${fields.join(', ')}).`;
    case 'transfer':
      return kind === 'added'
        ? `We now transfer your data to ${name}, under: ${TRANSFER_MECHANISM_LABELS[item.mechanism as keyof typeof TRANSFER_MECHANISM_LABELS]}.`
        : kind === 'removed'
          ? `We no longer transfer your data to ${name}.`
          : `The transfer of your data to ${name} now relies on: ${TRANSFER_MECHANISM_LABELS[item.mechanism as keyof typeof TRANSFER_MECHANISM_LABELS]} (${fields.join(', ')} changed).`;
    case 'retention_rule': {
      const period = (i: Item | undefined) => (i?.period ? humanizeDuration(String(i.period)) : String(i?.criteria ?? ''));
      return kind === 'changed'
        ? `We keep data under "${name}" for a different time: was ${period(before)}, now ${period(item)}.`
        : kind === 'added'
          ? `New retention period "${name}": ${period(item)}.`
          : `The retention period "${name}" no longer applies.`;
    }
    case 'data_category':
      return kind === 'added'
        ? `We now process a new kind of data: ${name}.`
        : kind === 'removed'
          ? `We no longer process: ${name}.`
          : `The description of "${name}" changed.`;
    case 'tracker':
      return kind === 'added'
        ? `We now use a new cookie or similar technology: ${name}.`
        : kind === 'removed'
          ? `We no longer use: ${name}.`
          : `The cookie or similar technology "${name}" changed (${fields.join(', ')}).`;
    case 'security_measure':
      return kind === 'added'
        ? `New security measure: ${name}.`
        : kind === 'removed'
          ? `We replaced the security measure: ${name}.`
          : `The security measure "${name}" changed.`;
    case 'controller':
      return `Our details as controller changed (${fields.join(', ')}).`;
    case 'data_subject_category':
    case 'service':
      return kind === 'added'
        ? `This policy now also covers: ${name}.`
        : kind === 'removed'
          ? `This policy no longer covers: ${name}.`
          : `"${name}" was renamed or redescribed.`;
  }
}

function changedFields(a: Item, b: Item): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED_FIELDS.has(k)).sort();
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * What changed between two versions: the text diff of their Markdown, and what changed in the
 * registry entries each version was made from, phrased for the reader.
 */
export function diffPolicies(a: Side, b: Side): PolicyDiff {
  const text = createTwoFilesPatch(a.label ?? 'before', b.label ?? 'after', renderPolicy(a.document, 'md'), renderPolicy(b.document, 'md'));
  const key = (r: { type: EntityType; id: string }) => `${r.type}:${r.id}`;
  const before = new Map(refsOf(a.document).map((r) => [key(r), r]));
  const after = new Map(refsOf(b.document).map((r) => [key(r), r]));
  const changes: RegistryChange[] = [];
  for (const [k, r] of after) {
    const now = lookup(b.snapshot, r.type, r.id);
    if (!now) continue;
    if (!before.has(k)) {
      changes.push({
        kind: 'added',
        entityType: r.type,
        entityId: r.id,
        name: nameOf(r.type, now),
        fields: [],
        message: describe('added', r.type, now, undefined, []),
      });
      continue;
    }
    const then = lookup(a.snapshot, r.type, r.id);
    if (then && then.version !== now.version) {
      const fields = changedFields(then, now);
      if (fields.length > 0)
        changes.push({
          kind: 'changed',
          entityType: r.type,
          entityId: r.id,
          name: nameOf(r.type, now),
          fields,
          message: describe('changed', r.type, now, then, fields),
        });
    }
  }
  for (const [k, r] of before) {
    if (after.has(k)) continue;
    const then = lookup(a.snapshot, r.type, r.id);
    if (then)
      changes.push({
        kind: 'removed',
        entityType: r.type,
        entityId: r.id,
        name: nameOf(r.type, then),
        fields: [],
        message: describe('removed', r.type, then, undefined, []),
      });
  }
  const kindOrder = { added: 0, changed: 1, removed: 2 };
  changes.sort(
    (x, y) =>
      ORDER.indexOf(x.entityType) - ORDER.indexOf(y.entityType) ||
      kindOrder[x.kind] - kindOrder[y.kind] ||
      x.name.localeCompare(y.name) ||
      x.entityId.localeCompare(y.entityId),
  );
  return { text, changes };
}
