import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';

export class ImportQuery {
  /** Validate and report what would be created, writing nothing */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  dryRun: boolean = false;

  /** Delete the whole registry first (audited); without it a non-empty registry refuses the import with 409 */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  replace: boolean = false;
}
