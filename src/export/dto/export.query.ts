import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { EXPORT_ROLES, type ExportRole } from '../art30-columns';
import { EXPORT_FORMATS, type ExportFormat } from '../exports.service';

export class ExportQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description:
      '- `json`: the whole registry in the import shape\n- `csv`: the record, one row per activity (RFC 4180, UTF-8)\n- `xlsx`: cover, record, recipients, transfers, retention and security sheets\n- `pdf`: a readable record for a supervisory authority\n- `jsonld`: the record in DPV 2.x terms',
    default: 'json',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'json';

  @ApiPropertyOptional({
    enum: EXPORT_ROLES,
    description:
      '`controller`: the Art. 30(1) record; `processor`: the Art. 30(2) record; `all`: both in one file, as a supervisory authority asks for them (Art. 30(4)): CSV rows carry a `Record` column, XLSX has both record sheets, PDF and JSON-LD both records in turn (`json` is the whole registry whatever the role)',
    default: 'controller',
  })
  @IsOptional()
  @IsIn(EXPORT_ROLES)
  role: ExportRole = 'controller';

  @ApiPropertyOptional({
    enum: POLICY_LANGUAGES,
    description:
      "The language of the record's headings, titles, labels and article citations, for the authority that asks for it (Art. 30(4)): `pl` for the Polish and `de` for the German authorities. Registry texts come in that language where the registry translates them, else in the registry's own. `json` is the registry and ignores it.",
    default: 'en',
  })
  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  lang: PolicyLanguage = 'en';

  /**
   * The record as it stood at this instant (ISO 8601, e.g. `2026-06-30T23:59:59Z`), rebuilt from the audit trail.
   * Leave empty for the record as it stands now.
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
