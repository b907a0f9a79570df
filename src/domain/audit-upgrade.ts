import type { EntityType } from './entity-types';

/** An entry's after-state as an audit event holds it: the snapshot item's shape of the day it was written. */
export type AfterState = Record<string, unknown>;

/**
 * How an audit event written before a migration reads in the shape that migration left. The trail keeps
 * every event as written (its hash covers it); replaying it as of a past instant reads each one through
 * the upgrades of the migrations that came after. Each upgrade sits beside its migration, with its test.
 */
export interface AuditUpgrade {
  /** The migration's name, as TypeORM records it */
  migration: string;
  /** Per entity type: each field the migration added, and the value it has in an event written before */
  added: Partial<Record<EntityType, AfterState>>;
  /** Per entity type: a field the migration reshaped, read in its new shape (an after-state already in it is returned as it is) */
  reshaped?: Partial<Record<EntityType, (after: AfterState) => AfterState>>;
}

/** The after-state read through every upgrade, in migration order; fields present are kept as they are. */
export function upgradeAfterState(after: AfterState, type: EntityType, upgrades: readonly AuditUpgrade[]): AfterState {
  let state = after;
  for (const upgrade of upgrades) {
    const added = upgrade.added[type];
    if (added) {
      const missing = Object.entries(added).filter(([field]) => state[field] === undefined);
      if (missing.length > 0) state = { ...state, ...Object.fromEntries(missing) };
    }
    const reshape = upgrade.reshaped?.[type];
    if (reshape) state = reshape(state);
  }
  return state;
}
