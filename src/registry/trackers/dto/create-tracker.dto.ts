import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { TRACKER_CATEGORY_LABELS, TRACKER_KIND_LABELS } from '../../../reference/vocabulary-labels';
import {
  TRACKER_CATEGORIES,
  TRACKER_PARTIES,
  type TrackerCategory,
  type TrackerKind,
  type TrackerParty,
  TRACKER_KINDS,
} from '../../../domain/vocabulary';
import { IdList, IdOrRef, RefField } from '../../shared/id-list.decorator';
import { ApiEnum } from '../../shared/api-docs';

export class CreateTrackerDto {
  /** @example "Email open tracking beacon" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('session-cookie')
  ref?: string;

  @ApiEnum(TRACKER_KIND_LABELS, { description: 'The technology', example: 'web_beacon' })
  @IsIn(TRACKER_KINDS)
  kind!: TrackerKind;

  @ApiEnum(TRACKER_CATEGORY_LABELS, { description: 'Why it is set; all but strictly necessary need consent', example: 'marketing' })
  @IsIn(TRACKER_CATEGORIES)
  category!: TrackerCategory;

  /** @example "LiveChat Integrations" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  provider!: string;

  @ApiEnum({ first: 'set by us', third: 'set by another company' }, { description: 'Who sets it', example: 'first' })
  @IsIn(TRACKER_PARTIES)
  party!: TrackerParty;

  /** @example "Tells us whether an e-mail we sent was opened and which links were clicked." */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  purpose!: string;

  /**
   * How long it lasts, in words or as an ISO 8601 duration
   * @example "Until the e-mail is deleted"
   */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  duration?: string | null;

  /** The services that use it */
  @IdList()
  serviceIds?: string[];

  /** The processing activity (and so the legal basis) it serves; consent for all but strictly necessary */
  @IdOrRef()
  processingActivityId?: string | null;

  /** The data it collects */
  @IdList()
  dataCategoryIds?: string[];

  /**
   * How a person refuses or removes it
   * @example "Turn off automatic image loading in your e-mail program."
   */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  optOut?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
