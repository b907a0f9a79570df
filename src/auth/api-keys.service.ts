import { Injectable, Logger, type OnApplicationBootstrap, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { ResourceNotFoundError } from '../common/errors';
import { ChangeBus } from '../database/change-bus';
import { ApiKeyEntity, type Role } from './api-key.entity';
import { ConfigError } from '../config/config';
import { generateApiKey, hashApiKey, hashesEqual, keyPrefix } from './api-key-secret';

export interface Principal {
  keyId: string;
  role: Role;
}

/** What authentication needs of a key, kept in memory by prefix. */
type CachedKey = Pick<ApiKeyEntity, 'id' | 'hash' | 'role' | 'expiresAt' | 'revokedAt'>;

/**
 * API keys, with the keys kept in memory so that authenticating runs no query. A trigger notifies every
 * change of `api_key` (ChangeBus), whoever makes it, and the changed prefix is dropped here; a prefix
 * not in memory is looked up once, so a key made elsewhere (the CLI, another replica) works at once.
 */
@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly log = new Logger(ApiKeysService.name);
  private readonly cache = new Map<string, CachedKey>();
  /** Counts notifications: a row read before one arrived may be stale and is not kept. */
  private changes = 0;

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly bus: ChangeBus,
  ) {
    bus.subscribe('api_key', (prefix) => {
      this.changes += 1;
      if (prefix === null) this.cache.clear();
      else this.cache.delete(prefix);
    });
  }

  /** Loads every key, so that even the first request of each key runs no query. */
  async onApplicationBootstrap(): Promise<void> {
    const changes = this.changes;
    if (!this.bus.live) return;
    // Revoked keys too: an attempt with one is then refused without a query.
    const keys = await this.keys.find();
    if (changes !== this.changes || !this.bus.live) return;
    for (const key of keys) this.cache.set(key.prefix, key);
  }

  /** Creates a key and returns it with its plaintext, which is never stored and never shown again. */
  async create(
    role: Role,
    label: string,
    expiresAt: Date | null,
    plaintext = generateApiKey(),
  ): Promise<{ key: ApiKeyEntity; plaintext: string }> {
    const key = await this.keys.save(
      this.keys.create({ prefix: keyPrefix(plaintext), hash: hashApiKey(plaintext), role, label, expiresAt }),
    );
    return { key, plaintext };
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async revoke(id: string): Promise<ApiKeyEntity> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new ResourceNotFoundError(`No API key ${id}.`);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.save(key);
    }
    // Refused here from now on, without waiting for the notification that tells the other replicas.
    this.cache.delete(key.prefix);
    return key;
  }

  /** The principal of a bearer key; 401 for an unknown, revoked or expired key. */
  async authenticate(plaintext: string): Promise<Principal> {
    const key = this.cache.get(keyPrefix(plaintext)) ?? (await this.lookUp(keyPrefix(plaintext)));
    const valid = key !== null && hashesEqual(key.hash, hashApiKey(plaintext));
    if (!valid || !key) throw new UnauthorizedException('The API key is not valid.');
    if (key.revokedAt) throw new UnauthorizedException('The API key has been revoked.');
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) throw new UnauthorizedException('The API key has expired.');
    return { keyId: key.id, role: key.role };
  }

  private async lookUp(prefix: string): Promise<CachedKey | null> {
    const changes = this.changes;
    const live = this.bus.live;
    const key = await this.keys.findOneBy({ prefix });
    // Unknown prefixes are not remembered: a key created a moment later must work at once.
    if (key && live && this.bus.live && changes === this.changes) this.cache.set(prefix, key);
    return key;
  }

  /**
   * First start: with ROPA_BOOTSTRAP_KEY, that key becomes the DPO key; otherwise a DPO key is
   * generated and returned so that it can be printed once. Nothing is created when an active key exists;
   * ROPA_BOOTSTRAP_KEY is then accepted only if it is one of them (a restart with the same setting), and
   * refused otherwise, so that a key an operator believes in is never silently ignored.
   */
  async bootstrap(bootstrapKey: string | null): Promise<string | null> {
    const active = await this.keys.find({ where: { revokedAt: IsNull() }, select: { id: true, hash: true } });
    if (active.length > 0) {
      if (bootstrapKey && !active.some((key) => hashesEqual(key.hash, hashApiKey(bootstrapKey))))
        throw new ConfigError(
          'ROPA_BOOTSTRAP_KEY is set, but this registry already has API keys and the given key is not one of them, so it would be ignored: unset ROPA_BOOTSTRAP_KEY and use an existing key, or stop the server and make a DPO key with `npm run cli -- keys create --role dpo`.',
        );
      return null;
    }
    const { plaintext } = await this.create(
      'dpo',
      bootstrapKey ? 'bootstrap (ROPA_BOOTSTRAP_KEY)' : 'first start',
      null,
      bootstrapKey ?? undefined,
    );
    if (bootstrapKey) {
      this.log.log('Created the DPO key given in ROPA_BOOTSTRAP_KEY.');
      return null;
    }
    return plaintext;
  }

  /** Whether some DPO key works now (neither revoked nor expired): without one, nobody can manage the registry. */
  async hasUsableDpoKey(): Promise<boolean> {
    const keys = await this.keys.find({ where: { role: 'dpo', revokedAt: IsNull() }, select: { id: true, expiresAt: true } });
    return keys.some((key) => key.expiresAt === null || key.expiresAt.getTime() > Date.now());
  }
}
