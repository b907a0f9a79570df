import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/api-keys.service';
import { ConflictError, ResourceNotFoundError, UnprocessableError } from '../common/errors';
import { findingsInScope } from '../compliance/policy-scope';
import { type RegistryService, registryServiceToken } from '../registry/shared/registry.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import { type PolicyDiff, diffPolicies } from './diff/diff';
import { generatePolicy } from './document/generate';
import type { PolicyDocument, PolicyScope } from './document/model';
import { policyContentHash, RENDER_FORMATS, renderPolicy, type RenderFormat } from './document/render';
import type { PolicyLanguage } from '../domain/languages';
import type { PublishVersionDto } from './dto/publish-version.dto';
import type { PolicyVersionResponse } from './dto/policy-version.response';
import { policiesResource } from './policies.resource';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyVersionLanguageEntity } from './policy-version-language.entity';
import { embedUrl, publicPageUrl } from './policies.resource';
import { PolicyEntity } from './policy.entity';
import { reachOf } from './policy-scopes';
import { PublicAnswers } from './public-answers';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import { WebhookWorker } from '../webhooks/webhook-worker';
import { CONTENT_TYPES, type Rendered, renderingKey } from './renderings';
import { VersionMemo } from '../snapshot/version-memo';

const DAY_MS = 86_400_000;
/** Clock skew between the DPO's machine and the server that a publication "from now" may carry. */
export const PUBLISH_CLOCK_SKEW_MS = 5 * 60_000;

/** The scope of a policy in one of its languages (its default language when left out). */
/** The policy's title in a language: its translation there, else the title as written. */
export function titleIn(policy: PolicyEntity, language: string): string {
  const translated = policy.translations?.[language as PolicyScope['language']]?.title;
  return typeof translated === 'string' ? translated : policy.title;
}

export function scopeOf(policy: PolicyEntity, language = policy.language): PolicyScope {
  return {
    serviceId: policy.serviceId,
    dataSubjectCategoryIds: [...policy.dataSubjectCategoryIds].sort(),
    language: language as PolicyScope['language'],
    // The title in the notice's language where translated; untranslated, `translation-missing` keeps it from being published.
    title: titleIn(policy, language),
    options: {
      noticeDays: policy.options.noticeDays,
      contactEmail: policy.options.contactEmail ?? null,
      minimumAge: policy.options.minimumAge ?? null,
      laws: policy.options.laws ?? null,
    },
  };
}

/** A language's rendering of a version, as listed in answers and webhook payloads: default language first. */
export interface VersionLanguage {
  language: string;
  contentHash: string;
}

/** The audit chain's head a version recorded at publication; null for versions published before issue 26. */
export function auditHeadOf(v: Pick<PolicyVersionEntity, 'auditHeadSeq' | 'auditHeadHash'>): { sequence: number; hash: string } | null {
  return v.auditHeadSeq === null || v.auditHeadHash === null ? null : { sequence: v.auditHeadSeq, hash: v.auditHeadHash };
}

export function toVersionResponse(v: PolicyVersionEntity, languages: readonly VersionLanguage[]): PolicyVersionResponse {
  return {
    policyId: v.policyId,
    number: v.number,
    effectiveFrom: v.effectiveFrom.toISOString(),
    changeSummary: v.changeSummary,
    material: v.material,
    language: v.language,
    contentHash: v.contentHash,
    languages: languages.map((l) => ({
      language: l.language,
      contentHash: l.contentHash,
      publicUrl: publicPageUrl(v.policyId, l.language),
    })),
    publishedAt: v.publishedAt.toISOString(),
    publishedBy: v.publishedBy,
    publicUrl: publicPageUrl(v.policyId),
    embedUrl: embedUrl(v.policyId),
    auditHead: auditHeadOf(v),
  };
}

/** Default language first, then the others in alphabetical order (a stable order for hashes, links and payloads). */
function defaultFirst<T extends { language: string }>(rows: T[], defaultLanguage: string): T[] {
  return [...rows].sort(
    (a, b) => Number(b.language === defaultLanguage) - Number(a.language === defaultLanguage) || a.language.localeCompare(b.language),
  );
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

  /** The draft in one of the policy's languages (its default language when `language` is left out). */
  async preview(id: string, format: RenderFormat, standalone: boolean, language?: PolicyLanguage): Promise<Rendered> {
    const { version, snapshot } = await this.snapshots.current();
    return this.memo.get(version, snapshot, `preview:${id}:${format}:${standalone}:${language ?? ''}`, async () => {
      const policy = await this.policyAt(version, id);
      const document = generatePolicy(snapshot, scopeOf(policy, languageOf(policy, language)));
      return { body: renderPolicy(document, format, { standalone, draft: true }), contentType: CONTENT_TYPES[format] };
    });
  }

  /** Policies as of a registry version: policy writes are audited, so the version covers them too. */
  private policies: { version: number; byId: Promise<Map<string, PolicyEntity>> } | null = null;

  async policyAt(version: number, id: string): Promise<PolicyEntity> {
    const policy = (await this.policiesById(version)).get(id);
    if (!policy) throw new ResourceNotFoundError(`No policy with id ${id}.`);
    return policy;
  }

  /** Every policy as of a registry version, oldest first. */
  async policiesAt(version: number): Promise<PolicyEntity[]> {
    return [...(await this.policiesById(version)).values()];
  }

  private policiesById(version: number): Promise<Map<string, PolicyEntity>> {
    if (!this.policies || this.policies.version !== version) {
      // Read after the version: what is read is that version or newer, never older.
      const byId = this.dataSource
        .getRepository(PolicyEntity)
        .find({ order: { createdAt: 'ASC', id: 'ASC' } })
        .then((all) => new Map(all.map((p) => [p.id, p])));
      byId.catch(() => (this.policies = null));
      this.policies = { version, byId };
    }
    return this.policies.byId;
  }

  /** Answers (previews) computed once per registry version and day. */
  private readonly memo = new VersionMemo();

  async publish(id: string, dto: PublishVersionDto, actor: Principal | null): Promise<PolicyVersionResponse> {
    const effectiveFrom = dto.effectiveFrom === undefined ? new Date() : new Date(dto.effectiveFrom);
    // A version says what people were told from when; it cannot say it of a time already past.
    if (effectiveFrom.getTime() < Date.now() - PUBLISH_CLOCK_SKEW_MS) {
      throw new UnprocessableError(
        `A version cannot take effect before it is published: effectiveFrom ${effectiveFrom.toISOString()} is in the past. Leave it out to publish with effect from now, or give a later time.`,
        [{ path: 'effectiveFrom', message: 'must not be earlier than the time of publishing (5 minutes of clock skew are allowed)' }],
      );
    }
    const policy = await this.policy(id);
    const snapshot = await this.snapshots.now();
    const errors = findingsInScope(snapshot, reachOf(policy)).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw new UnprocessableError(
        `The policy cannot be published: the registry has ${errors.length} compliance error(s) in its scope (languages ${policy.languages.join(', ')}), listed in errors[].`,
        errors,
      );
    }
    // Every language from the same snapshot, at once: the versions of one number never disagree on facts.
    const languages = defaultFirst(
      policy.languages.map((language) => {
        const document = generatePolicy(snapshot, scopeOf(policy, language));
        return { language, document, contentHash: policyContentHash(document) };
      }),
      policy.language,
    );
    const main = languages[0];
    const version = await this.crud.write(async (manager) => {
      const repo = manager.getRepository(PolicyVersionEntity);
      const [latest] = await repo.find({ where: { policyId: id }, order: { number: 'DESC' }, take: 1 });
      if (latest) {
        const before = await manager
          .getRepository(PolicyVersionLanguageEntity)
          .find({ where: { policyVersionId: latest.id }, select: { language: true, contentHash: true } });
        const same =
          latest.language === main.language &&
          before.length === languages.length &&
          languages.every((l) => before.some((b) => b.language === l.language && b.contentHash === l.contentHash));
        if (same) {
          throw new ConflictError(
            `Nothing changed since version ${latest.number}: the registry gives the same documents (sha256 ${languages.map((l) => `${l.language} ${l.contentHash}`).join(', ')}).`,
          );
        }
      }
      if (!latest && dto.material) {
        throw new UnprocessableError(
          'A first version cannot be a material change: there is no earlier version of this policy for it to change. Publish it with material false.',
          [{ path: 'material', message: 'must be false for the first version of a policy' }],
        );
      }
      const earliest = Date.now() + policy.options.noticeDays * DAY_MS;
      if (latest && dto.material && effectiveFrom.getTime() < earliest - 60_000) {
        throw new UnprocessableError(
          `A material change needs ${policy.options.noticeDays} days' notice: effectiveFrom must be on or after ${new Date(earliest).toISOString()}.`,
          [{ path: 'effectiveFrom', message: `must be at least ${policy.options.noticeDays} days ahead for a material change` }],
        );
      }
      // The chain's head before this version's own event: the registry lock holds it until the commit.
      const auditHead = await this.audit.head(manager);
      const rendered = languages.map((l) => renderings(l.document, dto.effectiveFrom ?? effectiveFrom.toISOString(), auditHead));
      const saved = await repo.save(
        repo.create({
          policyId: id,
          number: (latest?.number ?? 0) + 1,
          effectiveFrom,
          changeSummary: dto.changeSummary,
          material: dto.material,
          language: main.language,
          contentHash: main.contentHash,
          document: main.document as unknown as Record<string, unknown>,
          rendered: rendered[0],
          snapshot,
          publishedBy: actor?.keyId ?? null,
          auditHeadSeq: auditHead?.sequence ?? null,
          auditHeadHash: auditHead?.hash ?? null,
        }),
      );
      await manager.getRepository(PolicyVersionLanguageEntity).insert(
        languages.map((l, i) => ({
          policyVersionId: saved.id,
          language: l.language,
          contentHash: l.contentHash,
          document: l.document as never,
          rendered: rendered[i],
        })),
      );
      const response = toVersionResponse(saved, languages);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'policy_version',
        entityId: saved.id,
        version: saved.number,
        before: null,
        after: { ...response },
      });
      // Same transaction: the webhook events exist exactly when the version does.
      await this.webhookOutbox.versionPublished(manager, policy, saved, languages);
      return response;
    });
    // Served here from now on; the other replicas hear of it from the database's notification.
    this.publicAnswers.invalidate();
    this.webhookWorker.kick();
    return version;
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
        language: true,
        contentHash: true,
        publishedAt: true,
        publishedBy: true,
        auditHeadSeq: true,
        auditHeadHash: true,
      },
    });
    const languages = await this.languagesOf(versions.map((v) => v.id));
    return versions.map((v) => toVersionResponse(v, defaultFirst(languages.get(v.id) ?? [], v.language)));
  }

  /** The languages and hashes of some versions, in one statement. */
  private async languagesOf(versionIds: string[]): Promise<Map<string, VersionLanguage[]>> {
    const byVersion = new Map<string, VersionLanguage[]>();
    if (versionIds.length === 0) return byVersion;
    const rows = await this.dataSource.getRepository(PolicyVersionLanguageEntity).find({
      where: { policyVersionId: In(versionIds) },
      select: { policyVersionId: true, language: true, contentHash: true },
    });
    for (const row of rows) {
      const list = byVersion.get(row.policyVersionId) ?? [];
      list.push({ language: row.language, contentHash: row.contentHash });
      byVersion.set(row.policyVersionId, list);
    }
    return byVersion;
  }

  async version(id: string, number: number): Promise<PolicyVersionEntity> {
    const version = await this.dataSource.getRepository(PolicyVersionEntity).findOneBy({ policyId: id, number });
    if (!version) throw new ResourceNotFoundError(`Policy ${id} has no version ${number}.`);
    return version;
  }

  /**
   * One language of a published version (its default language when left out), with the version's snapshot
   * when asked for; 404 when the version was not published in that language.
   */
  async versionIn(
    id: string,
    number: number,
    language: PolicyLanguage | undefined,
  ): Promise<{ version: PolicyVersionEntity; rendering: PolicyVersionLanguageEntity }> {
    const version = await this.version(id, number);
    const wanted = language ?? version.language;
    const rendering = await this.dataSource
      .getRepository(PolicyVersionLanguageEntity)
      .findOneBy({ policyVersionId: version.id, language: wanted });
    if (!rendering) {
      const published = await this.languagesOf([version.id]);
      throw new ResourceNotFoundError(
        `Version ${number} of policy ${id} was not published in ${wanted}; its languages: ${(published.get(version.id) ?? []).map((l) => l.language).join(', ')}.`,
      );
    }
    return { version, rendering };
  }

  /** What changed between two versions in one language (the policy's default language when left out). */
  async diff(id: string, a: number, b: number, language?: PolicyLanguage): Promise<PolicyDiff> {
    const wanted = language ?? (await this.policy(id)).language;
    const [from, to] = await Promise.all([
      this.versionIn(id, a, wanted as PolicyLanguage),
      this.versionIn(id, b, wanted as PolicyLanguage),
    ]);
    return diffPolicies(
      { document: from.rendering.document as unknown as PolicyDocument, snapshot: from.version.snapshot, label: `version ${a}` },
      { document: to.rendering.document as unknown as PolicyDocument, snapshot: to.version.snapshot, label: `version ${b}` },
    );
  }
}

/** The language asked for, if the policy has it (404 otherwise), else the policy's default language. */
export function languageOf(policy: PolicyEntity, language: PolicyLanguage | undefined): PolicyLanguage {
  if (language === undefined) return policy.language as PolicyLanguage;
  if (!policy.languages.includes(language)) {
    throw new ResourceNotFoundError(`Policy ${policy.id} is not published in ${language}; its languages: ${policy.languages.join(', ')}.`);
  }
  return language;
}

/** Every stored rendering of one language's document: each format, and HTML also as a whole page. */
function renderings(
  document: PolicyDocument,
  effectiveFrom: string,
  auditHead: { sequence: number; hash: string } | null,
): PolicyVersionEntity['rendered'] {
  const rendered: Record<string, string> = {
    [renderingKey('html', true)]: renderPolicy(document, 'html', { standalone: true, effectiveFrom }),
  };
  for (const format of RENDER_FORMATS) rendered[format] = renderPolicy(document, format, { effectiveFrom, auditHead });
  return rendered as PolicyVersionEntity['rendered'];
}
