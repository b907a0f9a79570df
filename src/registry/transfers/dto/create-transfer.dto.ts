import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsOmittable } from '../../../common/validators';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DEROGATION_LABELS, TRANSFER_MECHANISM_LABELS } from '../../../reference/transfer-mechanisms';
import {
  DEROGATIONS,
  type Derogation,
  LOCAL_TRANSFER_TOOLS,
  type LocalTransferTool,
  TRANSFER_MECHANISMS,
  type TransferMechanism,
} from '../../../domain/vocabulary';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiEnum } from '../../shared/api-docs';
import { ID_OR_REF_PATTERN, IsIdOrRef, RefField } from '../../shared/id-list.decorator';

export class CreateTransferDto {
  /** The recipient that receives the data abroad, by its id or ref (here: LiveChat, Inc. of the example registry) */
  @ApiProperty({ type: 'string', pattern: ID_OR_REF_PATTERN, example: 'rcp-livechat' })
  @IsIdOrRef()
  recipientId!: string;

  @RefField('transfer-to-us-scc')
  ref?: string;

  /**
   * Destination country, ISO 3166-1 alpha-2
   * @example "US"
   */
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as US' })
  country!: string;

  @ApiEnum(TRANSFER_MECHANISM_LABELS, { description: 'The Chapter V ground the transfer relies on', example: 'scc' })
  @IsIn(TRANSFER_MECHANISMS)
  mechanism!: TransferMechanism;

  /**
   * Transfer tools of UK and Swiss law the transfer also rests on: `uk_idta` (the ICO's International Data Transfer
   * Agreement), `uk_addendum` (the UK Addendum to the EU SCCs), `ch_scc` (standard data protection clauses as an
   * Art. 16(2) FADP guarantee). A UK transfer needs one of the UK tools where an EU SCC module alone is recorded
   * @example []
   */
  @ApiPropertyOptional({ enum: LOCAL_TRANSFER_TOOLS, isArray: true, default: [] })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(LOCAL_TRANSFER_TOOLS.length)
  @IsIn(LOCAL_TRANSFER_TOOLS, { each: true })
  localTools?: LocalTransferTool[];

  @ApiPropertyOptional({
    type: 'integer',
    enum: [1, 2, 3, 4],
    nullable: true,
    example: 1,
    description:
      'With `scc` only: the module of Decision 2021/914 (1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  sccModule?: 1 | 2 | 3 | 4 | null;

  @ApiEnum(DEROGATION_LABELS, {
    description: 'With `derogation` only: the Art. 49(1) ground',
    example: null,
    required: false,
    nullable: true,
  })
  @IsOptional()
  @IsIn(DEROGATIONS)
  derogation?: Derogation | null;

  /**
   * The safeguards and supplementary measures, as the notice should describe them
   * @example "The recipient is not certified under the Data Privacy Framework, so the transfer relies on the Commission's standard contractual clauses."
   */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  safeguards?: string | null;

  /** Whether people can obtain a copy of the safeguards (Art. 13(1)(f)) */
  @IsOmittable()
  @IsBoolean()
  copyAvailable?: boolean;

  /**
   * How to obtain that copy
   * @example "Write to contact@livechat-integrations.com to receive a copy of the clauses."
   */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  copyInstructions?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
