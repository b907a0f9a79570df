import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import {
  ConflictError,
  type FieldError,
  RequestValidationError,
  ResourceNotFoundError,
  StaleVersionError,
  UnprocessableError,
} from '../common/errors';
import { matchesIfMatch } from '../common/etag';
import { WebhookClock } from './clock';
import type { CreateWebhookDto } from './dto/create-webhook.dto';
import type { UpdateWebhookDto } from './dto/update-webhook.dto';
import type { DeliveryListQuery, WebhookListQuery } from './dto/webhook.query';
import type { DeliveryPage, DeliveryResponse, WebhookPage, WebhookResponse } from './dto/webhook.response';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookEventEntity } from './webhook-event.entity';
import { PING_EVENT, pingBody } from './webhook-payload';
import { generateWebhookSecret } from './webhook-signature';
import { TargetPolicy } from './webhook-target';
import { WebhookWorker } from './webhook-worker';
import { isUuid } from '../domain/refs';

/** A URL as shown back: a password in it is masked, like the secret it is. */
function shownUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return raw;
  }
}

export function toWebhookResponse(w: WebhookEndpointEntity, now: Date): WebhookResponse {
  return {
    id: w.id,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    url: shownUrl(w.url),
    description: w.description,
    events: w.events as WebhookResponse['events'],
    policyIds: w.policyIds,
    serviceIds: w.serviceIds,
    active: w.active,
    previousSecretValidUntil:
      w.previousSecret && w.previousSecretExpiresAt && w.previousSecretExpiresAt > now ? w.previousSecretExpiresAt.toISOString() : null,
  };
}

function toDeliveryResponse(d: WebhookDeliveryEntity & { eventType: string }): DeliveryResponse {
  const iso = (date: Date | null): string | null => (date ? new Date(date).toISOString() : null);
  return {
    id: d.id,
    webhookId: d.webhookId,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    lastError: d.lastError,
    createdAt: new Date(d.createdAt).toISOString(),
    lastAttemptAt: iso(d.lastAttemptAt),
    nextAttemptAt: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    deliveredAt: iso(d.deliveredAt),
    attemptLog: d.log,
  };
}

/** Webhook endpoints (dpo), their secrets, and their delivery log. */
@Injectable()
export class WebhooksService {
  private readonly targets: TargetPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: WebhookClock,
    private readonly worker: WebhookWorker,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.targets = new TargetPolicy(config.webhooks.allowedPrivateNetworks);
  }

  async list(query: WebhookListQuery): Promise<WebhookPage> {
    const [rows, total] = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, take: query.limit, skip: query.offset });
    const now = this.clock.now();
    return { items: rows.map((w) => toWebhookResponse(w, now)), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<WebhookEndpointEntity> {
    const webhook = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
    if (!webhook) throw new ResourceNotFoundError(`No webhook with id ${id}.`);
    return webhook;
  }

  async create(dto: CreateWebhookDto): Promise<{ webhook: WebhookEndpointEntity; secret: string }> {
    const secret = generateWebhookSecret();
    const webhook = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(WebhookEndpointEntity);
      const entity = repo.create({
        url: dto.url,
        description: dto.description ?? null,
        events: dto.events,
        policyIds: dto.policyIds ?? [],
        serviceIds: dto.serviceIds ?? [],
        active: dto.active ?? true,
        secret,
        previousSecret: null,
        previousSecretExpiresAt: null,
      });
      await this.check(manager, entity);
      return repo.save(entity);
    });
    return { webhook, secret };
  }

  async update(id: string, dto: UpdateWebhookDto, ifMatch: string | undefined): Promise<WebhookEndpointEntity> {
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.lockForWrite(manager, id, ifMatch);
      const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
      Object.assign(webhook, changes);
      await this.check(manager, webhook);
      return manager.getRepository(WebhookEndpointEntity).save(webhook);
    });
  }

  async remove(id: string, ifMatch: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const webhook = await this.lockForWrite(manager, id, ifMatch);
      await manager.getRepository(WebhookEndpointEntity).delete(webhook.id);
    });
  }

  /** A new secret; the old one keeps signing beside it for the grace period. */
  async rotateSecret(
    id: string,
    gracePeriodSeconds: number,
    ifMatch: string | undefined,
  ): Promise<{ webhook: WebhookEndpointEntity; secret: string }> {
    const secret = generateWebhookSecret();
    const webhook = await this.dataSource.transaction(async (manager) => {
      const entity = await this.lockForWrite(manager, id, ifMatch);
      entity.previousSecret = gracePeriodSeconds > 0 ? entity.secret : null;
      entity.previousSecretExpiresAt = gracePeriodSeconds > 0 ? new Date(this.clock.now().getTime() + gracePeriodSeconds * 1000) : null;
      entity.secret = secret;
      return manager.getRepository(WebhookEndpointEntity).save(entity);
    });
    return { webhook, secret };
  }

  async deliveries(id: string, query: DeliveryListQuery): Promise<DeliveryPage> {
    await this.get(id);
    const qb = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .innerJoin(WebhookEventEntity, 'e', 'e.id = d.event_id')
      .addSelect('e.type', 'event_type')
      .where('d.webhook_id = :id', { id });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .offset(query.offset)
      .limit(query.limit)
      .getRawAndEntities<{ event_type: string }>();
    const items = entities.map((d, i) => toDeliveryResponse({ ...d, eventType: raw[i].event_type }));
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** Sends an event again as a new delivery with the same `webhook-id`, so a receiver that has it can drop it. */
  async redeliver(id: string, deliveryId: string): Promise<DeliveryResponse> {
    const webhook = await this.get(id);
    const original = await this.dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId, webhookId: id });
    if (!original) throw new ResourceNotFoundError(`Webhook ${id} has no delivery ${deliveryId}.`);
    return this.enqueueFor(webhook, original.eventId);
  }

  /** A `webhook.ping` event to this endpoint only, delivered (and logged) like any other. */
  async ping(id: string): Promise<DeliveryResponse> {
    const webhook = await this.get(id);
    const now = this.clock.now();
    const event = await this.dataSource
      .getRepository(WebhookEventEntity)
      .save({ type: PING_EVENT, dedupeKey: null, policyId: null, versionId: null, body: pingBody(id, now), occurredAt: now });
    return this.enqueueFor(webhook, event.id);
  }

  private async enqueueFor(webhook: WebhookEndpointEntity, eventId: string): Promise<DeliveryResponse> {
    if (!webhook.active) throw new ConflictError(`Webhook ${webhook.id} is inactive; activate it first (PATCH active: true).`);
    const now = this.clock.now();
    const repo = this.dataSource.getRepository(WebhookDeliveryEntity);
    const delivery = await repo.save(
      repo.create({ webhookId: webhook.id, eventId, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now, log: [] }),
    );
    const event = await this.dataSource.getRepository(WebhookEventEntity).findOneByOrFail({ id: eventId });
    this.worker.kick();
    return toDeliveryResponse({ ...delivery, eventType: event.type });
  }

  private async lockForWrite(manager: EntityManager, id: string, ifMatch: string | undefined): Promise<WebhookEndpointEntity> {
    const webhook = await manager.getRepository(WebhookEndpointEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!webhook) throw new ResourceNotFoundError(`No webhook with id ${id}.`);
    if (ifMatch !== undefined && !matchesIfMatch(ifMatch, webhook.version)) throw new StaleVersionError(webhook.version, ifMatch);
    return webhook;
  }

  /** The URL (400), then the policies and services named in the filters must exist (422). */
  private async check(manager: EntityManager, webhook: WebhookEndpointEntity): Promise<void> {
    const urlErrors = this.targets.checkUrl(webhook.url);
    if (urlErrors.length > 0) throw new RequestValidationError(urlErrors);
    const unknown: FieldError[] = [];
    for (const [field, table, label] of [
      ['policyIds', 'policy', 'policy'],
      ['serviceIds', 'service', 'service'],
    ] as const) {
      const wanted = webhook[field];
      if (wanted.length === 0) continue;
      // Services may be named by ref as well (policies have none): a ref is stored as the id it names.
      const byRef = table === 'service';
      const rows = (await manager.query(
        `SELECT id::text AS id, ${byRef ? 'ref' : 'NULL::text AS ref'} FROM ${table} WHERE id = ANY($1::uuid[])${byRef ? ' OR ref = ANY($2::text[])' : ''}`,
        byRef ? [wanted.filter(isUuid), wanted.filter((v) => !isUuid(v))] : [wanted],
      )) as { id: string; ref: string | null }[];
      const ids = new Set(rows.map((r) => r.id));
      const refs = new Map(rows.filter((r) => r.ref !== null).map((r) => [r.ref, r.id]));
      webhook[field] = wanted.map((value, i) => {
        const id = isUuid(value) ? (ids.has(value) ? value : undefined) : refs.get(value);
        if (id === undefined)
          unknown.push({ path: `${field}[${i}]`, message: `No ${label} with ${isUuid(value) ? 'id' : 'ref'} ${value}` });
        return id ?? value;
      });
    }
    if (unknown.length > 0) throw new UnprocessableError('Some referenced items do not exist; see errors[].', unknown);
  }
}
