import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';

export class ImportQuery {
  @ApiPropertyOptional({
    default: false,
    description: 'Validate and report what the import would add, change and delete (with `replace`), writing nothing',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  dryRun: boolean = false;

  @ApiPropertyOptional({
    default: false,
    description: 'Delete the whole registry first (audited); without it a non-empty registry refuses the import with 409',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  replace: boolean = false;
}
