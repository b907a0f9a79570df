/**
 * The engine: the catalogue and how findings are gathered and ordered. Each rule's own cases are in
 * the spec beside its rule file (rules/*.rules.spec.ts), as valid/invalid tables (testing/rule-tester.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../snapshot/testing/snapshot-factory';
import { checkCompliance, checkComplianceInTurns, COMPLIANCE_RULES } from './compliance';

const RULES_DIR = join(process.cwd(), 'src/compliance/rules');

/** The rule ids the specs beside the rule files give tables for: `testRule(rule('<id>'), …)`. */
function rulesWithTables(): string[] {
  return readdirSync(RULES_DIR)
    .filter((file) => file.endsWith('.rules.spec.ts'))
    .flatMap((file) => [...readFileSync(join(RULES_DIR, file), 'utf8').matchAll(/testRule\(\s*rule\('([a-z0-9-]+)'\)/g)].map((m) => m[1]));
}

describe('COMPLIANCE_RULES', () => {
  it('lists each rule once, with a kebab-case id, a severity, an article and a description', () => {
    const ids = COMPLIANCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of COMPLIANCE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.article).toMatch(/Art\. \d/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  it('is listed rule by rule in the README rule table', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const missing = COMPLIANCE_RULES.filter((r) => !readme.includes(`| \`${r.id}\``)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has a table of firing and passing cases for every rule, beside its rule file', () => {
    expect(rulesWithTables().sort()).toEqual(COMPLIANCE_RULES.map((r) => r.id).sort());
  });
});

describe('checkCompliance', () => {
  it('finds nothing in a complete registry', () => {
    expect(checkCompliance(validSnapshot())).toEqual([]);
  });

  it('orders by severity, then rule, then entity, whatever the order of the registry', () => {
    const snapshot = validSnapshot({
      controller: make.controller({ dpo: null }),
      processingActivities: [
        make.activity({ id: 'b', securityMeasureIds: [] }),
        make.activity({ id: 'a', securityMeasureIds: [], dataSubjectCategoryIds: [] }),
      ],
    });
    const findings = checkCompliance(snapshot);
    expect(findings.map((f) => [f.severity, f.rule, f.entityId])).toEqual([
      ['error', 'activity-data-subjects', 'a'],
      ['error', 'activity-security', 'a'],
      ['error', 'activity-security', 'b'],
      ['warning', 'controller-dpo', 'controller'],
    ]);
    const reversed = { ...snapshot, processingActivities: [...snapshot.processingActivities].reverse() };
    expect(checkCompliance(reversed)).toEqual(findings);
  });

  it('names the entry of each finding: its ref and name, the controller by its legal name and no ref', () => {
    const snapshot = validSnapshot({
      controller: make.controller({ dpo: null, legalName: 'Acme S.A.' }),
      processingActivities: [make.activity({ id: 'a', ref: 'newsletter', name: 'Newsletter', securityMeasureIds: [] })],
      transfers: [make.transfer({ id: 't', ref: 'to-us', mechanism: 'derogation', derogation: null })],
    });
    const named = checkCompliance(snapshot).map((f) => [f.entityType, f.entityId, f.entityRef, f.entityName]);
    expect(named).toContainEqual(['processing_activity', 'a', 'newsletter', 'Newsletter']);
    expect(named).toContainEqual(['controller', 'controller', null, 'Acme S.A.']);
    expect(named).toContainEqual(['transfer', 't', 'to-us', 'Transfer to US (derogation)']);
  });

  it('rejects an onDate that is not a date', () => {
    expect(() => checkCompliance(validSnapshot(), { onDate: 'yesterday' })).toThrow(RangeError);
  });
});

describe('checkComplianceInTurns', () => {
  it('finds what checkCompliance finds, in the same order, pausing after the context and after each rule', async () => {
    const snapshot = validSnapshot({
      controller: make.controller({ dpo: null }),
      processingActivities: [
        make.activity({ id: 'b', securityMeasureIds: [] }),
        make.activity({ id: 'a', securityMeasureIds: [], dataSubjectCategoryIds: [] }),
      ],
      transfers: [make.transfer({ id: 't', mechanism: 'derogation', derogation: null })],
    });
    let pauses = 0;
    const findings = await checkComplianceInTurns(snapshot, {}, async () => {
      pauses += 1;
    });
    expect(findings.length).toBeGreaterThan(4);
    expect(findings).toEqual(checkCompliance(snapshot));
    // One pause once the context is built, then one after each rule that runs under the registry's law (GDPR
    // here; the rules of UK and Swiss law alone do not run).
    expect(pauses).toBeGreaterThan(COMPLIANCE_RULES.length / 2);
    expect(pauses).toBeLessThanOrEqual(COMPLIANCE_RULES.length + 1);
  });
});
