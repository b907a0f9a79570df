import type { Translations } from '../../../domain/translations';
import { TranslationsProperty } from '../../shared/translations';
import { IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { RefField } from '../../shared/id-list.decorator';

export class CreateServiceDto {
  /**
   * The product or website a privacy policy is published for
   * @example "LiveChat Instagram channel"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @RefField('instagram-channel')
  ref?: string;

  /**
   * Identifies the service in the public policy URL: /api/v1/public/policies/{slug}
   * @example "livechat-instagram"
   */
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters, digits and single hyphens' })
  @MaxLength(100)
  slug!: string;

  /** @example "https://livechat-integrations.com/instagram" */
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;

  /** @example "Connects an Instagram business account to LiveChat so agents answer direct messages." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @TranslationsProperty()
  translations?: Translations;
}
