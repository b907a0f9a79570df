import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ConflictError } from '../common/errors';
import { absoluteUrl } from '../common/request-origin';
import type { PolicyLanguage } from '../domain/languages';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { consentBlockers } from './consent/blockers';
import { type ConsentInput, consentTrackers, trackerIdsOf } from './consent/consent-input';
import { consentModeConfig } from './consent/consent-mode';
import { cookieConsentConfig } from './consent/cookieconsent';
import { klaroConfig } from './consent/klaro';
import { tcfDisclosure } from './consent/tcf-disclosure';
import type { PolicyDocument } from './document/model';
import type { PublicPolicy } from './public-policies.service';
import { PublicPoliciesService } from './public-policies.service';

export const CONSENT_FORMATS = ['klaro', 'cookieconsent', 'consent-mode', 'tcf-disclosure'] as const;
export type ConsentFormat = (typeof CONSENT_FORMATS)[number];

const GENERATORS: Record<ConsentFormat, (input: ConsentInput) => unknown> = {
  klaro: klaroConfig,
  cookieconsent: cookieConsentConfig,
  'consent-mode': consentModeConfig,
  'tcf-disclosure': tcfDisclosure,
};

/** Characters of generated configurations kept: a published version never changes, so neither do they. */
const CACHE_CHARS = 4 * 1024 * 1024;

/**
 * Banner configurations of the version a public URL serves, made from that version's own snapshot and the
 * trackers its notice lists: the same version, the same trackers, the same hashes as the notice shown.
 */
@Injectable()
export class PublicConsentService {
  private readonly made = new BoundedCache(CACHE_CHARS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PublicPoliciesService,
  ) {}

  async get(slug: string, format: ConsentFormat, now = new Date()): Promise<PublicPolicy> {
    const version = await this.policies.versionInEffect(slug, now);
    const path = `/api/v1/public/policies/${encodeURIComponent(slug)}`;
    const languages = version.languages.map((l) => ({
      language: l.language as PolicyLanguage,
      contentHash: l.contentHash,
      policyUrl: absoluteUrl(`${path}?lang=${l.language}`),
    }));
    const key = `${version.id}\n${format}\n${absoluteUrl('')}`;
    let body = this.made.get(key);
    if (body === undefined) {
      body = JSON.stringify(GENERATORS[format](await this.input(slug, version, languages)), null, 2);
      this.made.set(key, body);
    }
    const main = languages[0];
    return {
      body,
      contentType: 'application/json; charset=utf-8',
      etag: `"${main.contentHash}.consent-${format}"`,
      lastModified: version.publishedAt,
      maxAge: 300,
      upcoming: version.upcoming,
      language: languages.map((l) => l.language).join(', '),
      link: `<${main.policyUrl}>; rel="privacy-policy"`,
    };
  }

  /** The version's snapshot and default-language notice, read once per version; refused when a tracker would need a value invented. */
  private async input(slug: string, version: { id: string; number: number }, languages: ConsentInput['languages']): Promise<ConsentInput> {
    const [row] = (await this.dataSource.query(
      `SELECT v.snapshot, l.document FROM policy_version v
         JOIN policy_version_language l ON l.policy_version_id = v.id AND l.language = v.language
        WHERE v.id = $1`,
      [version.id],
    )) as { snapshot: RegistrySnapshot; document: PolicyDocument }[];
    const ids = trackerIdsOf(row.document);
    const blockers = consentBlockers(row.snapshot, ids);
    if (blockers.length > 0) {
      throw new ConflictError(
        `Version ${version.number} of the policy served at "${slug}" has ${blockers.length} tracker(s) a banner cannot be made for without inventing what the record lacks, listed in errors[]; correct the record and publish a new version.`,
        blockers,
      );
    }
    return {
      slug,
      version: version.number,
      languages,
      trackers: consentTrackers(
        row.snapshot,
        ids,
        languages.map((l) => l.language),
      ),
    };
  }
}
