import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { IsOmittable } from '../../common/validators';

export const MAX_RELATED = 500;

/** A relation written as a list of ids: may be left out (not null), at most 500 UUIDs; Swagger's sample is empty. */
export const IdList = (): PropertyDecorator =>
  applyDecorators(
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(MAX_RELATED),
    IsUUID('all', { each: true }),
    ApiPropertyOptional({ type: 'string', format: 'uuid', isArray: true, maxItems: MAX_RELATED, example: [] }),
  );
