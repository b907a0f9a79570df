import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_GRACE_SECONDS = 7 * 86_400;

export class RotateSecretDto {
  /**
   * How long the old secret keeps signing beside the new one (seconds, at most 7 days), so that a
   * receiver can switch without losing events; 0 ends it now
   * @example 86400
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_GRACE_SECONDS)
  gracePeriodSeconds: number = 86_400;
}
