import { describe, expect, it } from '@jest/globals';
import { applicableLaws, lawsOf } from './laws';

const at = (country: string, more: Record<string, unknown> = {}) => ({ registeredAddress: { country }, ...more });
const rep = { name: 'Rep', email: 'rep@example.com', address: 'Somewhere' };

describe('the laws a notice answers to', () => {
  it('gives an EU or EEA controller the GDPR alone', () => {
    expect(lawsOf(at('DE'))).toEqual(['gdpr']);
    expect(lawsOf(at('no'))).toEqual(['gdpr']);
  });

  it('adds the UK GDPR or the FADP to an EU controller whose policy says the service targets the UK or Switzerland', () => {
    expect(lawsOf(at('DE'), ['uk_gdpr'])).toEqual(['gdpr', 'uk_gdpr']);
    expect(lawsOf(at('FR'), ['ch_fadp', 'uk_gdpr'])).toEqual(['gdpr', 'uk_gdpr', 'ch_fadp']);
  });

  it('adds the UK GDPR or the FADP to an EU controller that records a UK or Swiss representative', () => {
    expect(applicableLaws(at('PL', { ukRepresentative: rep, swissRepresentative: rep }))).toEqual([
      { law: 'gdpr', ground: 'establishment' },
      { law: 'uk_gdpr', ground: 'representative' },
      { law: 'ch_fadp', ground: 'representative' },
    ]);
  });

  it('gives a Swiss controller the FADP, and the GDPR as well once an EU representative or EU targeting shows it', () => {
    expect(lawsOf(at('CH'))).toEqual(['ch_fadp']);
    expect(applicableLaws(at('CH', { representative: rep }))).toEqual([
      { law: 'gdpr', ground: 'representative' },
      { law: 'ch_fadp', ground: 'establishment' },
    ]);
    expect(applicableLaws(at('CH'), ['gdpr'])).toEqual([
      { law: 'gdpr', ground: 'policy' },
      { law: 'ch_fadp', ground: 'establishment' },
    ]);
  });

  it('gives a UK controller the UK GDPR, and the GDPR likewise', () => {
    expect(lawsOf(at('GB'))).toEqual(['uk_gdpr']);
    expect(lawsOf(at('gb', { representative: rep }))).toEqual(['gdpr', 'uk_gdpr']);
  });

  it('never lets a policy remove the law of the establishment or of a representative', () => {
    expect(lawsOf(at('CH', { representative: rep }), [])).toEqual(['gdpr', 'ch_fadp']);
    expect(lawsOf(at('GB'), ['ch_fadp'])).toEqual(['uk_gdpr', 'ch_fadp']);
  });

  it('judges a controller elsewhere, or a registry with no profile yet, under the GDPR as before', () => {
    expect(applicableLaws(at('US'))).toEqual([{ law: 'gdpr', ground: 'default' }]);
    expect(lawsOf(null)).toEqual(['gdpr']);
    expect(lawsOf(at('US'), ['uk_gdpr'])).toEqual(['uk_gdpr']);
    expect(lawsOf(at('US', { swissRepresentative: rep }))).toEqual(['ch_fadp']);
  });
});
