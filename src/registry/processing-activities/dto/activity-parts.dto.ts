import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ART22_EXCEPTION_LABELS } from '../../../reference/legal-bases';
import {
  ART22_EXCEPTIONS,
  type Art22Exception,
  DPIA_STATUSES,
  type DpiaStatus,
  REQUIREMENT_KINDS,
  type RequirementKind,
  RETIRED_DATA_OUTCOMES,
  type RetiredDataOutcome,
} from '../../../domain/vocabulary';
import { RepresentativeDto } from '../../controller/dto/put-controller-profile.dto';
import { ApiEnum } from '../../shared/api-docs';
import { ID_OR_REF_PATTERN, IsIdOrRef } from '../../shared/id-list.decorator';
import { ApiProperty } from '@nestjs/swagger';

/** The nested parts of a processing activity body, each a class of its own for validation and Swagger. */

export const TEXT = 4000;

export class RetentionByCategoryDto {
  /** The data category (its id or ref), one of the activity's `dataCategoryIds` */
  @IsIdOrRef()
  @ApiProperty({ type: 'string', pattern: ID_OR_REF_PATTERN })
  dataCategoryId!: string;

  /** The retention rule (its id or ref) for that category */
  @IsIdOrRef()
  @ApiProperty({ type: 'string', pattern: ID_OR_REF_PATTERN })
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

  /**
   * Art. 22(1): `true` when the decision is based solely on automated processing and has legal or similarly
   * significant effects on the person; `false` when it is not (a person decides, or no such effect); null
   * (or left out) while not assessed, which the compliance check reports as an error
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  art22Applies?: boolean | null;

  @ApiEnum(ART22_EXCEPTION_LABELS, {
    description: 'Art. 22(2): what allows a decision that Art. 22(1) covers',
    example: null,
    required: false,
    nullable: true,
  })
  @IsOptional()
  @IsIn(ART22_EXCEPTIONS)
  exception?: Art22Exception | null;

  /**
   * With `exception: law`: the Union or Member State law that authorises the decision (Art. 22(2)(b))
   * @example null
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  exceptionLaw?: string | null;

  /**
   * Art. 22(3): how the person obtains a review of the decision by one of our staff
   * @example null
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  humanIntervention?: string | null;

  /**
   * Art. 22(3): how the person puts their point of view
   * @example null
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  expressView?: string | null;

  /**
   * Art. 22(3): how the person contests the decision
   * @example null
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  contest?: string | null;
}

/** ePrivacy Directive 2002/58/EC Art. 13(2): e-mail or SMS marketing to our own customers without their consent. */
export class SoftOptInDto {
  /** The e-mail address or phone number was obtained from the customer in the context of a sale of a product or service */
  @IsBoolean()
  saleContext!: boolean;

  /** Only our own similar products or services are marketed to it */
  @IsBoolean()
  similarProducts!: boolean;

  /**
   * How the customer objects, free of charge and easily, when the details are collected and in every message
   * @example "An unsubscribe link in every e-mail, and a box to tick at checkout."
   */
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT)
  objection!: string;
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

/** Retired activities: what became of the personal data once the processing ended (Art. 30(1)(f), Art. 5(1)(e)) */
export class AfterRetirementDto {
  @ApiEnum(
    {
      erased: 'erased (Art. 17)',
      anonymised: 'anonymised, so no longer personal data (Recital 26)',
      kept_until_retention_ends: 'kept, only until the retention rules end, then erased',
      kept_under_legal_obligation: 'kept because a law requires it (Art. 17(3)(b)), then erased',
      returned_to_controller: 'processor role: returned to the controller or deleted at its choice (Art. 28(3)(g))',
    },
    { description: 'What became of the data', example: 'erased' },
  )
  @IsIn(RETIRED_DATA_OUTCOMES)
  outcome!: RetiredDataOutcome;

  /**
   * When and how, or what is still kept and until when
   * @example "Erased from the CRM and its backups on 15 July 2026."
   */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  details?: string | null;
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

/** Art. 30(2)(a): a controller we act for as processor, with its contact details. */
export class ControllerServedDto {
  /** @example "Klinik Seefeld AG" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** @example "datenschutz@klinik-seefeld.example" */
  @IsEmail()
  email!: string;

  /** @example "Seestrasse 1, 8008 Zürich, Switzerland" */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  /** @example "+41 44 000 00 00" */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  /** Its Art. 27 representative in the Union, where it has one */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  representative?: RepresentativeDto | null;
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
