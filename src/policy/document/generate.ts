import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { humanizer } from '../../language/humanize';
import { lawsOf } from '../../reference/laws';
import { localizeSnapshot } from '../../snapshot/localize';
import { POLICY_CATALOGUES } from './i18n';
import { type PolicyCatalogue, SECTION_IDS, type SectionId } from './i18n/catalogue';
import type { Block, PolicyDocument, PolicyScope, PolicySection } from './model';
import { automatedDecisions } from './sections/automated-decisions';
import { changes } from './sections/changes';
import { children } from './sections/children';
import { complaints } from './sections/complaints';
import { sectionContext, type SectionContext } from './sections/context';
import { cookies } from './sections/cookies';
import { data } from './sections/data';
import { objection } from './sections/objection';
import { providingData } from './sections/providing-data';
import { purposes } from './sections/purposes';
import { recipients } from './sections/recipients';
import { retention } from './sections/retention';
import { rights } from './sections/rights';
import { security } from './sections/security';
import { sources } from './sections/sources';
import { transfers } from './sections/transfers';
import { whoWeAre } from './sections/who-we-are';

/**
 * The builder of each section, in its own file under sections/. The notice takes them in the order of
 * SECTION_IDS; a section with no block (nothing to say, or null: not for this notice) is left out.
 */
const SECTIONS: Record<SectionId, (ctx: SectionContext<PolicyCatalogue>) => Block[] | null> = {
  'who-we-are': whoWeAre,
  'data-we-process': data,
  sources,
  'purposes-and-legal-bases': purposes,
  'cookies-and-similar-technologies': cookies,
  recipients,
  'international-transfers': transfers,
  retention,
  'your-rights': rights,
  'right-to-object': objection,
  complaints,
  'providing-data': providingData,
  'automated-decisions': automatedDecisions,
  children,
  security,
  changes,
};

/**
 * The policy of a scope, from the registry alone: same snapshot and scope, same document. The registry's
 * texts are read in the scope's language (their translations); a text without one stays as written, and
 * the `translation-missing` finding, an error, keeps such a notice from being published.
 */
export function generatePolicy(snapshot: RegistrySnapshot, scope: PolicyScope): PolicyDocument {
  const t = POLICY_CATALOGUES[scope.language];
  const ctx = sectionContext(localizeSnapshot(snapshot, scope.language).snapshot, scope, t, humanizer(scope.language));
  const sections = SECTION_IDS.map((id): [SectionId, Block[] | null] => [id, SECTIONS[id](ctx)]);
  return {
    title: scope.title,
    language: scope.language,
    laws: lawsOf(snapshot.controller, scope.options.laws ?? null),
    sections: sections
      .filter((entry): entry is [SectionId, Block[]] => entry[1] !== null && entry[1].length > 0)
      .map(([id, blocks]): PolicySection => ({ id, heading: t.headings[id], blocks })),
  };
}
