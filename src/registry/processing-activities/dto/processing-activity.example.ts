/**
 * The Swagger UI example of a new activity: a second activity of the example registry (LiveChat's
 * Instagram channel), linking its items by their refs (an id would do as well). Fields in the order a
 * DPO fills them in; add a new field here once and both examples follow.
 */
export const PROCESSING_ACTIVITY_EXAMPLE = {
  name: 'Customer satisfaction survey',
  purpose: 'To ask customers, after a conversation with our support, how satisfied they were, and to improve the service with the answers.',
  legalBasis: 'art6_1_f',
  legitimateInterest: 'Learning how well we serve our customers so that we can improve the service',
  role: 'controller',
  status: 'active',
  dataSubjectCategoryIds: ['ds-users'],
  dataCategoryIds: ['cat-identity', 'cat-contact', 'cat-content'],
  recipientIds: ['rcp-personnel', 'rcp-subcontractors'],
  retentionRuleId: 'ret-reports',
  securityMeasureIds: ['sec-encryption', 'sec-access'],
  serviceIds: ['svc-instagram'],
  requirement: { kind: 'none', consequences: 'Answering the survey is voluntary; not answering has no consequence.' },
  profiling: false,
  // The same texts for a Polish notice (the registry's own language is the controller's, English here).
  translations: {
    pl: {
      name: 'Ankieta satysfakcji klientów',
      purpose:
        'Aby po rozmowie z naszym działem wsparcia zapytać klientów, na ile byli zadowoleni, i na podstawie odpowiedzi ulepszać usługę.',
      legitimateInterest: 'Poznanie, jak dobrze obsługujemy klientów, abyśmy mogli ulepszać usługę',
      'requirement.consequences': 'Udział w ankiecie jest dobrowolny; brak odpowiedzi nie ma żadnych konsekwencji.',
    },
  },
};

/** A PATCH changes only what it names: here, the activity is paused while the survey is rewritten. */
export const PROCESSING_ACTIVITY_PATCH_EXAMPLE = { status: 'draft' };
