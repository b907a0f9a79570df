import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/api-keys.service';
import { type FieldError, RequestValidationError, ResourceNotFoundError, StaleVersionError } from '../../common/errors';
import { matchesIfMatch } from '../../common/etag';
import { type Echo, echoMismatches, throwEchoMismatches } from '../../common/read-only-echo';
import { toPlainItem } from '../shared/plain-item';
import { ControllerProfileEntity } from './controller-profile.entity';
import { PutControllerProfileDto } from './dto/put-controller-profile.dto';
import type { ControllerProfile } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { translatableSpec, translationErrors } from '../shared/translations';

/** The profile's body and table, each declaring every field of the domain's `ControllerProfile`. */
const PROFILE_BODY = declaring<ControllerProfile>()(PutControllerProfileDto);
const PROFILE_TABLE = declaring<ControllerProfile>()(ControllerProfileEntity);

@Injectable()
export class ControllerProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<ControllerProfileEntity> {
    const [profile] = await this.dataSource.getRepository(ControllerProfileEntity).find({ take: 1 });
    if (!profile) {
      throw new ResourceNotFoundError(
        'No controller profile yet. Create it with PUT /api/v1/controller (role dpo); the example body in Swagger UI works as is.',
      );
    }
    return profile;
  }

  /**
   * Creates or replaces the singleton; If-Match, when sent, must name the current version. `echo`: the
   * read-only members the body carried back, each compared with the profile as stored.
   */
  put(
    dto: PutControllerProfileDto,
    ifMatch: string | undefined,
    actor: Principal | null,
    echo: Echo = {},
  ): Promise<ControllerProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.audit.lockRegistry(manager);
      return this.putWithin(manager, dto, ifMatch, actor, echo);
    });
  }

  /** In the caller's transaction, which holds the registry lock (import uses it too). */
  async putWithin(
    manager: EntityManager,
    dto: PutControllerProfileDto,
    ifMatch: string | undefined,
    actor: Principal | null,
    echo: Echo = {},
  ): Promise<ControllerProfileEntity> {
    const errors: FieldError[] = [];
    if (dto.dpo && dto.notApplicable?.dpo)
      errors.push({ path: 'notApplicable.dpo', message: 'give either a DPO or a reason why none applies, not both' });
    if (dto.representative && dto.notApplicable?.representative) {
      errors.push({ path: 'notApplicable.representative', message: 'give either a representative or a reason why none applies, not both' });
    }
    errors.push(...translationErrors(dto.translations, translatableSpec('controller profile', PROFILE_BODY, TRANSLATABLE.controller)));
    if (errors.length > 0) throw new RequestValidationError(errors);
    const repo = manager.getRepository(PROFILE_TABLE);
    const [current] = await repo.find({ take: 1 });
    if (ifMatch !== undefined && (!current || !matchesIfMatch(ifMatch, current.version))) {
      throw new StaleVersionError(current?.version ?? 0, ifMatch);
    }
    // With no profile yet, nothing a body carries back can match it.
    throwEchoMismatches(echoMismatches(echo, current ? toPlainItem(current) : { id: null, version: 0, createdAt: null, updatedAt: null }));
    const before = current ? toPlainItem(current) : null;
    // PUT replaces: optional members left out are cleared, not kept.
    const given = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    const replacement = {
      phone: null,
      website: null,
      dpo: null,
      representative: null,
      minimumAge: null,
      notApplicable: {},
      language: 'en',
      translations: {},
      ...given,
    };
    const draft: ControllerProfileEntity = current
      ? Object.assign(current, replacement)
      : repo.create(replacement as Partial<ControllerProfileEntity>);
    const entity = await repo.save(draft);
    await this.audit.record(manager, actor, {
      action: current ? 'update' : 'create',
      entityType: 'controller',
      entityId: entity.id,
      version: entity.version,
      before,
      after: toPlainItem(entity),
    });
    return entity;
  }
}
