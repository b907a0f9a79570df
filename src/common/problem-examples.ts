import { problemType, TITLES } from './problem.filter';

/**
 * The problem a client most often gets with each status, as the filter writes it: Swagger UI shows it
 * under that status, so a 404 is documented as a 404 (the Problem schema's own sample says 400).
 */
const EXAMPLES: Record<number, { title: string; detail: string; errors?: object[] }> = {
  400: {
    title: 'Invalid request',
    detail: 'The request has invalid fields; see errors[].',
    errors: [{ path: 'name', message: 'name must be longer than or equal to 1 characters' }],
  },
  401: { title: TITLES[401], detail: 'Send an API key as "Authorization: Bearer <key>".' },
  403: { title: TITLES[403], detail: 'This route admits the roles dpo; the key has the role reader.' },
  404: { title: 'Not found', detail: 'No data category with id 0b5d3c9a-0e7b-4f1c-8a6d-0f9b3a7c1e24.' },
  406: {
    title: 'Not acceptable',
    detail: 'None of the languages in Accept-Language is available; availableLanguages lists those that are.',
  },
  408: { title: TITLES[408], detail: 'The request was not received in time; send it again.' },
  409: {
    title: 'Still referenced',
    detail:
      'Data category Contact details is still referenced by 1 item(s), listed in errors[]; remove those references first or retire the activity instead.',
    errors: [{ type: 'processing_activity', id: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f', ref: 'act-contact', name: 'Answering enquiries' }],
  },
  412: { title: 'Precondition failed', detail: 'If-Match "3" does not match the current version 4; read it again and retry.' },
  413: { title: TITLES[413], detail: 'The request body is larger than the limit.' },
  414: { title: TITLES[414], detail: 'A path parameter is longer than 100 characters.' },
  415: { title: TITLES[415], detail: 'Send the body as application/json.' },
  422: {
    title: 'Unprocessable request',
    detail: 'Some referenced items do not exist; see errors[].',
    errors: [{ path: 'dataCategoryIds[0]', message: 'no data category with ref "cat-contacts"' }],
  },
  429: { title: TITLES[429], detail: 'Too many requests; retry after the seconds in Retry-After.' },
  431: { title: TITLES[431], detail: 'The request headers are larger than the server reads (16 KB with the request line).' },
  503: { title: TITLES[503], detail: 'The database is busy; retry after 5 seconds.' },
};

/** The example problem of one status, with its own type, title and status. */
export function problemExample(status: number): Record<string, unknown> {
  const example = EXAMPLES[status] ?? { title: TITLES[status] ?? 'Error', detail: TITLES[status] ?? 'Error' };
  return { type: problemType(status), status, ...example };
}

/** The `content` of a problem answer of one status: the Problem schema and that status's example. */
export function problemContent(status: number): Record<string, { schema: { $ref: string }; example: Record<string, unknown> }> {
  return { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(status) } };
}
