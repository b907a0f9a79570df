import { describe, expect, it } from '@jest/globals';
import { withoutStaleTranslations } from './translations';

describe('withoutStaleTranslations', () => {
  const fields = ['name', 'purpose', 'requirement.consequences', 'examples'];
  const translations = {
    pl: { name: 'Czat', purpose: 'Aby odpowiadać.', 'requirement.consequences': 'Nie odpowiemy.' },
    de: { purpose: 'Um zu antworten.' },
  };
  const before = { name: 'Chat', purpose: 'To answer.', requirement: { consequences: 'We cannot answer.' }, examples: ['e-mail'] };

  it('keeps every translation when no translated text changed', () => {
    expect(withoutStaleTranslations(translations, before, { ...before, status: 'retired' }, fields)).toBeNull();
  });

  it('drops, in every language, the translations of the texts that changed, nested ones included', () => {
    const after = { ...before, purpose: 'To answer and to learn.', requirement: { consequences: 'We cannot answer you.' } };
    expect(withoutStaleTranslations(translations, before, after, fields)).toEqual({ pl: { name: 'Czat' } });
  });

  it('sees a list field change by its content', () => {
    const withExamples = { pl: { examples: ['adres e-mail'] } };
    expect(withoutStaleTranslations(withExamples, before, { ...before, examples: ['e-mail'] }, fields)).toBeNull();
    expect(withoutStaleTranslations(withExamples, before, { ...before, examples: ['e-mail', 'phone'] }, fields)).toEqual({});
  });
});
