import { registerDecorator, type ValidationOptions } from 'class-validator';

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
