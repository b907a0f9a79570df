import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDuration } from '../../../common/validators';
import { RETENTION_TRIGGER_LABELS } from '../../../reference/vocabulary-labels';
import { RETENTION_TRIGGERS, type RetentionTrigger } from '../../../domain/vocabulary';
import { ApiEnum } from '../../shared/api-docs';
import { RefField } from '../../shared/id-list.decorator';

export class CreateRetentionRuleDto {
  /** @example "Accounting records" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('contract-duration')
  ref?: string;

  /**
   * How long, as an ISO 8601 duration; omit when only criteria can be given (Art. 13(2)(a))
   * @example "P5Y"
   */
  @IsOptional()
  @IsIsoDuration()
  period?: string | null;

  @ApiEnum(RETENTION_TRIGGER_LABELS, { description: 'When the period starts to run', example: 'end_of_contract' })
  @IsIn(RETENTION_TRIGGERS)
  trigger!: RetentionTrigger;

  /**
   * The criteria that decide the period, in words a reader understands
   * @example "Five years from the end of the financial year in which the invoice was issued."
   */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  criteria!: string;

  /**
   * The law that sets the period, if any
   * @example "Polish Accounting Act of 29 September 1994, Art. 74"
   */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalReference?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
