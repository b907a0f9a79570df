import { describe, expect, it } from '@jest/globals';
import { generatePolicy } from '../generate';
import { renderPolicy } from '../render';
import type { RegistrySnapshot } from '../../../domain/registry-snapshot';
import { make, validSnapshot } from '../../../snapshot/testing/snapshot-factory';
import { exampleScope, exampleSnapshot } from '../testing';

describe('the laws a notice answers to, in its JSON rendering', () => {
  const snapshot = exampleSnapshot();

  it('names the GDPR alone for the example registry, a Polish controller', () => {
    const doc = generatePolicy(snapshot, exampleScope);
    expect(doc.laws).toEqual(['gdpr']);
    expect((JSON.parse(renderPolicy(doc, 'json')) as { laws: string[] }).laws).toEqual(['gdpr']);
  });

  it('adds what the policy says its service targets, never dropping the derived law', () => {
    const doc = generatePolicy(snapshot, { ...exampleScope, options: { ...exampleScope.options, laws: ['ch_fadp', 'uk_gdpr'] } });
    expect(doc.laws).toEqual(['gdpr', 'uk_gdpr', 'ch_fadp']);
  });

  it('follows the controller: a Zurich controller with an EU representative answers to the FADP and the GDPR', () => {
    const controller = snapshot.controller;
    if (!controller) throw new Error('the example has a controller');
    const zurich = {
      ...snapshot,
      controller: {
        ...controller,
        registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
        representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
      },
    };
    expect(generatePolicy(zurich, exampleScope).laws).toEqual(['gdpr', 'ch_fadp']);
  });
});

describe("each law's part, inside the existing sections", () => {
  const rep = { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' };
  const at = (country: string, city: string) =>
    make.controller({ registeredAddress: { street: 'Main 1', postalCode: '1000', city, country }, representative: rep, notApplicable: {} });
  const text = (snapshot: RegistrySnapshot, id: string, language: 'en' | 'pl' | 'de' = 'en') =>
    (
      generatePolicy(snapshot, { ...scope, language })
        .sections.find((s) => s.id === id)
        ?.blocks.map((b) =>
          b.kind === 'paragraph' ? b.text : b.kind === 'list' ? [b.intro, ...b.items.map((i) => i.text)].join('\n') : '',
        ) ?? []
    ).join('\n');
  const scope = {
    serviceId: null,
    dataSubjectCategoryIds: [],
    language: 'en' as const,
    title: 'Privacy',
    options: { noticeDays: 30, contactEmail: null, minimumAge: null },
  };

  const zurich = validSnapshot({
    controller: at('CH', 'Zürich'),
    recipients: [
      make.recipient({ id: 'us', ref: 'us', name: 'Cloud Inc.', country: 'US', dpfCertified: true, swissDpfCertified: true }),
      make.recipient({ id: 'in', ref: 'in', name: 'Support Pvt Ltd', country: 'IN' }),
    ],
    transfers: [
      make.transfer({ id: 't-us', ref: 't-us', recipientId: 'us', country: 'US', mechanism: 'dpf', sccModule: null }),
      make.transfer({ id: 't-in', ref: 't-in', recipientId: 'in', country: 'IN', localTools: ['ch_scc'] }),
    ],
    processingActivities: [make.activity({ recipientIds: ['us', 'in'] })],
  });

  it('names the laws, the FDPIC and every state with its ground for a Zurich controller with EU users', () => {
    expect(text(zurich, 'who-we-are')).toContain(
      'the General Data Protection Regulation (EU) 2016/679 ("GDPR") and the Swiss Federal Act on Data Protection ("FADP")',
    );
    expect(text(zurich, 'complaints')).toContain('Federal Data Protection and Information Commissioner (FDPIC)');
    const transfers = text(zurich, 'international-transfers');
    expect(transfers).toContain('India (Support Pvt Ltd): standard data protection clauses, a guarantee under Art. 16(2) FADP.');
    expect(transfers).toContain('United States (Cloud Inc.): the recipient is certified under the Swiss–US Data Privacy Framework.');
  });

  it('says the Swiss part in German in the terms of the DSG', () => {
    expect(text(zurich, 'complaints', 'de')).toContain('EDÖB');
    expect(text(zurich, 'international-transfers', 'de')).toContain('Bekanntgabe ins Ausland nach dem DSG');
    expect(text(zurich, 'who-we-are', 'de')).toContain('Bundesgesetz über den Datenschutz („DSG“)');
    expect(text(zurich, 'international-transfers', 'pl')).toContain('art. 16 ust. 2 FADP');
  });

  it('names the ICO, the UK GDPR and the IDTA for a London controller', () => {
    const london = validSnapshot({
      controller: at('GB', 'London'),
      recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })],
      transfers: [make.transfer({ localTools: ['uk_idta'] })],
    });
    expect(text(london, 'who-we-are')).toContain('the UK GDPR together with the Data Protection Act 2018');
    expect(text(london, 'complaints')).toContain("Information Commissioner's Office (ICO)");
    expect(text(london, 'international-transfers')).toContain(
      'Cloud Inc. (United States): the International Data Transfer Agreement (IDTA)',
    );
  });

  it('cites § 25 TDDDG on a Munich shop’s cookies, and nothing for an unverified country (Poland)', () => {
    const munich = validSnapshot({
      controller: make.controller({ registeredAddress: { street: 'Marienplatz 1', postalCode: '80331', city: 'München', country: 'DE' } }),
    });
    expect(text(munich, 'cookies-and-similar-technologies')).toContain(
      '(§ 25(1) TDDDG), unless it is strictly necessary to provide a service you asked for (§ 25(2) No. 2 TDDDG)',
    );
    expect(text(munich, 'who-we-are')).not.toContain('FADP');
    expect(text(validSnapshot(), 'cookies-and-similar-technologies')).not.toContain('consent (');
  });

  it('points a notice that does not answer to the GDPR to its own authority only', () => {
    const onlySwiss = validSnapshot({
      controller: make.controller({ ...at('CH', 'Zürich'), representative: null, notApplicable: { representative: 'No EU users.' } }),
    });
    const complaints = text(onlySwiss, 'complaints');
    expect(complaints).toContain('FDPIC');
    expect(complaints).not.toContain('Art. 77 GDPR');
    expect(text(onlySwiss, 'who-we-are')).toContain('All of this is governed by the Swiss Federal Act on Data Protection ("FADP")');
  });
});
