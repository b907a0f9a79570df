import type { ProcessingActivity, Recipient } from '../domain/registry-snapshot';
import { importerRole, sccModuleFor, type TransferParty } from './gdpr';

export type SccModule = 1 | 2 | 3 | 4;

/** We export as a processor for a processor-role activity, as a controller otherwise. */
export const exporterRole = (activity: Pick<ProcessingActivity, 'role'>): TransferParty =>
  activity.role === 'processor' ? 'processor' : 'controller';

/**
 * The SCC modules the roles call for when these activities disclose data to the recipient: one per
 * distinct exporter role, in module order; none for our own personnel (no other party).
 */
export function derivedSccModules(
  activities: readonly Pick<ProcessingActivity, 'role' | 'recipientIds'>[],
  recipient: Recipient | undefined,
): SccModule[] {
  const importer = recipient ? importerRole(recipient.type) : null;
  if (!recipient || importer === null) return [];
  const modules = new Set(
    activities.filter((a) => a.recipientIds.includes(recipient.id)).map((a) => sccModuleFor(exporterRole(a), importer)),
  );
  return [...modules].sort();
}

/** The module a transfer uses: the one stated, else the one the roles decide, else null. */
export function effectiveSccModule(
  stated: SccModule | null,
  activities: readonly Pick<ProcessingActivity, 'role' | 'recipientIds'>[],
  recipient: Recipient | undefined,
): SccModule | null {
  if (stated !== null) return stated;
  const derived = derivedSccModules(activities, recipient);
  return derived.length === 1 ? derived[0] : null;
}
