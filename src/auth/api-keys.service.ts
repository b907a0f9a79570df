import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { ResourceNotFoundError } from '../common/errors';
import { ApiKeyEntity, type Role } from './api-key.entity';
import { generateApiKey, hashApiKey, hashesEqual, keyPrefix } from './api-key-secret';

export interface Principal {
  keyId: string;
  role: Role;
}

@Injectable()
export class ApiKeysService {
  private readonly log = new Logger(ApiKeysService.name);

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

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
    return key;
  }

  /** The principal of a bearer key; 401 for an unknown, revoked or expired key. */
  async authenticate(plaintext: string): Promise<Principal> {
    const key = await this.keys.findOneBy({ prefix: keyPrefix(plaintext) });
    const valid = key !== null && hashesEqual(key.hash, hashApiKey(plaintext));
    if (!valid || !key) throw new UnauthorizedException('The API key is not valid.');
    if (key.revokedAt) throw new UnauthorizedException('The API key has been revoked.');
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) throw new UnauthorizedException('The API key has expired.');
    return { keyId: key.id, role: key.role };
  }

  /**
   * First start: with ROPA_BOOTSTRAP_KEY, that key becomes the DPO key; otherwise a DPO key is
   * generated and returned so that it can be printed once. Nothing happens when any key exists.
   */
  async bootstrap(bootstrapKey: string | null): Promise<string | null> {
    const count = await this.keys.count({ where: { revokedAt: IsNull() } });
    if (count > 0) return null;
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
}
