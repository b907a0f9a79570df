import { describe, expect, it } from '@jest/globals';
import { LAW_AUTHORITIES } from './authorities';
import { cookieLawOf } from './cookie-laws';
import { DUAA_COMPLAINTS, fadpAdequate, LOCAL_TRANSFER_TOOL_REFERENCE, ukAdequate } from './uk-swiss-transfers';

describe('UK and Swiss reference data', () => {
  it('names the ICO and the FDPIC (EDÖB in German)', () => {
    expect(LAW_AUTHORITIES.uk_gdpr.name.en).toContain('ICO');
    expect(LAW_AUTHORITIES.ch_fadp.name.de).toContain('EDÖB');
  });

  it('judges UK adequacy from what is verified: the EEA, nothing beyond it', () => {
    expect(ukAdequate('de')).toBe(true);
    expect(ukAdequate('NO')).toBe(true);
    expect(ukAdequate('JP')).toBe(false);
    expect(ukAdequate('US')).toBe(false);
  });

  it('reads the Federal Council list (Annex 1 DPO): the EEA and the listed states, not India, not Canada (conditional), not the US as a state', () => {
    for (const listed of ['DE', 'li', 'GB', 'IL', 'NZ', 'UY', 'AD', 'AR', 'FO', 'GI', 'GG', 'IM', 'JE', 'MC'])
      expect(fadpAdequate(listed)).toBe(true);
    for (const notListed of ['IN', 'CA', 'US', 'JP', 'CH']) expect(fadpAdequate(notListed)).toBe(false);
  });

  it('cites the storage-and-access rule only where verified: Germany, the UK, France; not Switzerland or Poland', () => {
    expect(cookieLawOf('DE')?.consent).toBe('§ 25(1) TDDDG');
    expect(cookieLawOf('DE')?.strictlyNecessary).toBe('§ 25(2) No. 2 TDDDG');
    expect(cookieLawOf('gb')?.consent).toBe('regulation 6 PECR');
    expect(cookieLawOf('FR')?.consent).toContain('Article 82');
    expect(cookieLawOf('CH')).toBeUndefined();
    expect(cookieLawOf('PL')).toBeUndefined();
    expect(cookieLawOf(null)).toBeUndefined();
  });

  it('keeps the UK tools to UK law and the Swiss clauses to the FADP, and prints no DUAA complaints date', () => {
    expect(LOCAL_TRANSFER_TOOL_REFERENCE.uk_idta.law).toBe('uk_gdpr');
    expect(LOCAL_TRANSFER_TOOL_REFERENCE.uk_addendum.inForceFrom).toBe('2022-03-21');
    expect(LOCAL_TRANSFER_TOOL_REFERENCE.ch_scc.citation).toContain('Art. 16(2) FADP');
    expect(DUAA_COMPLAINTS.verified).toBe(false);
    expect(DUAA_COMPLAINTS.inForceFrom).toBeNull();
  });
});
