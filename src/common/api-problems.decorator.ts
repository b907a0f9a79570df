import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { problemContent } from './problem-examples';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: `errors[]` lists each field path and message',
  401: 'No API key, or an unknown, revoked or expired one',
  403: "The key's role is not admitted here",
  404: 'Not found',
  406: 'None of the languages in Accept-Language exists: `availableLanguages` lists those that do',
  409: 'Conflict: the item is still referenced (`errors[]` names the referrers) or already exists',
  412: 'If-Match does not match the current version: read again and retry',
  413: 'The request body is too large',
  422: 'Well-formed but not acceptable: unknown ids or compliance errors, listed in `errors[]`',
  429: 'Too many requests: wait for Retry-After seconds',
};

export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';

/** Documents the RFC 9457 problem answers of an operation. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...[...statuses, 429].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: problemContent(status),
      }),
    ),
  );
}
