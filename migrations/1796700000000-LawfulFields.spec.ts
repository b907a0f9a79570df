import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { lawfulFieldsUpgrade } from './1796700000000-LawfulFields';

describe('LawfulFields1796700000000: events written before it', () => {
  it('give the new facts their defaults: no relationship, no Art. 9(2) law, no unnamed source, no channel, no soft opt-in', () => {
    expect(upgradeAfterState({ name: 'Employees' }, 'data_subject_category', [lawfulFieldsUpgrade])).toEqual({
      name: 'Employees',
      relationship: null,
    });
    expect(upgradeAfterState({ name: 'Payroll', automatedDecision: null }, 'processing_activity', [lawfulFieldsUpgrade])).toEqual({
      name: 'Payroll',
      automatedDecision: null,
      specialCategoryLaw: null,
      specialCategoryLawJurisdiction: null,
      sourceUnnamedReason: null,
      marketingChannels: [],
      softOptIn: null,
    });
  });

  it('read an automated decision of before as not assessed under Art. 22(1), keeping its logic and significance', () => {
    const after = upgradeAfterState(
      { automatedDecision: { logic: 'A credit score.', significance: 'A refused loan.' } },
      'processing_activity',
      [lawfulFieldsUpgrade],
    );
    expect(after.automatedDecision).toEqual({
      logic: 'A credit score.',
      significance: 'A refused loan.',
      art22Applies: null,
      exception: null,
      exceptionLaw: null,
      humanIntervention: null,
      expressView: null,
      contest: null,
    });
  });

  it('keep what an event written after it holds', () => {
    const decision = {
      logic: 'A credit score.',
      significance: 'A refused loan.',
      art22Applies: true,
      exception: 'contract',
      exceptionLaw: null,
      humanIntervention: 'Call us.',
      expressView: 'Write to us.',
      contest: 'Appeal in the app.',
    };
    const after = { automatedDecision: decision, marketingChannels: ['email'], relationship: 'as our customer' };
    expect(upgradeAfterState(after, 'processing_activity', [lawfulFieldsUpgrade])).toEqual({
      ...after,
      specialCategoryLaw: null,
      specialCategoryLawJurisdiction: null,
      sourceUnnamedReason: null,
      softOptIn: null,
    });
  });
});
