import { IdList, IdOrRef } from '../../registry/shared/id-list.decorator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '../../common/validators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { LAWS, type Law } from '../../domain/vocabulary';
import type { Translations } from '../../domain/translations';
import { TranslationsProperty } from '../../registry/shared/translations';

// Defined beside the snapshot, which pure code (translations, compliance) reads without the DTOs.

export class PolicyOptionsDto {
  /**
   * Days between publishing a material change and its taking effect; the public policy announces it meanwhile
   * @example 30
   */
  @IsInt()
  @Min(0)
  @Max(365)
  noticeDays: number = 30;

  /**
   * Where people send requests, if not the controller's e-mail
   * @example "contact@livechat-integrations.com"
   */
  @ApiPropertyOptional({ type: String, nullable: true, default: null })
  @IsOptional()
  @IsEmail()
  contactEmail: string | null = null;

  /**
   * Overrides the controller's minimum age
   * @example 13
   */
  @ApiPropertyOptional({ type: Number, nullable: true, default: null })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(18)
  minimumAge: number | null = null;

  /**
   * Laws the notice answers to beyond those derived from the controller's establishment and representatives:
   * `uk_gdpr` or `ch_fadp` where the service targets people in the UK or Switzerland (UK GDPR Art. 3(2), FADP
   * Art. 3), `gdpr` where a controller outside the EEA offers it in the Union (Art. 3(2)). A derived law cannot be
   * removed. Null: derived only
   * @example null
   */
  @ApiPropertyOptional({ enum: LAWS, isArray: true, nullable: true, default: null })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(LAWS.length)
  @IsIn(LAWS, { each: true })
  laws: Law[] | null = null;
}

export class CreatePolicyDto {
  /** @example "LiveChat Instagram channel - Privacy Policy" */
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  /** The service the policy is for; null for one policy covering every service */
  @IdOrRef()
  serviceId?: string | null;

  /** Narrows the policy to these data subjects (customers, applicants, employees…); empty = everyone */
  @IdList()
  dataSubjectCategoryIds?: string[];

  /**
   * The notice's language: ropa's own sentences, dates, durations and lists are written in it (`en`, `pl` Polish,
   * `de` German). Text typed into the registry (names, purposes, interests…) appears as written, in one language
   * for every notice.
   * @example "en"
   */
  @IsIn(POLICY_LANGUAGES)
  language!: PolicyLanguage;

  /**
   * Every language the policy is published in, each rendered from the same registry and kept with its own
   * content hash (Art. 12(1) GDPR: intelligible to the people it addresses). Must contain `language` (the
   * default, served when a reader asks for no language); defaults to `[language]`.
   * @example ["en", "pl"]
   */
  @ApiPropertyOptional({ enum: POLICY_LANGUAGES, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLICY_LANGUAGES.length)
  @ArrayUnique()
  @IsIn(POLICY_LANGUAGES, { each: true })
  languages?: PolicyLanguage[];

  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PolicyOptionsDto)
  options: PolicyOptionsDto = new PolicyOptionsDto();

  /**
   * The title in the policy's other languages: `{"pl": {"title": "…"}}`. `title` itself is written in the
   * controller's `language`, like every registry text; each other language the policy is published in needs
   * its translation (`translation-missing` blocks publishing without it).
   */
  @TranslationsProperty()
  translations?: Translations;
}
