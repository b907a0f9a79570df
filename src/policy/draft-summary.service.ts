import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { absoluteUrl } from '../common/request-origin';
import type { PolicyLanguage } from '../domain/languages';
import { SnapshotService } from '../snapshot/snapshot.service';
import { VersionMemo } from '../snapshot/version-memo';
import { generatePolicy } from './document/generate';
import { policyCatalogue } from './document/i18n';
import { escapeHtml, policyContentHash } from './document/render';
import { languageOf, PoliciesService, scopeOf } from './policies.service';
import { CONTENT_TYPES, type Rendered } from './renderings';
import { renderSummary, type SummaryFormat, summarize } from './summary/summary';

/** The preview's own "not published" banner before the first layer, so that no one takes it for the notice in effect. */
function markedDraft(body: string, format: SummaryFormat, language: string): string {
  const banner = policyCatalogue(language).draftBanner;
  switch (format) {
    case 'json':
      return body;
    case 'html':
      return `<aside class="ropa-draft" role="note"><strong>${escapeHtml(banner)}</strong></aside>\n${body}`;
    case 'md':
      return `> ${banner}\n\n${body}`;
    case 'txt':
      return `${banner}\n\n${body}`;
  }
}

/**
 * The first layer of a policy's draft: the notice publishing now would store, summarised by the same
 * generator as the public first layer, so a DPO reads both layers before they go out. It carries the
 * number the next version would get and the draft's content hash, and links to the draft's preview.
 */
@Injectable()
export class DraftSummaryService {
  private readonly memo = new VersionMemo();

  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotService,
    private readonly policies: PoliciesService,
  ) {}

  async get(id: string, format: SummaryFormat, lang?: PolicyLanguage): Promise<Rendered & { language: string }> {
    const { version, snapshot } = await this.snapshots.current();
    const policy = await this.policies.policyAt(version, id);
    const language = languageOf(policy, lang);
    const url = absoluteUrl(`/api/v1/policies/${id}/preview?lang=${language}`);
    return this.memo.get(version, snapshot, `${id}\n${language}\n${format}\n${url}`, async () => {
      const document = generatePolicy(snapshot, scopeOf(policy, language));
      const [row] = (await this.dataSource.query(
        'SELECT coalesce(max(number), 0)::int AS latest FROM policy_version WHERE policy_id = $1',
        [id],
      )) as { latest: number }[];
      const summary = summarize(
        document,
        { number: row.latest + 1, contentHash: policyContentHash(document), url },
        {
          specialCategoryIds: new Set(snapshot.dataCategories.filter((c) => c.special).map((c) => c.id)),
          directMarketingActivityIds: new Set(snapshot.processingActivities.filter((a) => a.directMarketing).map((a) => a.id)),
        },
      );
      // The JSON says it too: `draft: true` beside what the public first layer carries.
      const shown = { ...summary, draft: true };
      return {
        body: markedDraft(renderSummary(shown, format), format, language),
        contentType: CONTENT_TYPES[format],
        language,
      };
    });
  }
}
