import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/api-keys.service';
import { canonicalJson } from '../common/canonical-json';
import { ConflictError, RequestValidationError, UnprocessableError } from '../common/errors';
import { policiesResource } from '../policy/policies.resource';
import { PolicyEntity } from '../policy/policy.entity';
import { DataSubjectCategoryEntity } from '../registry/data-subject-categories/data-subject-category.entity';
import { ServiceEntity } from '../registry/services/service.entity';
import { flattenValidationErrors } from '../common/validation';
import { ControllerProfileEntity } from '../registry/controller/controller-profile.entity';
import { ControllerProfileService } from '../registry/controller/controller-profile.service';
import { PutControllerProfileDto } from '../registry/controller/dto/put-controller-profile.dto';
import { type RegistryService, registryServiceToken } from '../registry/shared/registry.service';
import { RESOURCE_DEFINITIONS } from '../registry/shared/resource-registry';
import type { CrudDefinition, ResourceDefinition } from '../registry/shared/resource-definition';
import { AuditService } from '../audit/audit.service';
import { exampleId } from '../examples/example-ids';
import { ROPA_DOCUMENT_FORMAT, type RegistryCollection } from '../domain/ropa-document';
import { storedRefs } from './stored-refs';
import { cooperative } from '../common/cooperative';

export interface ImportError {
  /** Where in the document: `processingActivities[3].dataCategoryIds[1]` */
  path: string;
  /** The item's ref, when the error is inside an item */
  ref?: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  /** Items created per collection (or that would be, in a dry run) */
  created: Record<RegistryCollection, number> & { controller: number };
  /** Items deleted first, with replace=true */
  deleted: number;
  /** A dry run with replace=true on a non-empty registry: what the replace would do, in one answer */
  plan?: ReplacePlan;
}

/** What replacing the registry with a document would do; items are named (services by slug). */
export interface ReplacePlan {
  /** Per collection: names only in the document, in both with different own fields (links not compared), only in the registry */
  collections: Record<string, { add: string[]; change: string[]; delete: string[] }>;
  /** Policies (and so their published versions) that the replace keeps, bound again by service slug and data subject category name */
  policiesKept: { id: string; title: string }[];
  /** Policies whose service or data subject categories the document lacks: they block the replace */
  policiesOrphaned: { id: string; title: string; missing: string[] }[];
}

interface PolicyBinding {
  policy: PolicyEntity;
  slug: string | null;
  subjectNames: string[];
}

interface PreparedItem {
  def: ResourceDefinition;
  id: string;
  dto: object;
}

const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;
const UNRESOLVED = '00000000-0000-0000-0000-000000000000';
const UNIQUE_VIOLATION = '23505';
/** Items written per batch by an import: bounds what one batch holds and sends, and how long the process works without a pause (about 20 ms at 250). */
const IMPORT_BATCH = 250;

const notEmpty = () =>
  new ConflictError('The registry is not empty. Import with replace=true to delete everything in it first (the deletions are audited).');

/** Imports a whole registry document, all or nothing, in one transaction. */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly controllerProfiles: ControllerProfileService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async isEmpty(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if ((await manager.getRepository(ControllerProfileEntity).count()) > 0) return false;
    for (const def of RESOURCE_DEFINITIONS) {
      if ((await manager.getRepository(def.entity).count()) > 0) return false;
    }
    return true;
  }

  /**
   * `stableIds`: ids derived from each item's type and ref (the example registry, so that Swagger examples can name its items).
   * The document is taken apart as the import goes (each item is dropped from its list once checked, each
   * checked item once written), so that an import of 100,000 activities does not hold them twice over until it
   * commits: pass a document that nothing else reads.
   */
  async import(
    body: unknown,
    options: { dryRun: boolean; replace: boolean; stableIds?: boolean },
    actor: Principal | null,
  ): Promise<ImportResult> {
    const { items, controller } = await this.prepare(body, options.stableIds ?? false);
    const created = Object.fromEntries(
      RESOURCE_DEFINITIONS.map((def) => [def.collection, items.filter((i) => i.def === def).length]),
    ) as ImportResult['created'];
    created.controller = controller ? 1 : 0;
    if (options.dryRun) {
      // A dry run answers what the import itself would: the same refusal of a non-empty registry.
      if (await this.isEmpty()) return { dryRun: true, created, deleted: 0 };
      if (!options.replace) throw notEmpty();
      const plan = await this.plan(this.dataSource.manager, items);
      const deleted = Object.values(plan.collections).reduce((sum, c) => sum + c.delete.length + c.change.length, 0);
      return { dryRun: true, created, deleted, plan };
    }
    // Written per resource (referenced before referrer); each batch is let go once written. A replace binds the
    // policies it keeps again by service slug and data subject category name: those few items are kept aside.
    const queues: (PreparedItem | undefined)[][] = RESOURCE_DEFINITIONS.map((def) => items.filter((item) => item.def === def));
    const bindingTargets = items.filter((item) => item.def.entityType === 'service' || item.def.entityType === 'data_subject_category');
    items.length = 0;
    try {
      const pause = cooperative();
      const deleted = await this.dataSource.transaction(async (manager) => {
        await this.audit.lockRegistry(manager);
        let removed = 0;
        let bindings: PolicyBinding[] = [];
        if (!(await this.isEmpty(manager))) {
          if (!options.replace) throw notEmpty();
          bindings = await this.policyBindings(manager);
          this.refuseOrphanedPolicies(bindings, bindingTargets);
          for (const def of [...RESOURCE_DEFINITIONS].reverse()) removed += await this.service(def).deleteAllWithin(manager, actor);
        }
        // In batches per resource (referenced before referrer): one reference check and a few multi-row
        // inserts per batch, one audit event per item, chained in document order.
        for (const [i, def] of RESOURCE_DEFINITIONS.entries()) {
          for (let start = 0; start < queues[i].length; start += IMPORT_BATCH) {
            // The batch's slots are cleared, so its items are let go once written; splice would also shift the rest of
            // the queue at every batch. The slots from start on are not cleared yet, hence the cast.
            const batch = queues[i].slice(start, start + IMPORT_BATCH) as PreparedItem[];
            queues[i].fill(undefined, start, start + IMPORT_BATCH);
            await this.service(def).createManyWithin(manager, batch, actor);
            await pause();
          }
        }
        await this.rebindPolicies(manager, bindings, bindingTargets, actor);
        if (controller) await this.controllerProfiles.putWithin(manager, controller, undefined, actor);
        return removed;
      });
      return { dryRun: false, created, deleted };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictError('Two items of the document, or an item and the registry, share a unique value; nothing was written.', [
          { detail: (error as { detail?: string }).detail ?? null },
        ]);
      }
      throw error;
    }
  }

  /** Each policy with the slug of its service and the names of its data subject categories: what survives a replace. */
  private async policyBindings(manager: EntityManager): Promise<PolicyBinding[]> {
    const policies = await manager.getRepository(PolicyEntity).find({ order: { title: 'ASC', id: 'ASC' } });
    const services = new Map((await manager.getRepository(ServiceEntity).find()).map((svc) => [svc.id, svc.slug]));
    const subjects = new Map((await manager.getRepository(DataSubjectCategoryEntity).find()).map((d) => [d.id, d.name]));
    return policies.map((policy) => ({
      policy,
      slug: policy.serviceId ? (services.get(policy.serviceId) ?? null) : null,
      subjectNames: policy.dataSubjectCategoryIds.map((id) => subjects.get(id) ?? id),
    }));
  }

  /** What a binding lacks in the document: its service (by slug) or a data subject category (by name). */
  private missing(binding: PolicyBinding, items: PreparedItem[]): string[] {
    const slugs = new Set(items.filter((i) => i.def.entityType === 'service').map((i) => (i.dto as { slug: string }).slug));
    const names = new Set(items.filter((i) => i.def.entityType === 'data_subject_category').map((i) => (i.dto as { name: string }).name));
    return [
      ...(binding.slug !== null && !slugs.has(binding.slug) ? [`service with slug "${binding.slug}"`] : []),
      ...binding.subjectNames.filter((n) => !names.has(n)).map((n) => `data subject category "${n}"`),
    ];
  }

  /** A replace keeps every policy it can bind again; one it cannot would lose its scope, so it blocks the replace. */
  private refuseOrphanedPolicies(bindings: PolicyBinding[], items: PreparedItem[]): void {
    const orphaned = bindings.filter((b) => this.missing(b, items).length > 0);
    if (orphaned.length > 0) {
      throw new ConflictError(
        "The replace would orphan these policies: the document lacks their service (matched by slug) or data subject categories (matched by name), listed in errors[]. Add them to the document, or change the policy's scope first (PATCH /policies/{id}); nothing was written.",
        orphaned.map((b) => ({ type: 'policy', id: b.policy.id, name: b.policy.title, missing: this.missing(b, items) })),
      );
    }
  }

  /** After a replace, points each kept policy at the new items with its service's slug and its subjects' names. */
  private async rebindPolicies(
    manager: EntityManager,
    bindings: PolicyBinding[],
    items: PreparedItem[],
    actor: Principal | null,
  ): Promise<void> {
    const idOf = (type: string, key: string, field: 'slug' | 'name'): string | undefined =>
      items.find((i) => i.def.entityType === type && (i.dto as Record<string, unknown>)[field] === key)?.id;
    const policies = this.moduleRef.get<RegistryService<PolicyEntity>>(
      registryServiceToken(policiesResource as unknown as CrudDefinition),
      {
        strict: false,
      },
    );
    for (const binding of bindings) {
      await policies.updateWithin(
        manager,
        binding.policy,
        {
          serviceId: binding.slug === null ? null : idOf('service', binding.slug, 'slug'),
          dataSubjectCategoryIds: binding.subjectNames.map((n) => idOf('data_subject_category', n, 'name')),
        },
        actor,
      );
    }
  }

  /** The dry-run answer of a replace: per collection what is added, changed and deleted, and what happens to the policies. */
  private async plan(manager: EntityManager, items: PreparedItem[]): Promise<ReplacePlan> {
    const collections: ReplacePlan['collections'] = {};
    for (const def of RESOURCE_DEFINITIONS) {
      const relationFields = new Set([...def.relations.map((r) => r.field), ...(def.nestedRelations ?? []).map((r) => r.field)]);
      const keyOf = (item: object): string => (def.entityType === 'service' ? (item as { slug: string }).slug : def.nameOf(item as never));
      const existing = new Map(
        (await manager.getRepository(def.entity).find()).map((row) => [keyOf(row), row as unknown as Record<string, unknown>]),
      );
      const incoming = items.filter((i) => i.def === def);
      const differs = (dto: Record<string, unknown>, row: Record<string, unknown>): boolean =>
        Object.entries(dto).some(
          ([field, value]) =>
            !relationFields.has(field) && value !== undefined && canonicalJson(value ?? null) !== canonicalJson(row[field] ?? null),
        );
      collections[def.collection] = {
        add: incoming.filter((i) => !existing.has(keyOf(i.dto))).map((i) => keyOf(i.dto)),
        change: incoming
          .filter((i) => existing.has(keyOf(i.dto)) && differs(i.dto as Record<string, unknown>, existing.get(keyOf(i.dto)) ?? {}))
          .map((i) => keyOf(i.dto)),
        delete: [...existing.keys()].filter((key) => !incoming.some((i) => keyOf(i.dto) === key)),
      };
    }
    const bindings = await this.policyBindings(manager);
    return {
      collections,
      policiesKept: bindings.filter((b) => this.missing(b, items).length === 0).map((b) => ({ id: b.policy.id, title: b.policy.title })),
      policiesOrphaned: bindings
        .map((b) => ({ id: b.policy.id, title: b.policy.title, missing: this.missing(b, items) }))
        .filter((b) => b.missing.length > 0),
    };
  }

  /** The registry module's own CRUD service of a resource, so the import writes exactly as the API does. */
  private service(def: ResourceDefinition): RegistryService<never> {
    return this.moduleRef.get<RegistryService<never>>(registryServiceToken(def), { strict: false });
  }

  /**
   * Checks the whole document and turns refs into new ids; every problem is reported at once. Each item
   * keeps its ref as its stored ref ({@link storedRefs}).
   */
  private async prepare(body: unknown, stableIds: boolean): Promise<{ items: PreparedItem[]; controller: PutControllerProfileDto | null }> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new RequestValidationError([{ path: '', message: 'the body must be a registry document (an object)' }]);
    }
    const doc = body as Record<string, unknown>;
    const errors: ImportError[] = [];
    if (doc.format !== ROPA_DOCUMENT_FORMAT) errors.push({ path: 'format', message: `format must be "${ROPA_DOCUMENT_FORMAT}"` });
    const known = new Set(['format', 'controller', ...RESOURCE_DEFINITIONS.map((d) => d.collection)]);
    Object.keys(doc)
      .filter((key) => !known.has(key))
      .forEach((key) => errors.push({ path: key, message: `${key} is not part of a registry document` }));

    const raw = new Map<RegistryCollection, Record<string, unknown>[]>();
    const ids = new Map<string, string>();
    for (const def of RESOURCE_DEFINITIONS) {
      const list = doc[def.collection] ?? [];
      if (!Array.isArray(list)) {
        errors.push({ path: def.collection, message: `${def.collection} must be an array` });
        continue;
      }
      list.forEach((item: unknown, i) => {
        const path = `${def.collection}[${i}]`;
        if (
          typeof item !== 'object' ||
          item === null ||
          typeof (item as { ref?: unknown }).ref !== 'string' ||
          !(item as { ref: string }).ref
        ) {
          errors.push({ path: `${path}.ref`, message: 'each item must be an object with a non-empty string ref' });
          return;
        }
        const ref = (item as { ref: string }).ref;
        if (ids.has(`${def.entityType}:${ref}`))
          errors.push({ path: `${path}.ref`, ref, message: `ref "${ref}" is used twice in ${def.collection}` });
        ids.set(`${def.entityType}:${ref}`, stableIds ? exampleId(def.entityType, ref) : randomUUID());
      });
      raw.set(def.collection, list as Record<string, unknown>[]);
    }

    const slugs = new Map<string, number>();
    (raw.get('services') ?? []).forEach((service, i) => {
      const slug = service?.slug;
      if (typeof slug !== 'string') return;
      const first = slugs.get(slug);
      if (first === undefined) slugs.set(slug, i);
      else
        errors.push({
          path: `services[${i}].slug`,
          ref: String(service.ref),
          message: `slug "${slug}" is already used by services[${first}]`,
        });
    });

    const items: PreparedItem[] = [];
    // Validating 10,000 items takes seconds: the process keeps answering probes and other requests meanwhile.
    const pause = cooperative();
    for (const def of RESOURCE_DEFINITIONS) {
      const stored = storedRefs(def, raw.get(def.collection) ?? []);
      const list = raw.get(def.collection) ?? [];
      for (const [i, item] of list.entries()) {
        if (typeof item !== 'object' || item === null || typeof item.ref !== 'string') continue;
        // Its checked copy (the DTO) is what the import keeps.
        list[i] = null as never;
        const { ref, ...fields } = item as { ref: string } & Record<string, unknown>;
        fields.ref = stored.get(ref);
        const path = `${def.collection}[${i}]`;
        const resolve = (value: unknown, at: string, target: string): unknown => {
          if (typeof value !== 'string') return value;
          const id = ids.get(`${target}:${value}`);
          if (!id)
            errors.push({
              path: at,
              ref,
              message: `no ${RESOURCE_DEFINITIONS.find((d) => d.entityType === target)?.label ?? target} with ref "${value}" in this document`,
            });
          // An unknown ref is reported once, here; a placeholder id keeps the DTO check from reporting it again.
          return id ?? UNRESOLVED;
        };
        for (const relation of def.relations) {
          const value = fields[relation.field];
          fields[relation.field] = Array.isArray(value)
            ? value.map((v, j) => resolve(v, `${path}.${relation.field}[${j}]`, relation.target))
            : resolve(value, `${path}.${relation.field}`, relation.target);
        }
        for (const nested of def.nestedRelations ?? []) {
          const list = fields[nested.field];
          if (!Array.isArray(list)) continue;
          fields[nested.field] = list.map((element: unknown, j) =>
            typeof element === 'object' && element !== null
              ? {
                  ...element,
                  [nested.key]: resolve(
                    (element as Record<string, unknown>)[nested.key],
                    `${path}.${nested.field}[${j}].${nested.key}`,
                    nested.target,
                  ),
                }
              : element,
          );
        }
        await pause();
        const dto = plainToInstance(def.createDto, fields);
        const found = flattenValidationErrors(await validate(dto, VALIDATION));
        found.forEach((e) => errors.push({ path: `${path}.${e.path}`, ref, message: e.message }));
        (def.validate?.(dto as never) ?? []).forEach((e) => errors.push({ path: `${path}.${e.path}`, ref, message: e.message }));
        items.push({ def, id: ids.get(`${def.entityType}:${ref}`) ?? randomUUID(), dto });
      }
    }

    let controller: PutControllerProfileDto | null = null;
    if (doc.controller !== undefined && doc.controller !== null) {
      controller = plainToInstance(PutControllerProfileDto, doc.controller);
      flattenValidationErrors(await validate(controller, VALIDATION)).forEach((e) =>
        errors.push({ path: `controller.${e.path}`, message: e.message }),
      );
    }
    if (errors.length > 0) {
      const unknownRefs = errors.every((e) => e.message.startsWith('no ') && e.message.includes('with ref'));
      if (unknownRefs) throw new UnprocessableError('The document refers to refs it does not contain; see errors[].', errors);
      throw new RequestValidationError(
        errors,
        `The document cannot be imported: ${errors.length} problem(s), listed in errors[]. Nothing was written.`,
      );
    }
    return { items, controller };
  }
}
