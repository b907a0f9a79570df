import type { PolicyCatalogue } from './catalogue';

/**
 * The sentences of the facts issue 27 brought into the record (relationship, Art. 9(2) law, marketing
 * channels and soft opt-in, recipients not recorded, unnamed sources, Art. 22(2)-(3), the rights every
 * notice lists): each language writes them in its own `<language>-lawful.ts`, spread into its catalogue,
 * so that no catalogue file outgrows the layout's limit.
 */
export type LawfulWording = Pick<
  PolicyCatalogue,
  | 'whenYouUse'
  | 'marketingChannel'
  | 'softOptIn'
  | 'specialConditionLaw'
  | 'publicAuthorityForPurposes'
  | 'recipientsNotRecorded'
  | 'sourceNotNamed'
  | 'jointRights'
  | 'art22Exception'
  | 'art22Safeguards'
  | 'erasure'
  | 'rightAutomatedDecision'
  | 'rightComplaint'
>;
