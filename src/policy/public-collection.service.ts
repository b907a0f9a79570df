import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, NotAcceptableError, ResourceNotFoundError } from '../common/errors';
import { absoluteUrl } from '../common/request-origin';
import type { PolicyLanguage } from '../domain/languages';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { localizeSnapshot } from '../snapshot/localize';
import { SnapshotService } from '../snapshot/snapshot.service';
import { VersionMemo } from '../snapshot/version-memo';
import { CollectionNoticeGap, collectionNotice } from './collection/notice';
import type { PolicyDocument } from './document/model';
import { negotiateLanguage } from './language-negotiation';
import { PublicPoliciesService } from './public-policies.service';
import { CONTENT_TYPES } from './renderings';
import { renderSummary, type SummaryFormat } from './summary/summary';

export interface CollectionNoticeAnswer {
  body: string;
  contentType: string;
  etag: string;
  language: string;
  /** The full notice it links to */
  policyUrl: string;
}

/**
 * The notice at collection of a form: the collection point as the registry holds it now, the purposes and
 * bases from the policy version in effect for its service (its long notice and its snapshot), so the form's
 * notice says nothing the published notice does not.
 */
@Injectable()
export class PublicCollectionService {
  private readonly memo = new VersionMemo();

  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotService,
    private readonly policies: PublicPoliciesService,
  ) {}

  async get(
    ref: string,
    asked: PolicyLanguage | undefined,
    acceptLanguage: string | undefined,
    format: SummaryFormat,
    now = new Date(),
  ): Promise<CollectionNoticeAnswer> {
    const { version: registryVersion, snapshot } = await this.snapshots.current();
    const point = snapshot.collectionPoints.find((c) => c.ref === ref);
    const service = point && snapshot.services.find((s) => s.id === point.serviceId);
    if (!point || !service) throw new ResourceNotFoundError(`No collection point with ref "${ref}".`);
    // 404 when the service has no published policy: there is no full notice to link to.
    const version = await this.policies.versionInEffect(service.slug, now);
    const languages = version.languages.map((l) => l.language);
    const language =
      asked !== undefined ? (languages.includes(asked) ? asked : undefined) : negotiateLanguage(acceptLanguage, languages, languages[0]);
    if (language === undefined)
      throw new ResourceNotFoundError(
        `The policy of "${service.slug}" is not published in ${asked}; its languages: ${languages.join(', ')}.`,
      );
    if (language === null)
      throw new NotAcceptableError(
        `None of the languages in Accept-Language is one the policy of "${service.slug}" is published in: ${languages.join(', ')}.`,
        languages,
      );
    const rendering = version.languages.find((l) => l.language === language)!;
    const policyUrl = absoluteUrl(`/api/v1/public/policies/${encodeURIComponent(service.slug)}?lang=${language}`);
    const key = `${version.id}\n${point.id}\n${language}\n${format}\n${policyUrl}`;
    return this.memo.get(registryVersion, snapshot, key, async () => {
      const [row] = (await this.dataSource.query(
        `SELECT v.snapshot, l.document FROM policy_version v
           JOIN policy_version_language l ON l.policy_version_id = v.id AND l.language = $2
          WHERE v.id = $1`,
        [version.id, language],
      )) as { snapshot: RegistrySnapshot; document: PolicyDocument }[];
      const lang = language as PolicyLanguage;
      const current = localizeSnapshot(snapshot, lang);
      const names = new Set([point.id, ...point.dataCategoryIds]);
      const untranslated = current.missing.filter((m) => names.has(m.entityId));
      if (untranslated.length > 0)
        throw new ConflictError(
          `The collection point "${ref}" or a data category it names has no ${language} translation, listed in errors[]; a notice never mixes languages.`,
          untranslated,
        );
      try {
        const notice = collectionNotice({
          point: current.snapshot.collectionPoints.find((c) => c.id === point.id)!,
          document: row.document,
          snapshot: localizeSnapshot(row.snapshot, lang).snapshot,
          categories: current.snapshot.dataCategories.filter((c) => point.dataCategoryIds.includes(c.id)),
          version: { number: version.number, contentHash: rendering.contentHash, url: policyUrl },
        });
        const body = renderSummary(notice, format);
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
        return { body, contentType: CONTENT_TYPES[format], etag, language, policyUrl };
      } catch (e) {
        if (!(e instanceof CollectionNoticeGap)) throw e;
        throw new ConflictError(
          `The collection point "${ref}" serves ${e.activityIds.length} activity(ies) the policy version ${version.number} in effect for "${service.slug}" does not state, listed in errors[]; publish a new version of the policy first, so the form's notice says nothing the full notice does not.`,
          e.activityIds.map((id) => ({ entityType: 'processing_activity', entityId: id })),
        );
      }
    });
  }
}
