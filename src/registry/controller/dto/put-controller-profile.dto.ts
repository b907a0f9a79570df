import { POLICY_LANGUAGES, type PolicyLanguage } from '../../../domain/languages';
import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable } from '../../../common/validators';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class PostalAddressDto {
  /** @example "Hiacyntowa 14" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  street!: string;

  /** @example "55-095" */
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postalCode!: string;

  /** @example "Mirków" */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city!: string;

  /**
   * ISO 3166-1 alpha-2
   * @example "PL"
   */
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as PL' })
  country!: string;
}

export class DpoDto {
  /** @example "Anna Kowalska" */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  /** Only the contact is required in a notice (Art. 13(1)(b)) @example "dpo@livechat-integrations.com" */
  @IsEmail()
  email!: string;

  /** @example "+48 71 000 00 00" */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;
}

export class RepresentativeDto {
  /** @example "EU Rep Ltd" */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** @example "eu-representative@example.com" */
  @IsEmail()
  email!: string;

  /** @example "1 Example Street, 00-001 Warsaw, Poland" */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  address!: string;
}

export class SupervisoryAuthorityDto {
  /** @example "Prezes Urzędu Ochrony Danych Osobowych (PUODO)" */
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  /** @example "PL" */
  @IsISO31661Alpha2()
  country!: string;

  /** @example "https://uodo.gov.pl" */
  @IsOptional()
  @IsUrl({ require_protocol: true })
  website?: string | null;
}

/** Elements of Art. 30(1)(a) that do not apply, each with its reason. */
export class ControllerNotApplicableDto {
  /** @example "No DPO is required: no large-scale monitoring and no special-category data (Art. 37(1))." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  dpo?: string;

  /** @example "The controller is established in the EU (Art. 27(1) does not apply)." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  representative?: string;

  /** @example "We do not offer our services to people in the United Kingdom or monitor them there." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  ukRepresentative?: string;

  /** @example "Our processing of data of people in Switzerland is neither regular nor large-scale (Art. 14 FADP)." */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  swissRepresentative?: string;
}

export class PutControllerProfileDto {
  /** @example "LiveChat Integrations" */
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  legalName!: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  registeredAddress!: PostalAddressDto;

  /** @example "0001013695" */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  registrationNumber!: string;

  /** Where people send questions and requests @example "contact@livechat-integrations.com" */
  @IsEmail()
  email!: string;

  /** @example null */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  /** @example "https://livechat-integrations.com" */
  @IsOptional()
  @IsUrl({ require_protocol: true })
  website?: string | null;

  /** The data protection officer; or null with `notApplicable.dpo` saying why there is none */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DpoDto)
  @ApiPropertyOptional({ type: DpoDto, nullable: true, example: null })
  dpo?: DpoDto | null;

  /** The Art. 27 representative; or null with `notApplicable.representative` */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true, example: null })
  representative?: RepresentativeDto | null;

  /** The representative in the United Kingdom (UK GDPR Art. 27) of a controller outside the UK that targets people there; or null with `notApplicable.ukRepresentative` */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true, example: null })
  ukRepresentative?: RepresentativeDto | null;

  /** The representative in Switzerland (FADP Art. 14) of a controller abroad that must appoint one; or null with `notApplicable.swissRepresentative` */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true, example: null })
  swissRepresentative?: RepresentativeDto | null;

  /** The authority people may complain to (Art. 77) */
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SupervisoryAuthorityDto)
  supervisoryAuthority!: SupervisoryAuthorityDto;

  /** Below this age we do not collect data @example 13 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(18)
  minimumAge?: number | null;

  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ControllerNotApplicableDto)
  notApplicable?: ControllerNotApplicableDto;

  /**
   * The language the texts of the registry (this profile and every registry item) are written in; `translations`
   * give them in the other policy languages. `en` when left out
   */
  @IsOmittable()
  @IsIn(POLICY_LANGUAGES)
  @ApiPropertyOptional({ enum: POLICY_LANGUAGES, default: 'en', example: 'en' })
  language?: PolicyLanguage;

  /**
   * The day from which we honour Global Privacy Control signals (the `Sec-GPC: 1` header, `navigator.globalPrivacyControl`)
   * as a request to opt out of sale or sharing and of consent-based tracking, or the day we last changed how we
   * honour them; null (or left out) when we do not say we do. Published as `/.well-known/gpc.json`
   * @example null
   */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'gpcHonouredSince must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  gpcHonouredSince?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
