import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotFromDocument } from '../../snapshot/document-snapshot';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import type { RopaDocument } from '../../domain/ropa-document';
import type { Block, PolicyScope } from './model';

/** The example registry as a snapshot, for tests of the generator. */
export function exampleSnapshot(asOf = '2026-11-24T00:00:00.000Z'): RegistrySnapshot {
  const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as RopaDocument;
  return snapshotFromDocument(doc, asOf);
}

export const exampleScope: PolicyScope = {
  serviceId: 'svc-instagram',
  dataSubjectCategoryIds: [],
  language: 'en',
  title: 'LiveChat Instagram channel - Privacy Policy',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
};

/** Each fact of ../shared/reference/livechat-instagram-privacy-policy.txt, as it must come back out (in the English text rendering). */
export const EXAMPLE_FACTS: [string, RegExp][] = [
  ['controller name', /LiveChat Integrations/],
  ['registered office', /Hiacyntowa 14, 55-095 Mirków, Poland/],
  ['registration number', /0001013695/],
  ['contact e-mail', /contact@livechat-integrations\.com/],
  ['GDPR named', /Regulation \(EU\) 2016\/679/],
  ['third-party services with their own controller status', /services run by other companies/],
  ['name and last name', /Name \(first name, last name\)/],
  ['e-mail address and phone number', /e-mail address, phone number, other contact data/],
  ['device ID', /device ID/],
  ['user preferences', /user preferences/],
  ['data you supply', /Content you provide/],
  ['IP address', /IP address/],
  ['browser type', /browser type/],
  ['timestamp of the visit', /time of the visit/],
  ['device and operating system', /operating system/],
  ['interaction details', /links clicked/],
  ['server log data', /date and time of access, name of the website accessed, referrer URL, amount of data transmitted/],
  ['browser product and version', /browser product and version/],
  ['contact purpose on legitimate interest', /legitimate interests[\s\S]*Answering enquiries/],
  ['correspondence used only to answer', /used only to answer you/],
  ['contract on Art. 6(1)(b)', /\* Providing the service:[^\n]*\n[^\n]*\n {6}Legal basis: [^\n]*Art\. 6\(1\)\(b\) GDPR/],
  [
    'accounting on Art. 6(1)(c) with the Accounting Act',
    /\* Accounting and archiving:[^\n]*\n[^\n]*\n {6}Legal basis: [^\n]*Art\. 6\(1\)\(c\) GDPR[^\n]*Accounting Act/,
  ],
  ['legitimate interest: reports, summaries and analyses', /reports, summaries and analyses/],
  ['legitimate interest: fraud monitoring', /monitoring for fraud/],
  ['legitimate interest: claims', /defending ourselves against claims/],
  ['legitimate interest: representatives of the contracting party', /people a customer appoints to act for it under the Terms of Service/],
  ['legitimate interest: debt collection with assignment of claims', /recovering debts, which may include assigning our claims/],
  [
    'withdrawal of consent without affecting earlier processing',
    /withdraw it at any time[^\n]*Withdrawing does not make unlawful what we did/,
  ],
  ['cookies for preferences and pages visited', /Preference cookies[\s\S]*preferences and the pages you visited/],
  ['refusing cookies limits functionality', /Some features of the website may then not work/],
  ['web beacons for e-mail tracking', /whether an e-mail we sent was opened and which of its links were clicked/],
  ['web beacons for site usage', /which pages they visit and how long they stay/],
  ['web beacons for advertising and marketing', /effect of our marketing and choose the content and advertisements/],
  ['disable beacons in the e-mail client', /automatic image loading in your e-mail program/],
  ['browser tools and privacy extensions', /privacy extension/],
  ['third-party beacons under their own policies', /Beacons of trusted service providers[\s\S]*their privacy policies/],
  ['server log files', /Server log files/],
  ['geo-location on opt-in, phones and computers', /Location \(opt-in\)[^\n]*mobile devices and computers/],
  ['personnel', /Our personnel/],
  [
    'suppliers and subcontractors on instructions',
    /Suppliers[\s\S]*act only on our instructions[\s\S]*Subcontractors|Subcontractors[\s\S]*Suppliers/,
  ],
  ['authorities when required by law', /Public authorities and law enforcement, Poland — [^\n]*when the law requires it/],
  ['LiveChat, Inc. and its privacy policy', /LiveChat, Inc\.[^\n]*https:\/\/www\.livechat\.com\/legal\/privacy-policy\//],
  ["transfer to the USA, to the controller's partners there", /United States \(LiveChat, Inc\. and Our partners in the United States\)/],
  [
    'DPF adequacy only for certified organisations',
    /adequacy decision for the United States \(Implementing Decision \(EU\) 2023\/1795 of 10 July 2023\) does not cover the whole country: it covers organisations certified under the EU-US Data Privacy Framework/,
  ],
  ['partners not certified', /LiveChat, Inc\. — not certified[^\n]*\n {2}\* Our partners in the United States — not certified/],
  ['standard contractual clauses', /standard contractual clauses adopted by the European Commission/],
  ['possible limits on rights abroad', /may limit your rights, your access to a supervisory authority/],
  ['copy of the safeguards and of the data', /copy of the clauses and of your transferred data/],
  ['informed of other third countries', /another country outside the EEA, we will tell you/],
  ['retention for the contract and until claims expire', /For as long as the contract lasts[^\n]*claims related to the contract/],
  ['retention until consent is withdrawn', /Until you withdraw your consent/],
  // Completed: the original keeps data "for the execution of its legitimate interests"; the example gives periods (README).
  [
    'retention for legitimate interests, with periods',
    /Answering enquiries:[\s\S]*?How long we keep them: 1 year after your last activity[\s\S]*Server log files:[\s\S]*?How long we keep them: 3 months from when we collect them/,
  ],
  ['accounting period', /Five years[^\n]*Accounting Act/],
  ['right of access', /receive a copy of them \(Art\. 15\)/],
  ['right to rectification', /corrected[^\n]*\(Art\. 16\)/],
  ['right to erasure', /deleted[^\n]*\(Art\. 17\)/],
  ['right to restriction', /restrict[^\n]*\(Art\. 18\)/],
  ['right to portability', /machine-readable[^\n]*\(Art\. 20\(1\) and \(2\)\)/],
  ['right to withdraw consent', /\(Art\. 7\(3\)\)/],
  ['right to object, separately', /10\. Your right to object\n[\s\S]*Art\. 21\(1\)/],
  ['complaint to the supervisory authority', /complain to a data protection supervisory authority[^\n]*UODO/],
  ['requests by e-mail', /To use any of these rights, write to contact@livechat-integrations\.com/],
  ['profiling for marketing', /Marketing and advertising: we use automated means, including profiling/],
  ['provision required by contract', /requirement of our contract/],
  ['statutory requirement', /The law requires these data/],
  ['consent voluntary without negative consequences', /Giving consent is voluntary; if you do not, nothing else changes for you/],
  // Completed: the original says 13; a child can consent alone in Poland only from 16 (Art. 8(1); README).
  ['age of 16', /children under 16/],
  ['parents and guardians', /parents and guardians/],
  ['encryption', /encrypted/],
  ['technical and organisational measures against loss and unauthorised access', /loss, destruction, unauthorised access/],
  ['change notice before it takes effect', /announce it on this page at least 30 days before it takes effect/],
  ['stop using the service if a change is not accepted', /stop using our services/],
];

/** The text a block shows (provenance left out): a paragraph, a list's intro and items, a table's caption, columns and cells. */
export function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.text];
    case 'list':
      return [b.intro ?? '', ...b.items.map((i) => i.text)];
    case 'table':
      return [b.caption ?? '', ...b.columns, ...b.rows.flatMap((r) => r.cells)];
  }
}
