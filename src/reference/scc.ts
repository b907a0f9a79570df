/**
 * The standard contractual clauses (Decision (EU) 2021/914): their modules, and the one the parties' roles
 * call for. Source: ../shared/reference/gdpr-domain.md §4.2.
 */
import type { ProcessingActivity, Recipient } from '../domain/registry-snapshot';
import type { RecipientType } from '../domain/vocabulary';
import type { Reviewed } from './reviewed';

/** The decision that adopted the clauses, as the notice and the record cite it. */
export const SCC_DECISION: Readonly<Reviewed & { decision: string; adoptedOn: string; officialJournal: string }> = {
  decision: 'Implementing Decision (EU) 2021/914',
  adoptedOn: '2021-06-04',
  officialJournal: 'OJ L 199, 7.6.2021, p. 31',
  checkedOn: '2026-12-07',
  source:
    'EUR-Lex, eur-lex.europa.eu/eli/dec_impl/2021/914/oj (header read); modules One to Three from the lexaris.de table of contents, Module Four from a Lexis summary ⚠️ (gdpr-domain.md §4.2 [SCC])',
};

export type SccModule = 1 | 2 | 3 | 4;

export const SCC_MODULE_LABELS: Record<SccModule, string> = {
  1: 'Module One (controller to controller)',
  2: 'Module Two (controller to processor)',
  3: 'Module Three (processor to processor)',
  4: 'Module Four (processor to controller)',
};

/** Who sends and who receives personal data in a transfer, for the SCC module (Decision (EU) 2021/914). */
export type TransferParty = 'controller' | 'processor';

/**
 * The SCC module the parties' roles call for: controller→controller One, controller→processor Two,
 * processor→processor Three, processor→controller Four (Decision (EU) 2021/914, Annex, Section I).
 */
export function sccModuleFor(exporter: TransferParty, importer: TransferParty): SccModule {
  if (exporter === 'controller') return importer === 'controller' ? 1 : 2;
  return importer === 'processor' ? 3 : 4;
}

/** The role a recipient plays when it receives data; null for our own personnel, who are no other party. */
export function importerRole(type: RecipientType): TransferParty | null {
  switch (type) {
    case 'processor':
    case 'sub_processor':
      return 'processor';
    case 'joint_controller':
    case 'independent_controller':
    case 'public_authority':
      return 'controller';
    case 'internal':
      return null;
  }
}

/**
 * Who sends the data to the recipient. A sub-processor receives them from a processor (Art. 28(2),
 * (4)): from our processor when the activity is ours as controller, from us when we act as processor;
 * never from us as controller. Otherwise we export in our role in the activity.
 */
export function exporterRole(activity: Pick<ProcessingActivity, 'role'>, recipient: Pick<Recipient, 'type'>): TransferParty {
  if (recipient.type === 'sub_processor') return 'processor';
  return activity.role === 'processor' ? 'processor' : 'controller';
}

/**
 * The SCC modules the roles call for when these activities disclose data to the recipient: one per
 * distinct exporter role, in module order; none for our own personnel (no other party). The one
 * derivation the compliance rules, the notice and every export use.
 */
export function derivedSccModules(
  activities: readonly Pick<ProcessingActivity, 'role' | 'recipientIds'>[],
  recipient: Recipient | undefined,
): SccModule[] {
  const importer = recipient ? importerRole(recipient.type) : null;
  if (!recipient || importer === null) return [];
  const modules = new Set(
    activities.filter((a) => a.recipientIds.includes(recipient.id)).map((a) => sccModuleFor(exporterRole(a, recipient), importer)),
  );
  return [...modules].sort();
}

/**
 * The module a transfer uses: the one stated (the parties signed it; a stated module the roles
 * contradict is the `transfer-scc-module-roles` warning, not a silent correction), else the one the
 * roles decide, else null.
 */
export function effectiveSccModule(
  stated: SccModule | null,
  activities: readonly Pick<ProcessingActivity, 'role' | 'recipientIds'>[],
  recipient: Recipient | undefined,
): SccModule | null {
  if (stated !== null) return stated;
  const derived = derivedSccModules(activities, recipient);
  return derived.length === 1 ? derived[0] : null;
}
