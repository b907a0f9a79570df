/** The Swagger UI example of a new retention rule: how long support conversations are kept. */
export const RETENTION_RULE_EXAMPLE = {
  name: 'Support conversations',
  period: 'P2Y',
  trigger: 'last_activity',
  criteria: 'Two years after the last message of the conversation.',
  translations: { pl: { criteria: 'Dwa lata od ostatniej wiadomości w rozmowie.' } },
};

/** A PATCH changes only what it names: a clearer name. */
export const RETENTION_RULE_PATCH_EXAMPLE = { name: 'Support chat conversations' };
