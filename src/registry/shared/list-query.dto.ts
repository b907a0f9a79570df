import { MAX_INT4 } from '../../common/validators';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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
  @Max(MAX_INT4)
  offset: number = 0;

  /** A field to sort by, `-` first for descending (e.g. `-updatedAt`); ties are broken by id */
  @IsOptional()
  @Matches(/^-?[a-zA-Z]+$/)
  sort?: string;

  /** Case-insensitive search in the name */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /**
   * The `nextCursor` of the page before: the next page, found through the sort's index however deep
   * (with the same `sort`; `offset` then counts from the cursor)
   */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  /** Count the items the filters select and answer them as `total` (one more query; left out otherwise) */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  total?: boolean;
}
