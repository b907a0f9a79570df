import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

export class ListQuery {
  @ApiPropertyOptional({ description: 'Page size, at most 200', default: 50, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'How many items to skip', default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;

  /**
   * A field to sort by, `-` first for descending; ties are broken by id
   * @example "-updatedAt"
   */
  @IsOptional()
  @Matches(/^-?[a-zA-Z]+$/)
  sort?: string;

  /** Case-insensitive search in the name */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
