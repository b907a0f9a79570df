import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, RequestValidationError } from './errors';

/** Flattens class-validator's tree into field paths (`dpo.email`, `retentionByCategory[0].dataCategoryId`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    // A field left out fails whichever constraint runs first; say what is wrong: it is missing.
    const missing = error.value === undefined && error.constraints !== undefined && !('whitelistValidation' in error.constraints);
    const own = missing
      ? [{ path, message: `${path} is required` }]
      : Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return own.concat(flattenValidationErrors(error.children ?? [], path));
  });
}

/** The one validation pipe, registered as APP_PIPE so tests get exactly what production gets. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
