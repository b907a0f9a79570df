import { describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { Refs1796600000000, refsUpgrade } from './1796600000000-Refs';

describe('Refs1796600000000', () => {
  it('gives existing entries the slug of their name, numbered in the order they were created', async () => {
    const updates = new Map<string, { ids: string[]; refs: string[] }>();
    const rows: Record<string, Record<string, unknown>[]> = {
      data_category: [
        { id: 'c1', name: 'Contact details' },
        { id: 'c2', name: 'Contact details' },
        { id: 'c3', name: 'Łódź' },
      ],
      transfer: [
        { id: 't1', country: 'US', mechanism: 'scc' },
        { id: 't2', country: 'US', mechanism: 'scc' },
      ],
    };
    const statements: string[] = [];
    const runner = {
      query: async (sql: string, parameters?: unknown[]) => {
        statements.push(sql);
        const select = /^SELECT .* FROM "(\w+)" ORDER BY "created_at", "id"$/.exec(sql);
        if (select) return rows[select[1]] ?? [];
        const update = /^UPDATE "(\w+)"/.exec(sql);
        if (update) updates.set(update[1], { ids: parameters?.[0] as string[], refs: parameters?.[1] as string[] });
        return [];
      },
    } as unknown as QueryRunner;
    await new Refs1796600000000().up(runner);
    expect(updates.get('data_category')).toEqual({ ids: ['c1', 'c2', 'c3'], refs: ['contact-details', 'contact-details-2', 'lodz'] });
    expect(updates.get('transfer')).toEqual({ ids: ['t1', 't2'], refs: ['transfer-to-us-scc', 'transfer-to-us-scc-2'] });
    // Empty tables are not updated; every table gets its NOT NULL and unique index.
    expect([...updates.keys()].sort()).toEqual(['data_category', 'transfer']);
    expect(statements.filter((s) => s.startsWith('CREATE UNIQUE INDEX'))).toHaveLength(9);
  });

  describe('events written before it', () => {
    it('read with the slug of the name as their ref (a transfer: of where it goes)', () => {
      expect(upgradeAfterState({ name: 'Contact details' }, 'data_category', [refsUpgrade])).toEqual({
        name: 'Contact details',
        ref: 'contact-details',
      });
      expect(upgradeAfterState({ country: 'US', mechanism: 'dpf' }, 'transfer', [refsUpgrade]).ref).toBe('transfer-to-us-dpf');
    });

    it('keep the ref an event written after it holds, and leave the controller without one', () => {
      expect(upgradeAfterState({ name: 'Contact details', ref: 'cat-contact' }, 'data_category', [refsUpgrade]).ref).toBe('cat-contact');
      expect(upgradeAfterState({ legalName: 'Acme' }, 'controller', [refsUpgrade])).toEqual({ legalName: 'Acme' });
    });
  });
});
