import { describe, expect, it } from '@jest/globals';
import { ConflictError, UnprocessableError } from './errors';
import { echoMismatches, throwEchoMismatches } from './read-only-echo';

const stored = {
  id: '6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11',
  version: 3,
  createdAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: '2026-02-01T00:00:00.000Z',
  dataCategories: [{ id: 'c1', ref: 'contact', name: 'Contact details' }],
  retentionRule: null,
};

describe('echoMismatches: the read-only members a body carried back, against the item as stored', () => {
  it('finds nothing when every member is as stored (timestamps compared as instants)', () => {
    const echo = {
      id: stored.id,
      version: 3,
      createdAt: '2026-01-02T03:04:05.678Z',
      updatedAt: '2026-02-01T00:00:00.000+00:00',
      dataCategories: [{ name: 'Contact details', ref: 'contact', id: 'c1' }],
      retentionRule: null,
    };
    expect(echoMismatches(echo, stored)).toEqual({ stale: null, differing: [] });
  });

  it('finds nothing in an empty echo', () => {
    expect(echoMismatches({}, stored)).toEqual({ stale: null, differing: [] });
  });

  it('names an older version as stale, apart from the other members', () => {
    const found = echoMismatches({ version: 2 }, stored);
    expect(found.stale?.path).toBe('version');
    expect(found.stale?.message).toMatch(/current version 3/);
    expect(found.differing).toEqual([]);
  });

  it('names each other member that differs, with what is stored and the hint', () => {
    const found = echoMismatches(
      {
        id: '00000000-0000-4000-8000-000000000000',
        createdAt: '2020-01-01T00:00:00.000Z',
        updatedAt: 'yesterday',
        dataCategories: [{ id: 'c2', ref: 'identity', name: 'Identity' }],
        retentionRule: { id: 'r1' },
      },
      stored,
      { dataCategories: 'change dataCategoryIds to change the links' },
    );
    expect(found.stale).toBeNull();
    expect(found.differing.map((e) => e.path)).toEqual(['id', 'createdAt', 'updatedAt', 'dataCategories', 'retentionRule']);
    expect(found.differing[0].message).toContain(stored.id);
    expect(found.differing[3].message).toMatch(/read-only.*change dataCategoryIds/);
  });

  it('refuses a timestamp that is not text, and a summary whose name alone changed', () => {
    const found = echoMismatches(
      { createdAt: stored.createdAt.getTime(), dataCategories: [{ id: 'c1', ref: 'contact', name: 'Contact' }] },
      stored,
    );
    expect(found.differing.map((e) => e.path)).toEqual(['createdAt', 'dataCategories']);
  });
});

describe('throwEchoMismatches', () => {
  it('answers 409 for a stale version before anything else', () => {
    expect(() => throwEchoMismatches({ stale: { path: 'version', message: 'old' }, differing: [{ path: 'id', message: 'x' }] })).toThrow(
      ConflictError,
    );
  });

  it('answers 422 naming the members that differ', () => {
    let thrown: unknown;
    try {
      throwEchoMismatches({ stale: null, differing: [{ path: 'id', message: 'x' }] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnprocessableError);
    expect((thrown as UnprocessableError).errors).toEqual([{ path: 'id', message: 'x' }]);
  });

  it('lets an echo that matches through', () => {
    expect(() => throwEchoMismatches({ stale: null, differing: [] })).not.toThrow();
  });
});
