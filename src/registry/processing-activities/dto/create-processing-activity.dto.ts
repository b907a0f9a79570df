import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '../../../common/validators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_ROLE_LABELS } from '../../../reference/vocabulary-labels';
import { LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../../../reference/legal-bases';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  type ActivityRole,
  type ActivityStatus,
  LEGAL_BASES,
  type LegalBasis,
  MARKETING_CHANNELS,
  type MarketingChannel,
  SPECIAL_CATEGORY_CONDITIONS,
  type SpecialCategoryCondition,
} from '../../../domain/vocabulary';
import { IdList, IdOrRef, RefField } from '../../shared/id-list.decorator';
import { ApiEnum } from '../../shared/api-docs';

import {
  AfterRetirementDto,
  ACTIVITY_STATUS_MEANINGS,
  ActivityNotApplicableDto,
  AutomatedDecisionDto,
  ControllerServedDto,
  DpiaDto,
  RequirementDto,
  RetentionByCategoryDto,
  SoftOptInDto,
  TEXT,
} from './activity-parts.dto';

export class CreateProcessingActivityDto {
  /** @example "Performance of the contract" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('performance-of-the-contract')
  ref?: string;

  /**
   * Art. 30(1)(b): the purpose, as the policy will state it
   * @example "To provide the LiveChat Instagram channel under the terms of service you accepted."
   */
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  purpose!: string;

  /** Internal notes for the record; not shown in the notice @example null */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  description?: string | null;

  @ApiEnum(ACTIVITY_ROLE_LABELS, { description: 'Our role, which decides the record it belongs to', example: 'controller' })
  @IsIn(ACTIVITY_ROLES)
  role!: ActivityRole;

  @ApiEnum(ACTIVITY_STATUS_MEANINGS, { description: 'Retire an activity instead of deleting it', example: 'active' })
  @IsIn(ACTIVITY_STATUSES)
  status!: ActivityStatus;

  @ApiEnum(LEGAL_BASIS_LABELS, {
    description:
      "The Art. 6(1) legal basis relied on: required for the controller and joint-controller roles; a processor records none (it acts on its controller's basis, Art. 30(2))",
    example: 'art6_1_b',
    required: false,
    nullable: true,
  })
  @IsOptional()
  @IsIn(LEGAL_BASES)
  legalBasis?: LegalBasis | null;

  /**
   * With `art6_1_f` only: the legitimate interest pursued (Art. 13(1)(d)), e.g. "Fraud monitoring"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  legitimateInterest?: string | null;

  /**
   * With `art6_1_f` only: where the legitimate-interests assessment is kept (a link or a document reference)
   * @example "https://intranet.example/lia/fraud-monitoring"
   */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @ApiPropertyOptional({ nullable: true })
  legitimateInterestAssessment?: string | null;

  /**
   * With `art6_1_c` only: the law that imposes the obligation (Art. 6(3)), e.g. "Accounting Act of 29 September 1994"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  legalObligation?: string | null;

  /**
   * With `art6_1_c` or `art6_1_e`: whose law imposes the obligation or task (Art. 6(3)): `EU` for Union law,
   * otherwise the ISO 3166-1 alpha-2 code of the state
   * @example "PL"
   */
  @IsOptional()
  @Matches(/^(EU|[A-Z]{2})$/, { message: 'legalObligationJurisdiction must be EU or an ISO 3166-1 alpha-2 code such as PL' })
  @ApiPropertyOptional({ nullable: true })
  legalObligationJurisdiction?: string | null;

  /**
   * With `art6_1_a` (or Art. 9(2)(a)): how consent is given (Art. 7(2)), e.g. "An opt-in switch in the app settings."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  consentMechanism?: string | null;

  /**
   * With `art6_1_a` (or Art. 9(2)(a)): how consent is withdrawn (Art. 7(3)), as easy as giving it, e.g. "Switch the option off in the app settings."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  consentWithdrawal?: string | null;

  @ApiEnum(SPECIAL_CATEGORY_CONDITION_LABELS, {
    description: 'The Art. 9(2) condition, needed when a data category is special',
    example: 'art9_2_a',
    required: false,
    nullable: true,
  })
  @IsOptional()
  @IsIn(SPECIAL_CATEGORY_CONDITIONS)
  specialCategoryCondition?: SpecialCategoryCondition | null;

  /**
   * With Art. 9(2)(b), (g), (h), (i) or (j): the Union or Member State law (for (b) also a collective agreement)
   * the condition rests on, e.g. "Polish Labour Code, Art. 92 (sick pay)"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  specialCategoryLaw?: string | null;

  /**
   * With specialCategoryLaw: whose law it is, `EU` or the ISO 3166-1 alpha-2 code of the state, e.g. "PL"
   */
  @IsOptional()
  @Matches(/^(EU|[A-Z]{2})$/, { message: 'specialCategoryLawJurisdiction must be EU or an ISO 3166-1 alpha-2 code such as PL' })
  @ApiPropertyOptional({ nullable: true, example: null })
  specialCategoryLawJurisdiction?: string | null;

  /** Art. 10: the official authority or law that allows criminal-offence data */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  criminalDataAuthorisation?: string | null;

  /** Art. 30(1)(c): whose data */
  @IdList()
  dataSubjectCategoryIds?: string[];

  /** Art. 30(1)(c): which data */
  @IdList()
  dataCategoryIds?: string[];

  /** Art. 30(1)(d): who receives them */
  @IdList()
  recipientIds?: string[];

  /** Art. 30(1)(f): the general time limit for erasure */
  @IdOrRef()
  retentionRuleId?: string | null;

  /** Art. 30(1)(f): time limits per data category, where they differ */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RetentionByCategoryDto)
  @ApiPropertyOptional({ example: [] })
  retentionByCategory?: RetentionByCategoryDto[];

  /** Art. 30(1)(g) */
  @IdList()
  securityMeasureIds?: string[];

  /** The services whose policies include this activity */
  @IdList()
  serviceIds?: string[];

  /**
   * Art. 14(2)(f): where data not obtained from the person come from
   * @example "Your employer, when it registers you as an agent of its LiveChat account."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  sources?: string | null;

  /**
   * Recital 61: why the source cannot be named (various sources were used), with the general information
   * given instead
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  sourceUnnamedReason?: string | null;

  /**
   * Art. 13(2)(f), 22: automated decision-making, with its logic and significance and, where Art. 22(1)
   * covers it, its exception and safeguards
   */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AutomatedDecisionDto)
  automatedDecision?: AutomatedDecisionDto | null;

  /** Art. 4(4) profiling takes place */
  @IsOmittable()
  @IsBoolean()
  profiling?: boolean;

  /** Art. 21(2): the data are used for direct marketing (objection to it is absolute) */
  @IsOmittable()
  @IsBoolean()
  directMarketing?: boolean;

  /** Direct marketing only: how it reaches people */
  @ApiEnum(
    {
      email: 'e-mail',
      sms: 'SMS or other text message',
      phone: 'phone calls',
      post: 'letters by post',
      in_app: 'messages in our app or website',
    },
    { description: 'With directMarketing only: the channels it uses', example: null, required: false, isArray: true },
  )
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MARKETING_CHANNELS.length)
  @IsIn(MARKETING_CHANNELS, { each: true })
  marketingChannels?: MarketingChannel[];

  /** Direct marketing by e-mail or SMS without consent: the conditions of ePrivacy Directive Art. 13(2) */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SoftOptInDto)
  softOptIn?: SoftOptInDto | null;

  /** Art. 13(2)(e) */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RequirementDto)
  requirement?: RequirementDto | null;

  /** Art. 35 */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DpiaDto)
  dpia?: DpiaDto | null;

  /**
   * Processor role only: each controller we act for, with its contact details and representative (Art. 30(2)(a));
   * null (as files written when this was one text sent it) means none
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ControllerServedDto)
  @ApiPropertyOptional({ type: [ControllerServedDto], example: [] })
  onBehalfOf?: ControllerServedDto[] | null;

  /**
   * Retired activities only: when the processing ended; set to the time of retiring when left out
   * @example "2026-06-30T00:00:00.000Z"
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  retiredAt?: string | null;

  /** Retired activities only: what became of the data (Art. 30(1)(f), Art. 5(1)(e)); the record says so instead of a running retention */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AfterRetirementDto)
  afterRetirement?: AfterRetirementDto | null;

  /** Elements that do not apply, each with the reason, so that empty is told apart from forgotten */
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ActivityNotApplicableDto)
  notApplicable?: ActivityNotApplicableDto;

  @TranslationsProperty()
  translations?: Translations;
}
