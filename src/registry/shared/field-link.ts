import type { Type } from '@nestjs/common';
import type { EntryField } from '../../domain/registry-snapshot';

/** The fields of `T` that class `C` does not declare. */
export type Undeclared<T, C> = Exclude<EntryField<T>, keyof C>;

/**
 * A class that declares every field of domain type `T` (optional or not). When one is missing, the
 * type asks for a `undeclaredFields` member naming them, so the compiler's message lists the fields to add.
 */
export type Declaring<T, C> = Type<C> & ([Undeclared<T, C>] extends [never] ? unknown : { undeclaredFields: Undeclared<T, C> });

/**
 * Ties a DTO or an entity class to its domain type at compile time: `declaring<DataCategory>()(CreateDataCategoryDto)`
 * compiles only while the class declares every field of `DataCategory`, so a field added to the domain
 * type is a type error at the body it must be written through and the table it must be stored in.
 */
export const declaring =
  <T>() =>
  <C>(cls: Declaring<T, C>): Type<C> =>
    cls;
