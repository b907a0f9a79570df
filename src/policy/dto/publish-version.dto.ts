import { IsBoolean, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class PublishVersionDto {
  /**
   * When this version takes effect (ISO 8601, e.g. `2026-12-01T00:00:00Z`); left out, the moment it is
   * published. Never earlier than the moment of publishing (5 minutes of clock skew allowed): a version
   * cannot say what people were told in the past. A material change to a published policy must leave at least the policy's noticeDays;
   * meanwhile the public policy announces it.
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  effectiveFrom?: string;

  /**
   * What changed, in words for the reader; shown in the notice of an upcoming change
   */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  changeSummary!: string;

  /**
   * A change people must be told about in advance (new purposes, recipients, transfers…); always false
   * for a policy's first version, which changes nothing
   */
  @IsBoolean()
  material!: boolean;
}
