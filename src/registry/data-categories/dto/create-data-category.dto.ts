import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsOmittable } from '../../../common/validators';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { COLLECTION_METHOD_LABELS } from '../../../reference/vocabulary-labels';
import { COLLECTION_METHODS, type CollectionMethod } from '../../../domain/vocabulary';
import { ApiEnum } from '../../shared/api-docs';
import { RefField } from '../../shared/id-list.decorator';

export class CreateDataCategoryDto {
  /** @example "Contact details" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('contact-details')
  ref?: string;

  /** @example "How we reach you: your name, last name, e-mail address and phone number." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /**
   * Items of this category, as a reader would recognise them
   * @example ["name", "last name", "e-mail address", "phone number"]
   */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  examples?: string[];

  /** Art. 9(1) special category (health, biometric, beliefs…): needs an Art. 9(2) condition on each activity */
  @IsOmittable()
  @IsBoolean()
  special?: boolean;

  /** Art. 10 data on criminal convictions and offences */
  @IsOmittable()
  @IsBoolean()
  criminal?: boolean;

  @ApiEnum(COLLECTION_METHOD_LABELS, {
    description: 'How the data are obtained; `third_party` brings the Art. 14 source wording into the policy',
    example: 'provided',
  })
  @IsIn(COLLECTION_METHODS)
  collection!: CollectionMethod;

  /**
   * Images of people recorded by a camera (CCTV, video surveillance). Each activity using such a category gets a
   * public warning sign for the camera, the first layer EDPB Guidelines 3/2019 ask for
   */
  @IsOmittable()
  @IsBoolean()
  videoSurveillance?: boolean;

  @TranslationsProperty()
  translations?: Translations;
}
