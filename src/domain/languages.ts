/** Languages the policy catalogue has wording for (src/policy/document/i18n), and that registry texts are translated into. */
export const POLICY_LANGUAGES = ['en', 'pl', 'de'] as const;
export type PolicyLanguage = (typeof POLICY_LANGUAGES)[number];
