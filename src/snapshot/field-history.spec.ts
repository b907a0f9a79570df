import { describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { AUDIT_UPGRADES, MIGRATIONS } from '../../migrations';
import { upgradeAfterState } from '../domain/audit-upgrade';
import { ENTITY_TYPES } from '../domain/entity-types';
import { FIELD_HISTORY } from './field-history';

const TABLES: Record<(typeof ENTITY_TYPES)[number], string> = {
  controller: 'controller_profile',
  service: 'service',
  data_category: 'data_category',
  data_subject_category: 'data_subject_category',
  recipient: 'recipient',
  transfer: 'transfer',
  retention_rule: 'retention_rule',
  security_measure: 'security_measure',
  tracker: 'tracker',
  processing_activity: 'processing_activity',
  collection_point: 'collection_point',
};

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The columns each table has after the first migration, read from the statements it runs. */
async function initialColumns(): Promise<Map<string, Set<string>>> {
  const statements: string[] = [];
  const recorder = { query: async (sql: string) => void statements.push(sql) } as unknown as QueryRunner;
  await new MIGRATIONS[0]().up(recorder);
  const columns = new Map<string, Set<string>>();
  for (const sql of statements) {
    const table = /^CREATE TABLE "(\w+)" \((.*)\)$/s.exec(sql);
    if (table) columns.set(table[1], new Set([...table[2].matchAll(/(?:^|, )"(\w+)" /g)].map((m) => m[1])));
  }
  return columns;
}

const cases = ENTITY_TYPES.flatMap((type) =>
  Object.entries(FIELD_HISTORY[type] as Record<string, string>).map(([field, origin]) => ({ type, field, origin })),
);

describe('FIELD_HISTORY: the migration of every registry field', () => {
  it('names, as the first migration, only fields whose column it creates', async () => {
    const columns = await initialColumns();
    const initial = cases.filter((c) => c.origin === MIGRATIONS[0].name);
    expect(initial.length).toBeGreaterThan(50);
    for (const { type, field } of initial)
      expect(`${type}.${field}: ${columns.get(TABLES[type])?.has(snake(field))}`).toBe(`${type}.${field}: true`);
  });

  it('names, for every later field, a migration whose upgrade gives events written before it a value', () => {
    const later = cases.filter((c) => c.origin !== MIGRATIONS[0].name);
    expect(later.length).toBeGreaterThan(10);
    for (const { type, field, origin } of later) {
      const upgrade = AUDIT_UPGRADES.find((u) => u.migration === origin);
      expect(`${type}.${field}: ${upgrade?.migration}`).toBe(`${type}.${field}: ${origin}`);
      const upgraded = upgradeAfterState({ id: 'x' }, type, upgrade ? [upgrade] : []);
      expect(`${type}.${field}: ${upgraded[field] === undefined ? 'missing' : 'given'}`).toBe(`${type}.${field}: given`);
    }
  });

  it('lists the upgrades in the order of their migrations', () => {
    const order = MIGRATIONS.map((m) => m.name);
    const positions = AUDIT_UPGRADES.map((u) => order.indexOf(u.migration));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
