import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { UnprocessableError } from '../common/errors';
import { flattenValidationErrors } from '../common/validation';
import { CreatePolicyDto } from '../policy/dto/create-policy.dto';
import type { PoliciesService } from '../policy/policies.service';
import type { PolicyEntity } from '../policy/policy.entity';
import type { RegistryService } from '../registry/shared/registry.service';
import { exampleId } from './example-ids';
import type { ImportService } from '../import/import.service';

export const EXAMPLE_FILE = join('examples', 'livechat-instagram.json');

/**
 * The example's policies sit beside its registry, in `<name>.policies.json` (`{ "policies": [...] }`),
 * read by this loader only: the registry file stays exactly the import format (policies are not part of
 * the Art. 30 record, and the file can still be POSTed to /imports/ropa as it is).
 */
export const policiesFileOf = (registryFile: string): string => registryFile.replace(/\.json$/, '.policies.json');

/**
 * A policy of the example. Ids are refs of the registry file, like the registry's own; `publish`
 * publishes a first version at start when the registry gives it no compliance error in any of its languages.
 */
export interface ExamplePolicy {
  ref: string;
  title: string;
  serviceId?: string | null;
  dataSubjectCategoryIds?: string[];
  language: string;
  languages?: string[];
  options?: object;
  /** The title in the policy's other languages: `{"pl": {"title": "…"}}` */
  translations?: object;
  publish?: { changeSummary: string; material: boolean };
}

export interface ExampleServices {
  imports: ImportService;
  policies: PoliciesService;
  policyCrud: RegistryService<PolicyEntity>;
}

/**
 * Loads the example registry into an empty registry (first start), then creates the example's
 * policies and publishes those that can be; a registry with data is left alone. A policy that cannot be
 * published is logged with its findings and left as a draft: the start goes on.
 */
export async function loadExampleIfEmpty(services: ExampleServices, file = join(process.cwd(), EXAMPLE_FILE)): Promise<boolean> {
  const { imports, policies, policyCrud } = services;
  if (!(await imports.isEmpty())) return false;
  const log = new Logger('Example');
  const result = await imports.import(JSON.parse(await readFile(file, 'utf8')), { dryRun: false, replace: false, stableIds: true }, null);
  log.log(`Loaded the example registry from ${file}: ${JSON.stringify(result.created)}`);
  const policiesFile = policiesFileOf(file);
  const { policies: examplePolicies = [] } = existsSync(policiesFile)
    ? (JSON.parse(await readFile(policiesFile, 'utf8')) as { policies?: ExamplePolicy[] })
    : {};
  for (const example of examplePolicies) {
    const dto = plainToInstance(CreatePolicyDto, {
      title: example.title,
      serviceId: example.serviceId ? exampleId('service', example.serviceId) : null,
      dataSubjectCategoryIds: (example.dataSubjectCategoryIds ?? []).map((ref) => exampleId('data_subject_category', ref)),
      language: example.language,
      languages: example.languages,
      options: example.options,
      translations: example.translations,
    });
    const invalid = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (invalid.length > 0) throw new Error(`The example policy ${example.ref} is invalid: ${JSON.stringify(invalid)}`);
    const id = exampleId('policy', example.ref);
    await policyCrud.write((manager) => policyCrud.createWithin(manager, dto, null, id));
    if (!example.publish) continue;
    try {
      const version = await policies.publish(id, { effectiveFrom: new Date().toISOString(), ...example.publish }, null);
      log.log(`Published version ${version.number} of "${example.title}" in ${version.languages.map((l) => l.language).join(', ')}`);
    } catch (error) {
      if (!(error instanceof UnprocessableError)) throw error;
      log.warn(`"${example.title}" is left unpublished: ${error.message} ${JSON.stringify(error.errors)}`);
    }
  }
  return true;
}
