import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/api-keys.service';
import { ConflictError, ResourceNotFoundError, UnprocessableError } from '../common/errors';
import { checkCompliance, type Finding } from '../compliance/compliance';
import { registryServiceToken } from '../registry/shared/registry.controller';
import type { RegistryService } from '../registry/shared/registry.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { type PolicyDiff, diffPolicies } from './diff/diff';
import { activitiesInScope, trackersInScope } from '../snapshot/scope';
import { generatePolicy } from './document/generate';
import type { PolicyDocument, PolicyScope } from './document/model';
import { policyContentHash, RENDER_FORMATS, renderPolicy, type RenderFormat } from './document/render';
import type { PublishVersionDto } from './dto/publish-version.dto';
import type { PolicyVersionResponse } from './dto/policy-version.response';
import { policiesResource } from './policies.resource';
import { PolicyVersionEntity } from './policy-version.entity';
import { publicPolicyUrl } from './policies.resource';
import { PolicyEntity } from './policy.entity';
import { PublicAnswers } from './public-answers';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import { WebhookWorker } from '../webhooks/webhook-worker';

export interface Rendered {
  body: string;
  contentType: string;
}

export const CONTENT_TYPES: Record<RenderFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The stored renderings of a version: every format, and HTML also as a whole page. */
export const renderingKey = (format: RenderFormat, standalone: boolean): string => (format === 'html' && standalone ? 'html:page' : format);

const DAY_MS = 86_400_000;

export function scopeOf(policy: PolicyEntity): PolicyScope {
  return {
    serviceId: policy.serviceId,
    dataSubjectCategoryIds: [...policy.dataSubjectCategoryIds].sort(),
    language: policy.language as PolicyScope['language'],
    title: policy.title,
    options: {
      noticeDays: policy.options.noticeDays,
      contactEmail: policy.options.contactEmail ?? null,
      minimumAge: policy.options.minimumAge ?? null,
    },
  };
}

export function toVersionResponse(v: PolicyVersionEntity): PolicyVersionResponse {
  return {
    policyId: v.policyId,
    number: v.number,
    effectiveFrom: v.effectiveFrom.toISOString(),
    changeSummary: v.changeSummary,
    material: v.material,
    contentHash: v.contentHash,
    publishedAt: v.publishedAt.toISOString(),
    publishedBy: v.publishedBy,
    publicUrl: publicPolicyUrl(v.policyId),
  };
}

/** Drafts, publication, versions and diffs of policies; every document comes from a snapshot. */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotService,
    private readonly audit: AuditService,
    @Inject(registryServiceToken(policiesResource)) private readonly crud: RegistryService<PolicyEntity>,
    private readonly publicAnswers: PublicAnswers,
    private readonly webhookOutbox: WebhookOutbox,
    private readonly webhookWorker: WebhookWorker,
  ) {}

  async policy(id: string): Promise<PolicyEntity> {
    const policy = await this.dataSource.getRepository(PolicyEntity).findOneBy({ id });
    if (!policy) throw new ResourceNotFoundError(`No policy with id ${id}.`);
    return policy;
  }

  /** Findings of the whole registry, or of one policy's scope: one statement while the registry is unchanged. */
  async findings(policyId?: string): Promise<Finding[]> {
    const { version, snapshot } = await this.snapshots.current();
    return this.memo(version, snapshot, `findings:${policyId ?? ''}`, async () => {
      if (!policyId) return checkCompliance(snapshot);
      return this.findingsInScope(snapshot, scopeOf(await this.policyAt(version, policyId)));
    });
  }

  private findingsInScope(snapshot: RegistrySnapshot, scope: PolicyScope): Finding[] {
    const activityIds = new Set(activitiesInScope(snapshot, scope).map((a) => a.id));
    // Exactly the trackers the policy shows, so a cookie problem elsewhere never blocks, say, an employee notice.
    const trackerIds = new Set(trackersInScope(snapshot, scope, activityIds).map((t) => t.id));
    return checkCompliance(snapshot, { activityIds, serviceId: scope.serviceId, trackerIds, languages: [scope.language] });
  }

  async preview(id: string, format: RenderFormat, standalone: boolean): Promise<Rendered> {
    const { version, snapshot } = await this.snapshots.current();
    return this.memo(version, snapshot, `preview:${id}:${format}:${standalone}`, async () => {
      const document = generatePolicy(snapshot, scopeOf(await this.policyAt(version, id)));
      return { body: renderPolicy(document, format, { standalone }), contentType: CONTENT_TYPES[format] };
    });
  }

  /** Policies as of a registry version: policy writes are audited, so the version covers them too. */
  private policies: { version: number; byId: Promise<Map<string, PolicyEntity>> } | null = null;

  private async policyAt(version: number, id: string): Promise<PolicyEntity> {
    if (!this.policies || this.policies.version !== version) {
      // Read after the version: what is read is that version or newer, never older.
      const byId = this.dataSource
        .getRepository(PolicyEntity)
        .find()
        .then((all) => new Map(all.map((p) => [p.id, p])));
      byId.catch(() => (this.policies = null));
      this.policies = { version, byId };
    }
    const policy = (await this.policies.byId).get(id);
    if (!policy) throw new ResourceNotFoundError(`No policy with id ${id}.`);
    return policy;
  }

  /** Answers computed from one registry version on one day (adequacy decisions end on a date), each computed once. */
  private results: { key: string; answers: Map<string, Promise<unknown>> } = { key: '', answers: new Map() };

  private memo<T>(version: number, snapshot: RegistrySnapshot, what: string, compute: () => Promise<T>): Promise<T> {
    const key = `${version}:${snapshot.asOf.slice(0, 10)}`;
    if (this.results.key !== key) this.results = { key, answers: new Map() };
    const answers = this.results.answers;
    let answer = answers.get(what) as Promise<T> | undefined;
    if (!answer) {
      answer = compute();
      answers.set(what, answer);
      // A failure (an unknown policy id) is answered, not kept.
      answer.catch(() => answers.delete(what));
    }
    return answer;
  }

  async publish(id: string, dto: PublishVersionDto, actor: Principal | null): Promise<PolicyVersionResponse> {
    const policy = await this.policy(id);
    const snapshot = await this.snapshots.now();
    const scope = scopeOf(policy);
    const errors = this.findingsInScope(snapshot, scope).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw new UnprocessableError(
        `The policy cannot be published: the registry has ${errors.length} compliance error(s) in its scope, listed in errors[].`,
        errors,
      );
    }
    const document = generatePolicy(snapshot, scope);
    const contentHash = policyContentHash(document);
    const effectiveFrom = new Date(dto.effectiveFrom);
    const version = await this.crud.write(async (manager) => {
      const repo = manager.getRepository(PolicyVersionEntity);
      const [latest] = await repo.find({ where: { policyId: id }, order: { number: 'DESC' }, take: 1 });
      if (latest?.contentHash === contentHash) {
        throw new ConflictError(
          `Nothing changed since version ${latest.number}: the registry gives the same document (sha256 ${contentHash}).`,
        );
      }
      const earliest = Date.now() + policy.options.noticeDays * DAY_MS;
      if (latest && dto.material && effectiveFrom.getTime() < earliest - 60_000) {
        throw new UnprocessableError(
          `A material change needs ${policy.options.noticeDays} days' notice: effectiveFrom must be on or after ${new Date(earliest).toISOString()}.`,
          [{ path: 'effectiveFrom', message: `must be at least ${policy.options.noticeDays} days ahead for a material change` }],
        );
      }
      const rendered: Record<string, string> = {
        [renderingKey('html', true)]: renderPolicy(document, 'html', { standalone: true, effectiveFrom: dto.effectiveFrom }),
      };
      for (const format of RENDER_FORMATS) rendered[format] = renderPolicy(document, format, { effectiveFrom: dto.effectiveFrom });
      const saved = await repo.save(
        repo.create({
          policyId: id,
          number: (latest?.number ?? 0) + 1,
          effectiveFrom,
          changeSummary: dto.changeSummary,
          material: dto.material,
          contentHash,
          document: document as unknown as Record<string, unknown>,
          rendered: rendered as PolicyVersionEntity['rendered'],
          snapshot,
          publishedBy: actor?.keyId ?? null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'policy_version',
        entityId: saved.id,
        version: saved.number,
        before: null,
        after: { ...toVersionResponse(saved) },
      });
      // Same transaction: the webhook events exist exactly when the version does.
      await this.webhookOutbox.versionPublished(manager, policy, saved);
      return saved;
    });
    // Served here from now on; the other replicas hear of it from the database's notification.
    this.publicAnswers.invalidate();
    this.webhookWorker.kick();
    return toVersionResponse(version);
  }

  async versions(id: string): Promise<PolicyVersionResponse[]> {
    await this.policy(id);
    const versions = await this.dataSource.getRepository(PolicyVersionEntity).find({
      where: { policyId: id },
      order: { number: 'ASC' },
      select: {
        id: true,
        policyId: true,
        number: true,
        effectiveFrom: true,
        changeSummary: true,
        material: true,
        contentHash: true,
        publishedAt: true,
        publishedBy: true,
      },
    });
    return versions.map(toVersionResponse);
  }

  async version(id: string, number: number): Promise<PolicyVersionEntity> {
    const version = await this.dataSource.getRepository(PolicyVersionEntity).findOneBy({ policyId: id, number });
    if (!version) throw new ResourceNotFoundError(`Policy ${id} has no version ${number}.`);
    return version;
  }

  async diff(id: string, a: number, b: number): Promise<PolicyDiff> {
    const [from, to] = await Promise.all([this.version(id, a), this.version(id, b)]);
    return diffPolicies(
      { document: from.document as unknown as PolicyDocument, snapshot: from.snapshot, label: `version ${a}` },
      { document: to.document as unknown as PolicyDocument, snapshot: to.snapshot, label: `version ${b}` },
    );
  }
}
