/**
 * The authorities of the UK GDPR and of the FADP, named in the notice's complaints section beside the EU
 * authority. The EU authority is the controller's own record (`supervisoryAuthority`); these are fixed law.
 */
import type { PolicyLanguage } from '../domain/languages';
import type { Law } from '../domain/vocabulary';
import { type Checked, UK_SWISS_CHECKED, UK_SWISS_NOTE } from './verified';

export interface LawAuthority extends Checked {
  law: Exclude<Law, 'gdpr'>;
  /** ISO 3166-1 alpha-2 of the state whose authority it is */
  country: string;
  /** The authority's name as the notice gives it, per language (the Swiss one in the FADP's own terms in German) */
  name: Record<PolicyLanguage, string>;
  /** Its website, where the source gives one; null otherwise */
  website: string | null;
}

export const LAW_AUTHORITIES: Readonly<Record<Exclude<Law, 'gdpr'>, LawAuthority>> = {
  uk_gdpr: {
    law: 'uk_gdpr',
    country: 'GB',
    name: {
      en: "the Information Commissioner's Office (ICO)",
      pl: "Information Commissioner's Office (ICO), brytyjski organ ochrony danych",
      de: "das Information Commissioner's Office (ICO), die britische Datenschutzaufsicht",
    },
    website: 'https://ico.org.uk',
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: UK_SWISS_NOTE('United Kingdom', 'ico.org.uk, UK GDPR guidance'),
  },
  ch_fadp: {
    law: 'ch_fadp',
    country: 'CH',
    name: {
      en: 'the Federal Data Protection and Information Commissioner (FDPIC)',
      pl: 'Federalny Komisarz ds. Ochrony Danych i Informacji (FDPIC), szwajcarski organ ochrony danych',
      de: 'der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)',
    },
    website: null,
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: UK_SWISS_NOTE('Switzerland', 'FADP (DSG) in force 1 September 2023; English text on datenrecht.ch'),
  },
};
