import type { PolicyLanguage } from '../../../domain/languages';
import type { PolicyCatalogue } from './catalogue';
import { de } from './de';
import { en } from './en';
import { pl } from './pl';

export const POLICY_CATALOGUES: Record<PolicyLanguage, PolicyCatalogue> = { en, pl, de };

/** A stored document's language as one we have wording for; a language since dropped falls back to English. */
export function policyLanguage(language: string): PolicyLanguage {
  return language in POLICY_CATALOGUES ? (language as PolicyLanguage) : 'en';
}

/** The catalogue of a document's language. */
export function policyCatalogue(language: string): PolicyCatalogue {
  return POLICY_CATALOGUES[policyLanguage(language)];
}
