/**
 * Transfers judged from the United Kingdom (UK GDPR, Data Protection Act 2018) and disclosures abroad judged
 * from Switzerland (FADP Art. 16-17, 19(4)): the adequacy lists, the certification schemes and the transfer
 * tools, each with the date it was compared with its source. Source: ../shared/reference/uk-swiss-consent.md.
 */
import type { Recipient, Transfer } from '../domain/registry-snapshot';
import type { LocalTransferTool } from '../domain/vocabulary';
import { EEA_COUNTRIES } from './eea';
import { type Checked, UK_SWISS_CHECKED, UK_SWISS_NOTE } from './verified';

/** An adequacy list of UK or Swiss law: the states read from the source, and what of it is not yet read. */
export interface AdequateStates extends Checked {
  /** The list's legal instrument */
  instrument: string;
  /** ISO 3166-1 alpha-2 of every state verified to be on the list */
  states: ReadonlySet<string>;
}

/**
 * The UK's adequacy regulations, as far as verified: the EEA. The countries the EU had found adequate when the UK
 * left are on it too by the note's reading ⚠️; until that is read, a UK transfer to them needs the IDTA or the
 * Addendum (the reading that protects the reader).
 */
export const UK_ADEQUACY: AdequateStates = {
  instrument: 'UK adequacy regulations (Data Protection Act 2018)',
  states: EEA_COUNTRIES,
  verified: true,
  unverified:
    'The countries beyond the EEA (those the EU had found adequate when the UK left) are not confirmed; they are not treated as adequate.',
  checkedOn: UK_SWISS_CHECKED,
  source: UK_SWISS_NOTE('United Kingdom', 'ico.org.uk, international transfers'),
};

/**
 * The Federal Council's list of states with adequate protection (Annex 1 of the Data Protection Ordinance, binding
 * since 1 September 2023, FADP Art. 16(1)): the EEA states and the states below, as the Federal Office of Justice
 * reproduces the annex (its page names Andorra, Argentina and Canada among the first entries) and as a Swiss law
 * firm listed the whole annex when the DPO was published (31 August 2022). Canada is on it only where its federal
 * private-sector act applies, which the record cannot show: a disclosure to Canada names its guarantee (the
 * reading that protects the reader). The United States count only for recipients certified under the Swiss–US
 * DPF (below), not as a state.
 */
export const FADP_ADEQUATE_STATES: AdequateStates = {
  instrument: 'Annex 1 of the Data Protection Ordinance (DPO)',
  states: new Set([...EEA_COUNTRIES, 'AD', 'AR', 'FO', 'GI', 'GB', 'GG', 'IM', 'IL', 'JE', 'MC', 'NZ', 'UY']),
  verified: true,
  unverified:
    'Canada is listed with a condition (where its federal private-sector act applies) the record cannot show, so it is not treated as on the list. States added to Annex 1 after 2022 other than by the Swiss–US DPF are not recorded.',
  checkedOn: '2026-12-07',
  source:
    'Federal Office of Justice, "Recognition by Switzerland of States that guarantee an adequate level of data protection" (bj.admin.ch), which reproduces Annex 1 DPO; Steiger Legal, "nDSG: Staatenliste" (10 September 2022), listing Annex 1 as published',
};

/** A certification scheme through which a US recipient is covered for UK or Swiss transfers. */
export interface Certification extends Checked {
  country: 'US';
  name: string;
  /** The day it took effect, where verified; null otherwise (and the notice then gives no date) */
  since: string | null;
}

/** The "UK Extension" to the EU–US Data Privacy Framework, the data bridge: a separate certification. */
export const UK_EXTENSION: Certification = {
  country: 'US',
  name: 'UK Extension to the EU–US Data Privacy Framework',
  since: '2023-10-12',
  verified: true,
  unverified: null,
  checkedOn: UK_SWISS_CHECKED,
  source: UK_SWISS_NOTE('United Kingdom', 'ico.org.uk, international transfers (UK–US data bridge)'),
};

/** The Swiss–US Data Privacy Framework: covers US organisations certified for it, separately from the EU–US one. */
export const SWISS_US_DPF: Certification = {
  country: 'US',
  name: 'Swiss–US Data Privacy Framework',
  since: null,
  verified: true,
  unverified: 'Its start date (15 September 2024 by the note ⚠️) is not confirmed and is not printed.',
  checkedOn: UK_SWISS_CHECKED,
  source: UK_SWISS_NOTE('Switzerland', 'the framework for certified US organisations, a certification separate from the EU–US one'),
};

/** A transfer tool of UK or Swiss law, as the record and the notice cite it. */
export interface TransferTool extends Checked {
  law: 'uk_gdpr' | 'ch_fadp';
  citation: string;
  /** The day it came into force, where verified */
  inForceFrom: string | null;
}

export const LOCAL_TRANSFER_TOOL_REFERENCE: Readonly<Record<LocalTransferTool, TransferTool>> = {
  uk_idta: {
    law: 'uk_gdpr',
    citation: 'International Data Transfer Agreement (IDTA) issued by the ICO',
    inForceFrom: null,
    verified: true,
    unverified: 'Its start date is not given by the note; none is printed.',
    checkedOn: UK_SWISS_CHECKED,
    source: UK_SWISS_NOTE('United Kingdom', 'ico.org.uk, international transfers, IDTA and guidance'),
  },
  uk_addendum: {
    law: 'uk_gdpr',
    citation: 'UK Addendum to the EU standard contractual clauses, issued by the ICO',
    inForceFrom: '2022-03-21',
    verified: true,
    unverified: null,
    checkedOn: UK_SWISS_CHECKED,
    source: UK_SWISS_NOTE('United Kingdom', 'ico.org.uk, international transfers (in force 21 March 2022, DPA 2018 s.119A)'),
  },
  ch_scc: {
    law: 'ch_fadp',
    citation: 'standard data protection clauses, a guarantee under Art. 16(2) FADP',
    inForceFrom: null,
    verified: true,
    unverified:
      "Which letter of Art. 16(2) and the FDPIC's recognition of the EU clauses are not confirmed; the notice cites Art. 16(2) only.",
    checkedOn: UK_SWISS_CHECKED,
    source: UK_SWISS_NOTE('Switzerland', 'FADP Art. 19(4) and 16(2), English text on datenrecht.ch'),
  },
};

/**
 * The Data (Use and Access) Act 2025's duty to handle complaints before they go to the ICO. Commenced in stages ⚠️:
 * the date its provision is in force is not confirmed, so no notice says it yet.
 */
export const DUAA_COMPLAINTS: Checked & { act: string; royalAssent: string; inForceFrom: string | null } = {
  act: 'Data (Use and Access) Act 2025',
  royalAssent: '2025-06-19',
  inForceFrom: null,
  verified: false,
  unverified: 'The commencement regulations for the complaints duty were not read; the sentence is not printed.',
  checkedOn: UK_SWISS_CHECKED,
  source: UK_SWISS_NOTE('United Kingdom', 'Royal Assent 19 June 2025; commencement regulations not read ⚠️'),
};

/** Whether the UK's adequacy regulations cover a state, as far as verified (the EEA). */
export const ukAdequate = (country: string): boolean => UK_ADEQUACY.states.has(country.trim().toUpperCase());

/** Whether a state is verified to be on the Federal Council's list; none is until Annex 1 is read. */
export const fadpAdequate = (country: string): boolean =>
  FADP_ADEQUATE_STATES.verified && FADP_ADEQUATE_STATES.states.has(country.trim().toUpperCase());

/** How a disclosure abroad stands under the FADP: on the list, certified, a guarantee, an exception. */
export type FadpGround = 'listed' | 'swiss_dpf' | 'guarantee' | 'exception';

/** The FADP ground a transfer rests on (Art. 16-17), or null when it records none. */
export function fadpGroundOf(t: Transfer, recipient: Pick<Recipient, 'swissDpfCertified'> | undefined): FadpGround | null {
  const country = t.country.trim().toUpperCase();
  if (fadpAdequate(country)) return 'listed';
  if (t.mechanism === 'dpf' && country === 'US' && recipient?.swissDpfCertified === true) return 'swiss_dpf';
  if (t.localTools.includes('ch_scc')) return 'guarantee';
  if (t.mechanism === 'derogation' && t.derogation !== null) return 'exception';
  return null;
}
