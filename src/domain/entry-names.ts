import type { EntityType } from './entity-types';

/**
 * How an entry is named to a person (findings, link summaries, messages): the controller by its legal
 * name, a transfer (which has no name of its own) by where it goes and on what ground, the others by
 * their name. The registry's resource definitions name their items with the same words.
 */
export function entryName(type: EntityType, entry: object): string {
  const item = entry as Readonly<Record<string, unknown>>;
  switch (type) {
    case 'controller':
      return String(item.legalName ?? '');
    case 'transfer':
      return transferName(item as { country?: unknown; mechanism?: unknown });
    case 'service':
    case 'data_category':
    case 'data_subject_category':
    case 'recipient':
    case 'retention_rule':
    case 'security_measure':
    case 'tracker':
    case 'processing_activity':
    case 'collection_point':
      return String(item.name ?? '');
  }
}

/** "Transfer to US (scc)": a transfer's name, in the words `nameSql` of the transfers resource writes in SQL. */
export const transferName = (t: { country?: unknown; mechanism?: unknown }): string =>
  `Transfer to ${String(t.country)} (${String(t.mechanism)})`;
