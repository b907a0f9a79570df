/**
 * The Art. 6(1) legal bases and the Art. 9(2) conditions for special categories, as the registry, its
 * Swagger descriptions, the rules and the exports name them. Source: ../shared/reference/gdpr-domain.md §3.
 */
import type { Art22Exception, LegalBasis, SpecialCategoryCondition } from '../domain/vocabulary';

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  art6_1_a: 'Art. 6(1)(a) consent',
  art6_1_b: 'Art. 6(1)(b) performance of a contract',
  art6_1_c: 'Art. 6(1)(c) legal obligation',
  art6_1_d: 'Art. 6(1)(d) vital interests',
  art6_1_e: 'Art. 6(1)(e) public task or official authority',
  art6_1_f: 'Art. 6(1)(f) legitimate interests',
};

export const SPECIAL_CATEGORY_CONDITION_LABELS: Record<SpecialCategoryCondition, string> = {
  art9_2_a: 'Art. 9(2)(a) explicit consent',
  art9_2_b: 'Art. 9(2)(b) employment, social security and social protection law',
  art9_2_c: 'Art. 9(2)(c) vital interests of a person incapable of consenting',
  art9_2_d: 'Art. 9(2)(d) not-for-profit body with a political, philosophical, religious or trade-union aim',
  art9_2_e: 'Art. 9(2)(e) data manifestly made public by the data subject',
  art9_2_f: 'Art. 9(2)(f) legal claims or courts acting in their judicial capacity',
  art9_2_g: 'Art. 9(2)(g) substantial public interest under Union or Member State law',
  art9_2_h: 'Art. 9(2)(h) preventive or occupational medicine, health or social care',
  art9_2_i: 'Art. 9(2)(i) public interest in public health',
  art9_2_j: 'Art. 9(2)(j) archiving, scientific or historical research, statistics',
};

/**
 * The Art. 9(2) conditions that rest on Union or Member State law (or, for (b), a collective agreement under
 * it), as their text says: (b) "authorised by Union or Member State law or a collective agreement", (g) "on
 * the basis of Union or Member State law", (h) "on the basis of Union or Member State law or pursuant to
 * contract with a health professional", (i) and (j) "on the basis of Union or Member State law". For (h) the
 * law is asked for even where a contract with a health professional is the ground, the reading that tells
 * the person most (Art. 9(3) ties (h) to professional secrecy under that law).
 */
export const CONDITIONS_ON_LAW: readonly SpecialCategoryCondition[] = ['art9_2_b', 'art9_2_g', 'art9_2_h', 'art9_2_i', 'art9_2_j'];

/** Art. 22(2)(a)-(c): the exceptions that allow a decision Art. 22(1) covers, as the record and the rules name them. */
export const ART22_EXCEPTION_LABELS: Record<Art22Exception, string> = {
  contract: 'Art. 22(2)(a) necessary for a contract with the person',
  law: 'Art. 22(2)(b) authorised by Union or Member State law',
  explicit_consent: "Art. 22(2)(c) the person's explicit consent",
};
