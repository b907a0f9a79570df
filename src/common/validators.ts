import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/** ISO 8601 duration such as P5Y, P6M, P30D, PT12H or P1Y6M. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export function IsIsoDuration(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDuration',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an ISO 8601 duration such as P5Y, P6M or P30D', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && ISO_DURATION.test(value) },
    });
}

/**
 * May be left out, but not sent as null: for optional fields whose column has a default and no null
 * (arrays, flags, notApplicable), so that null is a 400 naming the field rather than a database error.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** The largest value a PostgreSQL integer column (and a bounded OFFSET) holds: numeric inputs stop here. */
export const MAX_INT4 = 2_147_483_647;
