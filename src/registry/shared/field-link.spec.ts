import { describe, expect, it } from '@jest/globals';
import type { DataCategory } from '../../domain/registry-snapshot';
import { DataCategoryEntity } from '../data-categories/data-category.entity';
import { CreateDataCategoryDto } from '../data-categories/dto/create-data-category.dto';
import { declaring } from './field-link';

/** A body that forgot `criminal` (and with it the Art. 10 question): the compiler must refuse it. */
class BodyWithoutCriminal {
  name!: string;
  description?: string | null;
  examples?: string[];
  special?: boolean;
  collection!: DataCategory['collection'];
  translations?: DataCategory['translations'];
}

/** A table that stores every field but `examples`. */
class TableWithoutExamples {
  name!: string;
  description!: string | null;
  special!: boolean;
  criminal!: boolean;
  collection!: DataCategory['collection'];
  translations!: DataCategory['translations'];
}

describe('declaring: a domain type tied to its DTO and entity at compile time', () => {
  it('accepts the classes that declare every field of the domain type, and hands them back', () => {
    expect(declaring<DataCategory>()(CreateDataCategoryDto)).toBe(CreateDataCategoryDto);
    expect(declaring<DataCategory>()(DataCategoryEntity)).toBe(DataCategoryEntity);
  });

  it('does not compile for a DTO or an entity missing a domain field (typecheck fails if these stop being errors)', () => {
    // @ts-expect-error `criminal` is a field of DataCategory the body does not declare
    const body = declaring<DataCategory>()(BodyWithoutCriminal);
    // @ts-expect-error `examples` is a field of DataCategory the table does not declare
    const table = declaring<DataCategory>()(TableWithoutExamples);
    expect([body, table]).toEqual([BodyWithoutCriminal, TableWithoutExamples]);
  });
});
