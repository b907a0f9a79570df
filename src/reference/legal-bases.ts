/**
 * The Art. 6(1) legal bases and the Art. 9(2) conditions for special categories, as the registry, its
 * Swagger descriptions, the rules and the exports name them. Source: ../shared/reference/gdpr-domain.md §3.
 */
import type { LegalBasis, SpecialCategoryCondition } from '../domain/vocabulary';

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
