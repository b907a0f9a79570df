/**
 * Rule tests as tables, the way ESLint's RuleTester has them: for one rule, snapshots it accepts
 * (`valid`) and snapshots it flags (`invalid`) with the findings it gives. Each case runs through the
 * whole engine, so a valid case proves no rule fires at all and an invalid one that this rule fires
 * on the given entities and no other rule does.
 */
import { describe, expect, it } from '@jest/globals';
import type { EntityType } from '../../domain/entity-types';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { checkCompliance, COMPLIANCE_RULES } from '../compliance';
import type { ComplianceOptions, Finding } from '../finding';
import type { Rule } from '../rule';

export interface ValidCase {
  name: string;
  snapshot: RegistrySnapshot;
  /** How the snapshot is checked, when a rule needs more than the whole registry (a policy's scope or languages) */
  options?: ComplianceOptions;
}

export interface ExpectedFinding {
  entityType: EntityType | 'policy';
  entityId: string;
  /** Text the message contains */
  includes?: readonly string[];
  /** Text the message does not contain */
  excludes?: readonly string[];
  /** The whole message, when a case pins it */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  findings: readonly ExpectedFinding[];
}

export interface RuleTable {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

/** The texts a message may name its entity by: the names in the snapshot, or the controller profile. */
function namesIn(snapshot: RegistrySnapshot, entityType: EntityType | 'policy', options?: ComplianceOptions): string[] {
  return [
    options?.policyTitle?.title,
    snapshot.controller?.legalName,
    ...snapshot.processingActivities.map((a) => a.name),
    ...snapshot.recipients.map((r) => r.name),
    ...snapshot.trackers.map((t) => t.name),
    ...snapshot.dataCategories.map((c) => c.name),
    // A finding on a service or on data subjects (a policy's scope) names them.
    ...(entityType === 'data_subject_category' ? snapshot.dataSubjectCategories.map((c) => c.name) : []),
    ...(entityType === 'service' ? snapshot.services.map((s) => s.name) : []),
    ...(entityType === 'collection_point' ? snapshot.collectionPoints.map((p) => p.name) : []),
    'controller profile',
  ].filter((n): n is string => Boolean(n));
}

function checkMessage(finding: Finding, expected: ExpectedFinding): void {
  if (expected.message !== undefined) expect(finding.message).toBe(expected.message);
  for (const text of expected.includes ?? []) expect(finding.message).toContain(text);
  for (const text of expected.excludes ?? []) expect(finding.message).not.toContain(text);
}

/**
 * Binds the rules of one rule file, so that a spec beside it names its rules by id: `const rule = ruleFrom(ACTIVITY_RULES)`, then `rule('activity-purpose')`.
 * A spec can only test the rules of the file it sits beside.
 */
export function ruleFrom(rules: readonly Rule[]): (id: string) => Rule {
  return (id) => {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new Error(`No rule ${id} in this rule file (${rules.map((r) => r.id).join(', ')})`);
    return rule;
  };
}

/** Generates the Jest cases of one rule: at least one valid and one invalid case each. */
export function testRule(rule: Rule, { valid, invalid }: RuleTable): void {
  if (valid.length === 0 || invalid.length === 0) throw new Error(`${rule.id}: give at least one valid and one invalid case`);
  describe(rule.id, () => {
    it.each(valid)('valid: $name', ({ snapshot, options }) => {
      expect(checkCompliance(snapshot, options)).toEqual([]);
    });

    it.each(invalid)('invalid: $name', ({ snapshot, options, findings: expected }) => {
      const { id, severity, article, description } = rule;
      const law = rule.law ?? 'gdpr';
      expect(COMPLIANCE_RULES).toContainEqual({ id, severity, article, law, description });
      const findings = checkCompliance(snapshot, options);
      expect(findings).toEqual(
        expected.map(({ entityType, entityId }) => ({
          rule: id,
          severity,
          article,
          law,
          entityType,
          entityId,
          // The finding names its entry: the controller and a policy have no ref, every other entry has one; a profile not yet written, no name.
          entityRef: entityType === 'controller' || entityType === 'policy' ? null : expect.any(String),
          entityName: entityType === 'controller' && snapshot.controller === null ? null : expect.any(String),
          message: expect.any(String),
        })),
      );
      // The first finding names its entity (a transfer to a recipient that is gone has no name to give).
      const named = namesIn(snapshot, findings[0].entityType, options).some((n) => findings[0].message.includes(n));
      expect({ rule: id, named }).toEqual({ rule: id, named: true });
      findings.forEach((finding, i) => checkMessage(finding, expected[i]));
    });
  });
}
