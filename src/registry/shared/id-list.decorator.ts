import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, registerDecorator, type ValidationOptions } from 'class-validator';
import { IsOmittable } from '../../common/validators';
import { isUuid, isValidRef, REF_MAX_LENGTH } from '../../domain/refs';

export const MAX_RELATED = 500;

/** A UUID or a ref, as one pattern for OpenAPI: what a link field accepts. */
export const ID_OR_REF_PATTERN = `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z0-9][a-z0-9-]{0,${REF_MAX_LENGTH - 1}})$`;

const LINK_HELP = 'the id (a UUID) or the ref (e.g. "contact-details") of the item linked';

/** Validates a link: the id of an item (a UUID) or its ref; which item it names is checked by the write (422). */
export function IsIdOrRef(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIdOrRef',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: options?.each
          ? '$property must hold ids (UUIDs) or refs (lower-case letters, digits and hyphens, e.g. "contact-details")'
          : '$property must be an id (a UUID) or a ref (lower-case letters, digits and hyphens, e.g. "contact-details")',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && (isUuid(value) || isValidRef(value)) },
    });
}

/** A relation written as a list of ids or refs: may be left out (not null), at most 500; Swagger's sample is empty. */
export const IdList = (): PropertyDecorator =>
  applyDecorators(
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(MAX_RELATED),
    IsIdOrRef({ each: true }),
    ApiPropertyOptional({
      type: 'string',
      isArray: true,
      pattern: ID_OR_REF_PATTERN,
      maxItems: MAX_RELATED,
      example: [],
      description: `Each: ${LINK_HELP}`,
    }),
  );

/** A list of ids of items that have no ref (policies): may be left out (not null), at most 500 UUIDs. */
export const UuidList = (): PropertyDecorator =>
  applyDecorators(
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(MAX_RELATED),
    IsUUID('all', { each: true }),
    ApiPropertyOptional({ type: 'string', format: 'uuid', isArray: true, maxItems: MAX_RELATED, example: [] }),
  );

/** One optional link, null for none: the id or the ref of the item. */
export const IdOrRef = (options: { example?: string | null } = {}): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    IsIdOrRef(),
    ApiPropertyOptional({ type: 'string', nullable: true, pattern: ID_OR_REF_PATTERN, example: options.example ?? null }),
  );

/** A list filter on a link: only the items linking the one named by its id or its ref. */
export const LinkFilter = (): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    IsIdOrRef(),
    ApiPropertyOptional({ type: 'string', pattern: ID_OR_REF_PATTERN, description: 'Only the items linking this one: its id or its ref' }),
  );

/**
 * The item's own ref: a short key unique within its type (409 when another item has it), accepted wherever
 * an id of the type is. Derived from the name when left out of a POST; a PATCH may change it, not clear it.
 */
export const RefField = (example: string): PropertyDecorator =>
  applyDecorators(
    IsOmittable(),
    IsRef(),
    ApiPropertyOptional({
      type: 'string',
      pattern: `^[a-z0-9][a-z0-9-]{0,${REF_MAX_LENGTH - 1}}$`,
      maxLength: REF_MAX_LENGTH,
      example,
      description:
        'A short key, unique within its type, that links may use instead of the id: lower-case letters, digits and hyphens, not in the shape of a UUID. Left out of a POST, it is made from the name (`Contact details` → `contact-details`, then `contact-details-2`…); a PATCH may change it. The same in every language.',
    }),
  );

/** Validates an item's own ref. */
function IsRef(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRef',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be lower-case letters, digits and hyphens (at most 63, starting with a letter or digit, not a UUID), e.g. "contact-details"',
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidRef(value) },
    });
}
