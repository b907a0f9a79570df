import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/**
 * The If-Match header of a write, or undefined. A custom parameter decorator rather than
 * `@Headers('if-match')`, which Swagger would list as a second, required `if-match` parameter.
 */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return Array.isArray(value) ? value.join(', ') : value;
});

/** Documents If-Match once, as optional, so Swagger UI can send a write with or without it. */
export const ApiIfMatch = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'Optional. The ETag of the version you last read (e.g. `"3"`, quotes included); the write is refused with 412 if someone changed it since. Leave empty to write regardless.',
      // No example: Swagger UI would pre-fill it, and every later edit of the item would be a 412.
      schema: { type: 'string' },
    }),
  );
