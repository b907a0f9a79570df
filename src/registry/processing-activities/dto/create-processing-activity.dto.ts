import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '../../../common/validators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_ROLE_LABELS, LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../../../reference/gdpr';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  type ActivityRole,
  type ActivityStatus,
  DPIA_STATUSES,
  type DpiaStatus,
  LEGAL_BASES,
  type LegalBasis,
  REQUIREMENT_KINDS,
  type RequirementKind,
  SPECIAL_CATEGORY_CONDITIONS,
  type SpecialCategoryCondition,
} from '../../../snapshot/registry-snapshot';
import { IdList } from '../../shared/id-list.decorator';
import { ApiEnum } from '../../shared/api-docs';

const TEXT = 4000;

export class RetentionByCategoryDto {
  @IsUUID()
  dataCategoryId!: string;

  @IsUUID()
  retentionRuleId!: string;
}

export class AutomatedDecisionDto {
  /**
   * Meaningful information about the logic involved (Art. 13(2)(f))
   * @example "Messages are scored by keywords to route them to a sales or support agent."
   */
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  logic!: string;

  /**
   * Its significance and envisaged consequences for the person
   * @example "Decides only who answers first; no legal or similarly significant effect."
   */
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  significance!: string;
}

export const ACTIVITY_STATUS_MEANINGS = {
  draft: 'being written; not in policies',
  active: 'in the record and the policies',
  retired: 'ended; kept for the record, never in policies',
};

export class RequirementDto {
  @ApiEnum(
    {
      statutory: 'required by law',
      contractual: 'required by a contract',
      contract_precondition: 'needed to enter into a contract',
      none: 'voluntary',
    },
    { description: 'Art. 13(2)(e): whether the person must provide the data', example: 'contractual' },
  )
  @IsIn(REQUIREMENT_KINDS)
  kind!: RequirementKind;

  /**
   * What happens if the data are not provided
   * @example "Without these data we cannot provide the service."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  consequences?: string | null;
}

export class DpiaDto {
  /** Whether a data protection impact assessment is required (Art. 35) */
  @IsBoolean()
  required!: boolean;

  @ApiEnum(
    { not_started: 'not started', in_progress: 'in progress', completed: 'completed' },
    { description: 'Where the DPIA stands', example: 'completed' },
  )
  @IsIn(DPIA_STATUSES)
  status!: DpiaStatus;

  /** @example "DPIA-2025-03" */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reference?: string | null;
}

/** "Where applicable" elements declared not applicable, each with its reason. */
export class ActivityNotApplicableDto {
  /** @example "Data are deleted as soon as the request is answered; no storage period applies." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  retention?: string;

  /** @example "No personal data leave the controller's own systems, which are covered by its general security policy." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  securityMeasures?: string;

  /** @example "The data are used by our own staff only and disclosed to no one." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  recipients?: string;

  /** @example "All recipients process the data inside the EEA." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  transfers?: string;
}

export class CreateProcessingActivityDto {
  /** @example "Performance of the contract" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

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

  @ApiEnum(LEGAL_BASIS_LABELS, { description: 'The Art. 6(1) legal basis relied on', example: 'art6_1_b' })
  @IsIn(LEGAL_BASES)
  legalBasis!: LegalBasis;

  /**
   * With `art6_1_f` only: the legitimate interest pursued (Art. 13(1)(d)), e.g. "Fraud monitoring"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  legitimateInterest?: string | null;

  /**
   * With `art6_1_c` only: the law that imposes the obligation (Art. 6(3)), e.g. "Accounting Act of 29 September 1994"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  legalObligation?: string | null;

  /**
   * With `art6_1_a` only: how consent is collected and withdrawn (Art. 7), e.g. "Opt-in switch in the app settings; switching it off withdraws consent."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  consentMechanism?: string | null;

  @ApiEnum(SPECIAL_CATEGORY_CONDITION_LABELS, {
    description: 'The Art. 9(2) condition, needed when a data category is special',
    example: 'art9_2_a',
    required: false,
    nullable: true,
  })
  @IsOptional()
  @IsIn(SPECIAL_CATEGORY_CONDITIONS)
  specialCategoryCondition?: SpecialCategoryCondition | null;

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
  @IsOptional()
  @IsUUID()
  @ApiPropertyOptional({ nullable: true, example: null })
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

  /** Art. 22: automated decision-making, with its logic and significance */
  @IsOptional()
  @ValidateNested()
  @Type(() => AutomatedDecisionDto)
  automatedDecision?: AutomatedDecisionDto | null;

  /** Art. 4(4) profiling takes place */
  @IsOmittable()
  @IsBoolean()
  profiling?: boolean;

  /** Art. 13(2)(e) */
  @IsOptional()
  @ValidateNested()
  @Type(() => RequirementDto)
  requirement?: RequirementDto | null;

  /** Art. 35 */
  @IsOptional()
  @ValidateNested()
  @Type(() => DpiaDto)
  dpia?: DpiaDto | null;

  /**
   * Processor role only: the controller served, with its contact (Art. 30(2)(a)), e.g. "Acme Sp. z o.o., privacy@acme.example"
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  @ApiPropertyOptional({ nullable: true, example: null })
  onBehalfOf?: string | null;

  /** Elements that do not apply, each with the reason, so that empty is told apart from forgotten */
  @IsOmittable()
  @ValidateNested()
  @Type(() => ActivityNotApplicableDto)
  notApplicable?: ActivityNotApplicableDto;
}
