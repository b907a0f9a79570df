import type { PolicyScope } from '../model';
import type { PolicyCatalogue } from './catalogue';
import { en } from './en';

export const POLICY_CATALOGUES: Record<PolicyScope['language'], PolicyCatalogue> = { en };

/** The catalogue of a document's language; a stored document of a language since dropped falls back to English. */
export function policyCatalogue(language: string): PolicyCatalogue {
  return language in POLICY_CATALOGUES ? POLICY_CATALOGUES[language as PolicyScope['language']] : en;
}
