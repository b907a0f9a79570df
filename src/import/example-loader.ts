import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { ImportService } from './import.service';

export const EXAMPLE_FILE = join('examples', 'livechat-instagram.json');

/** Loads the example registry into an empty registry (first start); a registry with data is left alone. */
export async function loadExampleIfEmpty(imports: ImportService, file = join(process.cwd(), EXAMPLE_FILE)): Promise<boolean> {
  if (!(await imports.isEmpty())) return false;
  const document: unknown = JSON.parse(await readFile(file, 'utf8'));
  const result = await imports.import(document, { dryRun: false, replace: false, stableIds: true }, null);
  new Logger('Example').log(`Loaded the example registry from ${file}: ${JSON.stringify(result.created)}`);
  return true;
}
