import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsOmittable } from '../../../common/validators';
import { IsBoolean, IsIn, IsISO31661Alpha2, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { RECIPIENT_TYPE_LABELS } from '../../../reference/vocabulary-labels';
import { RECIPIENT_TYPES, type RecipientType } from '../../../domain/vocabulary';
import { ApiEnum } from '../../shared/api-docs';
import { IdOrRef, RefField } from '../../shared/id-list.decorator';

export class CreateRecipientDto {
  /** @example "LiveChat, Inc." */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('livechat-inc')
  ref?: string;

  @ApiEnum(RECIPIENT_TYPE_LABELS, { description: 'The role the recipient plays (Art. 4(9), 26, 28)', example: 'independent_controller' })
  @IsIn(RECIPIENT_TYPES)
  type!: RecipientType;

  /**
   * Where the recipient processes the data, ISO 3166-1 alpha-2; outside the EEA a transfer must be recorded
   * @example "US"
   */
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as PL or US' })
  country!: string;

  /** @example "Provider of the LiveChat platform the channel connects to." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  /**
   * For independent controllers: their own privacy policy, linked from ours
   * @example "https://www.livechat.com/legal/privacy-policy/"
   */
  @IsOptional()
  @IsUrl({ require_protocol: true })
  privacyPolicyUrl?: string | null;

  /** Certified under the EU-US Data Privacy Framework (only then can a `dpf` transfer rely on Decision 2023/1795) */
  @IsOmittable()
  @IsBoolean()
  dpfCertified?: boolean;

  /** Certified under the Swiss–US Data Privacy Framework, a certification separate from the EU–US one (Swiss disclosures abroad) */
  @IsOmittable()
  @IsBoolean()
  swissDpfCertified?: boolean;

  /** Certified under the UK Extension to the EU–US Data Privacy Framework, the UK–US data bridge (UK transfers) */
  @IsOmittable()
  @IsBoolean()
  ukExtensionCertified?: boolean;

  /**
   * The name is a named organisation's legal name ("LiveChat, Inc."), the same in every language, rather than a
   * category of recipients ("Our payment providers"): a notice in another language prints it as it is, and the
   * translation check never asks for it
   */
  @IsOmittable()
  @IsBoolean()
  legalEntity?: boolean;

  /**
   * Sub-processors only: our processor that engaged it (Art. 28(2), (4)), by id or ref; null when we engaged it
   * ourselves. A sub-processor of a processor outside the EEA receives the data by that processor's onward
   * transfer, not by ours, and the notice and the record say so
   */
  @IdOrRef()
  engagedBy?: string | null;

  /**
   * The data processing agreement (Art. 28(3)) or other contract
   * @example "DPA signed 2024-03-01"
   */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  dpaReference?: string | null;

  /**
   * Joint controllers only (Art. 26(2)): the essence of the arrangement, as the notice will state it
   * @example "Meta Platforms Ireland Ltd is responsible for the data it collects through its pixel on our pages and answers your requests about them; we are responsible for placing the pixel and for asking your consent."
   */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  jointArrangement?: string | null;

  /**
   * Joint controllers only (Art. 26(1)): where data subjects turn, as the notice will state it
   * @example "Write to privacy@example.com; we pass on what concerns the other controller."
   */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  contactPoint?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
