import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Translations } from '../../../domain/translations';
import { ID_OR_REF_PATTERN, IdList, IsIdOrRef, RefField } from '../../shared/id-list.decorator';
import { TranslationsProperty } from '../../shared/translations';

export class CreateCollectionPointDto {
  /**
   * The form or channel as the person sees it; its short notice is headed with it; translatable
   * @example "Contact form"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('contact-form')
  ref?: string;

  /** The service the form belongs to, by its id or ref: its notice links to that service's published policy */
  @ApiProperty({ type: 'string', pattern: ID_OR_REF_PATTERN, example: 'svc-instagram' })
  @IsIdOrRef()
  serviceId!: string;

  /** The processing activities the data collected there serve: their purposes, bases and requirements make the notice */
  @IdList()
  processingActivityIds?: string[];

  /** The data categories the form asks for */
  @IdList()
  dataCategoryIds?: string[];

  @TranslationsProperty()
  translations?: Translations;
}
