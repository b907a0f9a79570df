/** The Swagger UI example of a new key: read-only access for an auditor, with no expiry to go stale. */
export const API_KEY_EXAMPLE = { role: 'auditor', label: 'External auditor, 2026 review' };
