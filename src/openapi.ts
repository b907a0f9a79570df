import 'reflect-metadata';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { loadConfig } from './config/config';
import { applyGlobalPrefix, createAdapter } from './setup';
import { buildOpenApiDocument } from './swagger';

const FILE = join(process.cwd(), 'openapi', 'openapi.json');

/**
 * Writes openapi/openapi.json from the app's own metadata (preview mode: no database), with sorted
 * keys so that it only changes when the API does. `--check` fails when the committed file differs.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ROPA_DATA_DIR: ':memory:' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(config), {
    preview: true,
    logger: false,
  });
  applyGlobalPrefix(app);
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = await readFile(FILE, 'utf8').catch(() => '');
    if (committed !== text) {
      process.stderr.write('openapi/openapi.json is out of date: run `npm run openapi` and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write('openapi/openapi.json is current.\n');
    return;
  }
  await mkdir(join(process.cwd(), 'openapi'), { recursive: true });
  await writeFile(FILE, text);
  process.stdout.write(`Wrote ${FILE}\n`);
}

void main();
