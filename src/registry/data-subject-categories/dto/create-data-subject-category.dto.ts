import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../../common/validators';
import { RefField } from '../../shared/id-list.decorator';

export class CreateDataSubjectCategoryDto {
  /**
   * Whose data: customers, website visitors, employees, applicants…
   * @example "Customers using the service"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('customers')
  ref?: string;

  /** @example "Businesses and their agents who connect an Instagram account to LiveChat through the service." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /**
   * These people use our websites or apps. Only a notice whose scope includes such people speaks of
   * children, of stopping to use our services and of cookies; an employees' or applicants' notice does not.
   */
  @IsOmittable()
  @IsBoolean()
  usesServices?: boolean;

  /**
   * How they come to deal with us, as the opening of their notice says it, to end "… decides why and how your
   * personal data are used": "as our employee", "when you visit our warehouse", "when you apply for a job with
   * us"; translatable
   * @example "when you apply for a job with us"
   */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  relationship?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
