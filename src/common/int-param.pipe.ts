import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from './errors';
import { MAX_INT4 } from './validators';

/**
 * A positive integer path parameter (a version number) that fits an integer column: anything else is
 * a 400 naming the parameter, never a database error.
 */
@Injectable()
export class PositiveIntParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'parameter';
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < 1 || number > MAX_INT4) {
      throw new RequestValidationError([{ path: name, message: `${name} must be an integer from 1 to ${MAX_INT4}` }]);
    }
    return number;
  }
}
