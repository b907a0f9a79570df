/** The fixed words of the Art. 30 exports in each language (`lang`): the English, Polish and German objects. */
import { type CellWording, EN } from './cell-wording';
import { DE } from './cell-wording-de';
import { PL } from './cell-wording-pl';
import type { PolicyLanguage } from '../domain/languages';

export const CELL_WORDING: Record<PolicyLanguage, CellWording> = { en: EN, pl: PL, de: DE };
