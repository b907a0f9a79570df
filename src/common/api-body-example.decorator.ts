import type { Type } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';

/**
 * The request body Swagger UI offers: a hand-written example instead of the schema sample (whose `true`
 * flags and invented names a DPO would send unchanged).
 */
export const ApiBodyExample = (type: Type<object>, value: object, summary: string): MethodDecorator =>
  ApiBody({ type, examples: { example: { summary, value } } });
