import { createTwoFilesPatch } from 'diff';
import { canonicalJson } from '../../common/canonical-json';
import type { LegalBasis } from '../../domain/vocabulary';
import type { EntityRef, EntityType } from '../../domain/entity-types';
import type { ProcessingActivity, Recipient, RegistrySnapshot, RetentionRule, Transfer } from '../../domain/registry-snapshot';
import { byNameThenId } from '../../domain/order';
import { humanizeDuration, humanizer } from '../../language/humanize';
import type { PolicyCatalogue } from '../document/i18n/catalogue';
import { policyCatalogue } from '../document/i18n';
import type { Block, PolicyDocument, PolicyScope } from '../document/model';
import { renderPolicy } from '../document/render';
import type { DiffCatalogue } from './i18n/catalogue';
import { en } from './i18n/en';

/** The diff is worded in English, with the notice's country names (British English). */
const english = humanizer('en');

export interface RegistryChange {
  kind: 'added' | 'removed' | 'changed';
  entityType: EntityType;
  entityId: string;
  name: string;
  /** The fields that differ, sorted (changed only) */
  fields: string[];
  /** The change phrased for the reader: "what changes for you" */
  message: string;
}

export interface PolicyDiff {
  /** Unified diff of the two Markdown renderings */
  text: string;
  changes: RegistryChange[];
}

export interface PolicySide {
  document: PolicyDocument;
  /** The registry the document was generated from */
  snapshot: RegistrySnapshot;
  /** File name in the text diff's header, e.g. "version 3" */
  label?: string;
}

// "What changes for you" is English for every notice language so far (issue 13 left it so); a language
// without its own diff catalogue also takes the English policy wording, so that one text never mixes two languages.
const DIFF_CATALOGUES: Partial<Record<PolicyScope['language'], DiffCatalogue>> = { en };
const diffLanguage = (language: string): PolicyScope['language'] =>
  DIFF_CATALOGUES[language as PolicyScope['language']] ? (language as PolicyScope['language']) : 'en';
const diffCatalogue = (language: string): DiffCatalogue => DIFF_CATALOGUES[diffLanguage(language)] ?? en;

/** The order the reader meets the changes in: what we do, with what, with whom, where, how long, then the rest. */
const TYPE_ORDER: readonly EntityType[] = [
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
const KIND_ORDER: Record<RegistryChange['kind'], number> = { added: 0, changed: 1, removed: 2 };
/** Bookkeeping, not what a reader is told: the ref too (a key for the API, in no notice; versions published before refs carry none). */
const META_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'ref']);

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

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

/** Fields whose content differs; compared by value, not by version, so that two imports of one registry compare equal. */
function changedFields(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])]
    .filter((k) => !META_FIELDS.has(k) && canonicalJson(x[k] ?? null) !== canonicalJson(y[k] ?? null))
    .sort(compare);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

class Differ {
  private readonly t: DiffCatalogue;
  private readonly p: PolicyCatalogue;

  constructor(
    private readonly before: RegistrySnapshot,
    private readonly after: RegistrySnapshot,
    language: string,
  ) {
    this.t = diffCatalogue(language);
    this.p = policyCatalogue(diffLanguage(language));
  }

  change(type: EntityType, id: string, usedBefore: boolean, usedAfter: boolean): RegistryChange | null {
    const pick = <T extends { id: string }>(list: (s: RegistrySnapshot) => T[]): [T | undefined, T | undefined] => [
      usedBefore ? list(this.before).find((i) => i.id === id) : undefined,
      usedAfter ? list(this.after).find((i) => i.id === id) : undefined,
    ];
    switch (type) {
      case 'controller': {
        const then = usedBefore ? (this.before.controller ?? undefined) : undefined;
        const now = usedAfter ? (this.after.controller ?? undefined) : undefined;
        return this.compareItems(type, then, now, (c) => c.legalName, {
          added: () => null,
          removed: () => null,
          changed: (_c, _previous, fields) => this.t.controllerChanged(fields.join(', ')),
        });
      }
      case 'processing_activity':
        return this.compareItems(type, ...pick((s) => s.processingActivities), (a) => a.name, {
          added: (a) => this.t.activityAdded(a.name, this.basisOf(a.legalBasis), a.purpose),
          removed: (a) => this.t.activityRemoved(a.name),
          changed: (a, previous, fields) => this.activityChanged(a, previous, fields),
        });
      case 'data_category':
        return this.compareItems(type, ...pick((s) => s.dataCategories), (c) => c.name, {
          added: (c) => this.t.categoryAdded(c.name),
          removed: (c) => this.t.categoryRemoved(c.name),
          changed: (c, _previous, fields) =>
            fields.includes('special') ? this.t.categorySpecial(c.name, c.special) : this.t.categoryOther(c.name),
        });
      case 'recipient':
        return this.compareItems(type, ...pick((s) => s.recipients), (r) => r.name, {
          added: (r) => this.t.recipientAdded(r.name, this.t.recipientType[r.type], english.country(r.country)),
          removed: (r) => this.t.recipientRemoved(r.name),
          changed: (r, previous, fields) => this.recipientChanged(r, previous, fields),
        });
      case 'transfer':
        return this.compareItems(type, ...pick((s) => s.transfers), (tr) => this.transferName(tr), {
          added: (tr) => this.t.transferAdded(english.country(tr.country), this.recipientName(tr), this.t.mechanism[tr.mechanism]),
          removed: (tr) => this.t.transferRemoved(english.country(tr.country), this.recipientName(tr)),
          changed: (tr, previous, fields) =>
            fields.includes('mechanism')
              ? this.t.transferMechanism(
                  english.country(tr.country),
                  this.recipientName(tr),
                  this.t.mechanism[tr.mechanism],
                  this.t.mechanism[previous.mechanism],
                )
              : this.t.transferOther(english.country(tr.country), this.recipientName(tr), fields.join(', ')),
        });
      case 'retention_rule':
        return this.compareItems(type, ...pick((s) => s.retentionRules), (r) => r.name, {
          added: (r) => this.t.retentionAdded(r.name, this.keep(r)),
          removed: (r) => this.t.retentionRemoved(r.name, this.keep(r)),
          changed: (r, previous, fields) =>
            this.keep(r) !== this.keep(previous)
              ? this.t.retentionChanged(r.name, this.keep(r), this.keep(previous))
              : this.t.retentionOther(r.name, fields.join(', ')),
        });
      case 'tracker':
        return this.compareItems(type, ...pick((s) => s.trackers), (tr) => tr.name, {
          added: (tr) => this.t.trackerAdded(this.t.trackerKind[tr.kind], tr.name, tr.purpose),
          removed: (tr) => this.t.trackerRemoved(this.t.trackerKind[tr.kind], tr.name),
          changed: (tr, _previous, fields) => this.t.trackerChanged(this.t.trackerKind[tr.kind], tr.name, fields.join(', ')),
        });
      case 'security_measure':
        return this.compareItems(type, ...pick((s) => s.securityMeasures), (m) => m.name, {
          added: (m) => this.t.measureAdded(m.name),
          removed: (m) => this.t.measureRemoved(m.name),
          changed: (m) => this.t.measureChanged(m.name),
        });
      case 'service':
        return this.compareItems(type, ...pick((s) => s.services), (s) => s.name, this.scopePhrases());
      case 'data_subject_category':
        return this.compareItems(type, ...pick((s) => s.dataSubjectCategories), (d) => d.name, this.scopePhrases());
      case 'collection_point':
        // A form's short notice is not part of the long notice a version diff compares.
        return null;
    }
  }

  private scopePhrases<T extends { name: string }>(): Phrases<T> {
    return {
      added: (x) => this.t.scopeAdded(x.name),
      removed: (x) => this.t.scopeRemoved(x.name),
      changed: (x) => this.t.scopeChanged(x.name),
    };
  }

  private compareItems<T extends { id: string }>(
    type: EntityType,
    then: T | undefined,
    now: T | undefined,
    name: (item: T) => string,
    phrases: Phrases<T>,
  ): RegistryChange | null {
    const entry = (kind: RegistryChange['kind'], item: T, fields: string[], message: string | null): RegistryChange | null =>
      message === null ? null : { kind, entityType: type, entityId: item.id, name: name(item), fields, message };
    if (now && !then) return entry('added', now, [], phrases.added(now));
    if (then && !now) return entry('removed', then, [], phrases.removed(then));
    if (!then || !now) return null;
    const fields = changedFields(then, now);
    return fields.length > 0 ? entry('changed', now, fields, phrases.changed(now, then, fields)) : null;
  }

  private basisOf(basis: LegalBasis | null): string {
    return basis === null ? this.t.noBasis : this.t.basis[basis];
  }

  private activityChanged(a: ProcessingActivity, previous: ProcessingActivity, fields: string[]): string {
    const sentences: string[] = [];
    const rest: string[] = [];
    const added = (now: string[], then: string[]) => now.filter((id) => !then.includes(id));
    const names = <T extends { id: string; name: string }>(items: T[], ids: string[]) =>
      this.t.and(
        items
          .filter((i) => ids.includes(i.id))
          .sort(byNameThenId)
          .map((i) => i.name),
      );
    for (const field of fields) {
      switch (field) {
        case 'legalBasis':
          sentences.push(this.t.activityBasis(a.name, this.basisOf(a.legalBasis), this.basisOf(previous.legalBasis)));
          break;
        case 'purpose':
          sentences.push(this.t.activityPurpose(a.name, a.purpose));
          break;
        case 'legitimateInterest':
          if (a.legitimateInterest) sentences.push(this.t.activityInterest(a.name, a.legitimateInterest));
          break;
        case 'recipientIds': {
          const gained = added(a.recipientIds, previous.recipientIds);
          const lost = added(previous.recipientIds, a.recipientIds);
          if (gained.length > 0) sentences.push(this.t.activityShares(a.name, names(this.after.recipients, gained)));
          if (lost.length > 0) sentences.push(this.t.activityStopsSharing(a.name, names(this.before.recipients, lost)));
          break;
        }
        case 'dataCategoryIds': {
          const gained = added(a.dataCategoryIds, previous.dataCategoryIds);
          const lost = added(previous.dataCategoryIds, a.dataCategoryIds);
          if (gained.length > 0) sentences.push(this.t.activityCollects(a.name, names(this.after.dataCategories, gained)));
          if (lost.length > 0) sentences.push(this.t.activityStopsCollecting(a.name, names(this.before.dataCategories, lost)));
          break;
        }
        case 'retentionRuleId': {
          const rule = this.after.retentionRules.find((r) => r.id === a.retentionRuleId);
          if (rule) sentences.push(this.t.activityRetention(a.name, rule.name));
          else rest.push(field);
          break;
        }
        case 'profiling':
          sentences.push(this.t.activityProfiling(a.name, a.profiling));
          break;
        case 'automatedDecision':
          if ((a.automatedDecision === null) !== (previous.automatedDecision === null))
            sentences.push(this.t.activityAutomatedDecision(a.name, a.automatedDecision !== null));
          else rest.push(field);
          break;
        default:
          rest.push(field);
      }
    }
    if (rest.length > 0) sentences.push(this.t.activityOther(a.name, rest.join(', ')));
    return sentences.join(' ');
  }

  private recipientChanged(r: Recipient, previous: Recipient, fields: string[]): string {
    const sentences: string[] = [];
    const rest = fields.filter((f) => f !== 'country' && f !== 'type' && !(f === 'privacyPolicyUrl' && r.privacyPolicyUrl));
    if (fields.includes('country'))
      sentences.push(this.t.recipientCountry(r.name, english.country(r.country), english.country(previous.country)));
    if (fields.includes('type')) sentences.push(this.t.recipientNewType(r.name, this.t.recipientType[r.type]));
    if (fields.includes('privacyPolicyUrl') && r.privacyPolicyUrl) sentences.push(this.t.recipientPolicy(r.name, r.privacyPolicyUrl));
    if (rest.length > 0) sentences.push(this.t.recipientOther(r.name, rest.join(', ')));
    return sentences.join(' ');
  }

  private recipientName(transfer: Transfer): string {
    return (
      this.after.recipients.find((r) => r.id === transfer.recipientId)?.name ??
      this.before.recipients.find((r) => r.id === transfer.recipientId)?.name ??
      transfer.recipientId
    );
  }

  private transferName(transfer: Transfer): string {
    return `${english.country(transfer.country)} (${this.recipientName(transfer)})`;
  }

  /** How long a rule keeps data, as the reader would say it: "for 5 years after the contract ends". */
  private keep(rule: RetentionRule): string {
    if (rule.period) return this.t.retentionPeriod(humanizeDuration(rule.period), this.p.retentionTrigger[rule.trigger]).trim();
    return lowerFirst(rule.criteria.trim().replace(/\.$/, ''));
  }
}

interface Phrases<T> {
  /** null: the change is not worth telling the reader */
  added(item: T): string | null;
  removed(item: T): string | null;
  changed(item: T, previous: T, fields: string[]): string | null;
}

/**
 * What changed between two versions of a policy: the unified diff of their Markdown, and the
 * registry entries either version was made from that were added, removed or changed, each phrased
 * for the reader. Only entries a policy used count, so a change elsewhere in the registry is silent.
 */
export function diffPolicies(a: PolicySide, b: PolicySide): PolicyDiff {
  const text = createTwoFilesPatch(a.label ?? 'before', b.label ?? 'after', renderPolicy(a.document, 'md'), renderPolicy(b.document, 'md'));
  const key = (r: EntityRef) => `${r.type}\u0000${r.id}`;
  const used = new Map<string, { type: EntityType; id: string; before: boolean; after: boolean }>();
  for (const r of refsOf(a.document)) used.set(key(r), { type: r.type, id: r.id, before: true, after: false });
  for (const r of refsOf(b.document)) {
    const entry = used.get(key(r));
    if (entry) entry.after = true;
    else used.set(key(r), { type: r.type, id: r.id, before: false, after: true });
  }
  const differ = new Differ(a.snapshot, b.snapshot, b.document.language);
  const changes = [...used.values()]
    .map((u) => differ.change(u.type, u.id, u.before, u.after))
    .filter((c): c is RegistryChange => c !== null)
    .sort(
      (x, y) =>
        TYPE_ORDER.indexOf(x.entityType) - TYPE_ORDER.indexOf(y.entityType) ||
        KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
        compare(x.name, y.name) ||
        compare(x.entityId, y.entityId),
    );
  return { text, changes };
}
