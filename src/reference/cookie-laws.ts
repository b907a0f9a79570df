/**
 * The rule on storing information in, or reading it from, a user's device (cookies and similar technologies), per
 * country: the article each tracker rests on. Source: ../shared/reference/uk-swiss-consent.md, "Cookies and similar
 * technologies, per country". An entry not confirmed there is kept with `verified: false` and prints nothing.
 */
import { type Checked, UK_SWISS_CHECKED, UK_SWISS_NOTE } from './verified';

export interface CookieLaw extends Checked {
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** The law, as the notice names it */
  law: string;
  /** The provision that asks for consent to storage and access */
  consent: string;
  /** The exception for what is strictly necessary for a service the user asked for, where the source gives it */
  strictlyNecessary: string | null;
}

const NOTE = (primary: string) => UK_SWISS_NOTE('Cookies and similar technologies, per country', primary);

export const COOKIE_LAWS: Readonly<Record<string, CookieLaw>> = {
  DE: {
    country: 'DE',
    law: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)',
    consent: '§ 25(1) TDDDG',
    strictlyNecessary: '§ 25(2) No. 2 TDDDG',
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: NOTE('§ 25 TDDDG'),
  },
  GB: {
    country: 'GB',
    law: 'Privacy and Electronic Communications Regulations (PECR)',
    consent: 'regulation 6 PECR',
    strictlyNecessary: null,
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: NOTE('PECR regulation 6'),
  },
  FR: {
    country: 'FR',
    law: 'Loi Informatique et Libertés',
    consent: 'Article 82 of the Loi Informatique et Libertés',
    strictlyNecessary: null,
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: NOTE('Loi n° 78-17, article 82'),
  },
  CH: {
    country: 'CH',
    law: 'Telecommunications Act (FMG)',
    consent: 'Art. 45c FMG',
    strictlyNecessary: null,
    verified: false,
    unverified: 'Art. 45c FMG is marked unconfirmed in the note; nothing is printed for Switzerland.',
    checkedOn: UK_SWISS_CHECKED,
    source: NOTE('Art. 45c FMG ⚠️'),
  },
  PL: {
    country: 'PL',
    law: 'Prawo komunikacji elektronicznej (in force 10 November 2024)',
    consent: 'art. 399 Prawa komunikacji elektronicznej',
    strictlyNecessary: null,
    verified: false,
    unverified: 'The article number (art. 399 by one lawyer) is not confirmed; nothing is printed for Poland.',
    checkedOn: UK_SWISS_CHECKED,
    source: NOTE('Prawo komunikacji elektronicznej, article ⚠️'),
  },
};

/** The verified storage-and-access rule of a country, or undefined. */
export function cookieLawOf(country: string | null): CookieLaw | undefined {
  const entry = country ? COOKIE_LAWS[country.trim().toUpperCase()] : undefined;
  return entry?.verified ? entry : undefined;
}
