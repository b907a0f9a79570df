import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { SECURITY_MEASURE_KINDS, type SecurityMeasureKind } from '../../../domain/vocabulary';
import { ApiEnum } from '../../shared/api-docs';
import { RefField } from '../../shared/id-list.decorator';

export const SECURITY_MEASURE_KIND_MEANINGS = {
  technical: 'technical measure (encryption, access control, backups)',
  organisational: 'organisational measure (policies, training, contracts)',
};

export class CreateSecurityMeasureDto {
  /** @example "Encryption in transit" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('encryption')
  ref?: string;

  @ApiEnum(SECURITY_MEASURE_KIND_MEANINGS, { description: 'Art. 32(1) kind of measure', example: 'technical' })
  @IsIn(SECURITY_MEASURE_KINDS)
  kind!: SecurityMeasureKind;

  /** @example "All data between your browser, our servers and our suppliers travels over TLS 1.2 or later." */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description!: string;

  @TranslationsProperty()
  translations?: Translations;
}
