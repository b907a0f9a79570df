import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { EntityRef } from '../../domain/entity-types';
import type { LegalBasis } from '../../domain/vocabulary';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { activitiesInScope } from '../../snapshot/scope';
import { generatePolicy } from './generate';
import { en } from './i18n/en';
import type { PolicyScope } from './model';
import { policyContentHash, RENDER_FORMATS, renderPolicy } from './render';
import { EXAMPLE_FACTS, exampleScope, exampleSnapshot } from './testing';
import { POLICY_LANGUAGES } from '../../domain/languages';

const example = exampleSnapshot();
const policy = generatePolicy(example, exampleScope);
const text = renderPolicy(policy, 'txt');
const sectionIds = (snapshot: RegistrySnapshot, scope: PolicyScope = { ...exampleScope, serviceId: 'svc' }) =>
  generatePolicy(snapshot, scope).sections.map((s) => s.id);

describe('the generated policy of the LiveChat Instagram channel', () => {
  it.each(EXAMPLE_FACTS)('states %s', (_fact, pattern) => {
    expect(text).toMatch(pattern);
  });

  // Every catalogue, with the example's registry text in that language (Polish translations in pl; English, untranslated, in
  // de): neither the catalogue nor the translated registry text may quote the reference.
  it.each(POLICY_LANGUAGES)('copies no sentence of the reference policy in %s (no shared run of 8 words)', (language) => {
    const { size, hashes } = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/reference-policy-shingles.json'), 'utf8')) as {
      size: number;
      hashes: string[];
    };
    const reference = new Set(hashes);
    const words = renderPolicy(generatePolicy(example, { ...exampleScope, language }), 'txt')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ');
    const copied: string[] = [];
    for (let i = 0; i + size <= words.length; i += 1) {
      const shingle = words.slice(i, i + size).join(' ');
      if (reference.has(createHash('sha256').update(shingle).digest('hex').slice(0, 16))) copied.push(shingle);
    }
    expect(copied).toEqual([]);
  });

  it('gives each purpose a row with its data, legal basis, retention and recipients, in the order of the legal bases', () => {
    const purposes = policy.sections.find((s) => s.id === 'purposes-and-legal-bases');
    const table = purposes?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns).toEqual(en.purposeColumns);
    const rows = table?.kind === 'table' ? table.rows : [];
    const under = (basis: LegalBasis) =>
      rows.filter((r) => r.cells[2].startsWith(en.basisLabel[basis])).map((r) => r.cells[0].split(':')[0]);
    const accounting = rows.find((r) => r.cells[0].startsWith('Accounting'));
    expect(accounting?.cells).toEqual([
      'Accounting and archiving: To keep the accounting and tax records and archives the law requires of us.',
      expect.stringMatching(/^Contact details, Invoicing data, Name\. The law requires these data\./),
      expect.stringContaining('The obligation: Accounting and archiving obligations'),
      expect.stringContaining('Five years'),
      expect.stringContaining('Public authorities and law enforcement (public authority)'),
    ]);
    expect(under('art6_1_a')).toEqual([
      'E-mail tracking',
      'Location (opt-in)',
      'Marketing and advertising',
      'Site usage analysis',
      'Website preferences',
    ]);
    expect(under('art6_1_b')).toEqual(['Providing the service']);
    expect(under('art6_1_c')).toEqual(['Accounting and archiving']);
    expect(under('art6_1_f')).toEqual([
      'Answering enquiries',
      "Customers' representatives",
      'Debt collection',
      'Fraud monitoring',
      'Legal claims',
      'Reports and analyses',
      'Server log files',
    ]);
  });

  it('gives every block, list item and table row its provenance, each an entry of the registry at its version', () => {
    const known = new Map<string, number>();
    for (const key of [
      'services',
      'dataCategories',
      // The opening states the relationship of each category it speaks to.
      'dataSubjectCategories',
      'recipients',
      'transfers',
      'retentionRules',
      'securityMeasures',
      'trackers',
      'processingActivities',
    ] as const)
      for (const item of example[key]) known.set(item.id, item.version);
    if (example.controller) known.set(example.controller.id, example.controller.version);
    const all: EntityRef[] = [];
    for (const block of policy.sections.flatMap((s) => s.blocks)) {
      expect(block.sources.length).toBeGreaterThan(0);
      all.push(...block.sources);
      if (block.kind === 'list') block.items.forEach((i) => (expect(i.sources.length).toBeGreaterThan(0), all.push(...i.sources)));
      if (block.kind === 'table') block.rows.forEach((r) => (expect(r.sources.length).toBeGreaterThan(0), all.push(...r.sources)));
    }
    for (const r of all) expect(known.get(r.id)).toBe(r.version);
    const purposes = policy.sections.find((s) => s.id === 'purposes-and-legal-bases');
    const row = purposes?.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).find((r) => r.cells[0].startsWith('Fraud monitoring'));
    expect(row?.sources.map((r) => r.id)).toEqual([
      'act-fraud',
      'cat-contact',
      'cat-device-id',
      'cat-ip',
      'cat-identity',
      'ret-fraud',
      'rcp-personnel',
      'rcp-subcontractors',
      'rcp-suppliers',
    ]);
  });

  it('renders byte-identical output in every format across runs and whatever the order of the input lists', () => {
    // Reversed and rotated by one: a permutation unlike the snapshot's own order.
    const shuffle = <T>(items: T[]): T[] => [...items].reverse().map((_, i, r) => r[(i + 1) % r.length]);
    const shuffled: RegistrySnapshot = {
      ...example,
      services: shuffle(example.services),
      dataCategories: shuffle(example.dataCategories),
      dataSubjectCategories: shuffle(example.dataSubjectCategories),
      recipients: shuffle(example.recipients),
      transfers: shuffle(example.transfers),
      retentionRules: shuffle(example.retentionRules),
      securityMeasures: shuffle(example.securityMeasures),
      trackers: shuffle(example.trackers),
      processingActivities: shuffle(example.processingActivities),
    };
    expect(shuffled.processingActivities.map((a) => a.id)).not.toEqual(example.processingActivities.map((a) => a.id));
    const options = { standalone: true, effectiveFrom: '2026-12-01', notice: { effectiveFrom: '2027-01-01', changeSummary: 'X.' } };
    const again = generatePolicy(shuffled, exampleScope);
    const twice = generatePolicy(exampleSnapshot(), exampleScope);
    for (const format of RENDER_FORMATS) {
      expect(renderPolicy(again, format, options)).toBe(renderPolicy(policy, format, options));
      expect(renderPolicy(twice, format, options)).toBe(renderPolicy(policy, format, options));
    }
    expect(policyContentHash(again)).toBe(policyContentHash(policy));
    expect(policyContentHash(policy)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links the Markdown contents to anchors that exist', () => {
    const md = renderPolicy(policy, 'md');
    for (const section of policy.sections) {
      expect(md).toContain(`](#${section.id})`);
      expect(md).toContain(`<a id="${section.id}"></a>`);
    }
  });

  it('has no empty section', () => {
    for (const section of policy.sections) expect(section.blocks.length).toBeGreaterThan(0);
  });
});

describe('section rules', () => {
  it('has the Art. 14 section exactly when some data in scope come from elsewhere', () => {
    expect(sectionIds(validSnapshot())).not.toContain('sources');
    expect(sectionIds(validSnapshot({ processingActivities: [make.activity({ sources: 'Your employer.' })] }))).toContain('sources');
    // A third-party category whose source is not recorded is the `activity-source` finding, not a guessed sentence.
    expect(sectionIds(validSnapshot({ dataCategories: [make.dataCategory({ collection: 'third_party' })] }))).not.toContain('sources');
  });

  it('never shows retired, draft or processor activities', () => {
    const snapshot = validSnapshot({
      processingActivities: [
        make.activity(),
        make.activity({ id: 'r', name: 'Retired thing', status: 'retired' }),
        make.activity({ id: 'd', name: 'Draft thing', status: 'draft' }),
        make.activity({ id: 'p', name: 'Processor thing', role: 'processor', legalBasis: null, onBehalfOf: [] }),
      ],
    });
    expect(activitiesInScope(snapshot, { serviceId: 'svc', dataSubjectCategoryIds: [] }).map((a) => a.id)).toEqual(['act']);
    const out = renderPolicy(generatePolicy(snapshot, { ...exampleScope, serviceId: 'svc' }), 'txt');
    expect(out).not.toMatch(/Retired thing|Draft thing|Processor thing/);
  });

  it('lists portability only for consent and contract, and objection only for public task and legitimate interests', () => {
    const fOnly = validSnapshot({ processingActivities: [make.activity({ legalBasis: 'art6_1_f', legitimateInterest: 'Security' })] });
    const fText = renderPolicy(generatePolicy(fOnly, { ...exampleScope, serviceId: 'svc' }), 'txt');
    expect(fText).not.toMatch(/Art\. 20/);
    expect(sectionIds(fOnly)).toContain('right-to-object');
    const bOnly = validSnapshot();
    expect(renderPolicy(generatePolicy(bOnly, { ...exampleScope, serviceId: 'svc' }), 'txt')).toMatch(/Art\. 20/);
    expect(sectionIds(bOnly)).not.toContain('right-to-object');
  });

  it('shows the right to object for direct marketing alone, and neither portability nor objection for a legal obligation alone', () => {
    const marketing = validSnapshot({
      processingActivities: [
        make.activity({ legalBasis: 'art6_1_a', consentMechanism: 'A tick box.', profiling: true, directMarketing: true }),
      ],
    });
    const marketingPolicy = generatePolicy(marketing, { ...exampleScope, serviceId: 'svc' });
    expect(marketingPolicy.sections.map((s) => s.id)).toContain('right-to-object');
    expect(renderPolicy(marketingPolicy, 'txt')).toMatch(/direct marketing[^\n]*without giving reasons/);
    expect(renderPolicy(marketingPolicy, 'txt')).toMatch(/Art\. 20\(1\) and \(2\)\)[\s\S]*Art\. 7\(3\)/);
    const obligation = validSnapshot({
      processingActivities: [make.activity({ legalBasis: 'art6_1_c', legalObligation: 'The VAT Act.', requirement: null })],
    });
    const obligationText = renderPolicy(generatePolicy(obligation, { ...exampleScope, serviceId: 'svc' }), 'txt');
    expect(obligationText).not.toMatch(/Art\. 20\(|Art\. 7\(3\)|Art\. 21/);
    expect(obligationText).toMatch(/The obligation: The VAT Act\./);
    expect(sectionIds(obligation)).not.toContain('right-to-object');
  });

  it('covers every service when the scope names none', () => {
    const snapshot = validSnapshot({
      services: [make.service(), make.service({ id: 'svc2', name: 'Blog', slug: 'blog' })],
      processingActivities: [make.activity(), make.activity({ id: 'blog', name: 'Comments', serviceIds: ['svc2'] })],
    });
    expect(activitiesInScope(snapshot, { serviceId: null, dataSubjectCategoryIds: [] }).map((a) => a.name)).toEqual(['Comments', 'Orders']);
    expect(activitiesInScope(snapshot, { serviceId: 'svc2', dataSubjectCategoryIds: [] }).map((a) => a.name)).toEqual(['Comments']);
  });

  it('never says data stay in the EEA while a recipient is abroad, and never calls an EEA country a third country', () => {
    const policyText = (snapshot: RegistrySnapshot) => {
      const doc = generatePolicy(snapshot, { ...exampleScope, serviceId: 'svc' });
      return renderPolicy({ ...doc, sections: doc.sections.filter((s) => s.id === 'international-transfers') }, 'txt');
    };
    const abroad = policyText(validSnapshot({ recipients: [make.recipient({ country: 'US' })], transfers: [] }));
    expect(abroad).toMatch(/United States \(Hosting Ltd\)\.[^\n]*\n {2}\* Hosting Ltd — We have not yet recorded which safeguard/);
    expect(abroad).not.toMatch(/stay within/);
    const inEea = policyText(validSnapshot({ transfers: [make.transfer({ country: 'DE' })] }));
    expect(inEea).toMatch(/Your data stay within the European Economic Area/);
  });

  it('never has an empty section', () => {
    const bare = validSnapshot({
      trackers: [],
      recipients: [],
      // No recipient, affirmed: only then may the notice say that no one receives the data and none leave the EEA.
      processingActivities: [make.activity({ recipientIds: [], requirement: null, notApplicable: { recipients: 'Our own staff only.' } })],
    });
    for (const section of generatePolicy(bare, { ...exampleScope, serviceId: 'svc' }).sections)
      expect(section.blocks.length).toBeGreaterThan(0);
    expect(sectionIds(bare)).toEqual(
      expect.arrayContaining(['cookies-and-similar-technologies', 'recipients', 'international-transfers', 'automated-decisions']),
    );
  });

  it('narrows to the data subject categories of the scope', () => {
    const snapshot = validSnapshot({
      dataSubjectCategories: [make.dataSubjectCategory(), make.dataSubjectCategory({ id: 'emp', name: 'Employees' })],
      processingActivities: [make.activity(), make.activity({ id: 'hr', name: 'Payroll', dataSubjectCategoryIds: ['emp'] })],
    });
    expect(activitiesInScope(snapshot, { serviceId: 'svc', dataSubjectCategoryIds: ['emp'] }).map((a) => a.name)).toEqual(['Payroll']);
  });

  it('escapes every registry string in HTML', () => {
    const snapshot = validSnapshot({ processingActivities: [make.activity({ name: '<script>alert(1)</script>' })] });
    const html = renderPolicy(generatePolicy(snapshot, { ...exampleScope, serviceId: 'svc' }), 'html', { standalone: true });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h2 id="purposes-and-legal-bases">');
    expect(html).toContain('@media print');
  });

  it('announces an upcoming change as a banner in HTML and a field in JSON', () => {
    const notice = { effectiveFrom: '2026-12-24T00:00:00.000Z', changeSummary: 'A new e-mail supplier.' };
    expect(renderPolicy(policy, 'html', { notice })).toContain(
      '<aside class="ropa-notice" role="note"><strong>This policy will change on 24 December 2026. A new e-mail supplier.',
    );
    expect(JSON.parse(renderPolicy(policy, 'json', { notice })).upcomingChange).toEqual(notice);
  });
});

describe('where the controller stands', () => {
  const scope = { ...exampleScope, serviceId: 'svc' };
  const swiss = make.controller({
    registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
    representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
    supervisoryAuthority: { name: 'FDPIC', country: 'CH', website: null },
    notApplicable: {},
  });
  const section = (snapshot: RegistrySnapshot, id: string) =>
    generatePolicy(snapshot, scope)
      .sections.find((s) => s.id === id)
      ?.blocks.map((b) =>
        b.kind === 'paragraph' ? b.text : b.kind === 'list' ? [b.intro ?? '', ...b.items.map((i) => i.text)].join('\n') : '',
      )
      .join('\n') ?? '';

  it('cites no adequacy decision for the own country of a Swiss controller, but one for an EEA controller', () => {
    const recipients = [make.recipient({ name: 'Swiss tax office', type: 'public_authority', country: 'CH' })];
    const fromZurich = section(validSnapshot({ controller: swiss, recipients }), 'international-transfers');
    expect(fromZurich).toContain('We are established in Switzerland');
    expect(fromZurich).toContain('We do not pass your data on');
    expect(fromZurich).not.toMatch(/Swiss tax office|2000\/518/);
    const fromWarsaw = section(
      validSnapshot({ recipients, transfers: [make.transfer({ country: 'CH', mechanism: 'adequacy' })] }),
      'international-transfers',
    );
    expect(fromWarsaw).toMatch(/Switzerland \(Swiss tax office\)[^\n]*Decision 2000\/518\/EC of 26 July 2000/);
  });

  it('names the lead authority of an EEA controller, and none for a controller outside the EEA', () => {
    expect(section(validSnapshot(), 'complaints')).toContain('The authority responsible for us is the UODO');
    const outside = section(validSnapshot({ controller: swiss }), 'complaints');
    expect(outside).toContain('any data protection supervisory authority in the European Economic Area');
    expect(outside).toContain('EU Rep GmbH');
    // The recorded Swiss authority is not named as a lead authority; the FADP's part names the FDPIC on its own.
    expect(outside.split('\n')[0]).not.toContain('FDPIC');
    expect(outside.split('\n')[1]).toContain('Under the FADP');
  });

  it('derives the SCC module from the roles when none is stated', () => {
    const snapshot = validSnapshot({
      recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })],
      transfers: [make.transfer({ sccModule: null })],
    });
    expect(section(snapshot, 'international-transfers')).toContain('We use Module Two (controller to processor).');
  });

  it('invents no lifetime for a cookie whose duration is not recorded', () => {
    const snapshot = validSnapshot({ trackers: [make.tracker({ duration: null })] });
    const table = generatePolicy(snapshot, scope)
      .sections.find((s) => s.id === 'cookies-and-similar-technologies')
      ?.blocks.find((b) => b.kind === 'table');
    // The lifetime column is left out when no tracker in scope records one, rather than filled with a guess.
    expect(table?.kind === 'table' && table.columns).not.toContain(en.trackerColumns[4]);
  });
});
