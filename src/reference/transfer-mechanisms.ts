/**
 * The Chapter V mechanisms a transfer rests on (Art. 45, 46, 49) and the Art. 49 derogations. Source:
 * ../shared/reference/gdpr-domain.md §4.
 */
import type { Derogation, TransferMechanism } from '../domain/vocabulary';

export const TRANSFER_MECHANISM_LABELS: Record<TransferMechanism, string> = {
  adequacy: 'Art. 45 adequacy decision of the European Commission',
  dpf: 'Art. 45 EU-US Data Privacy Framework (Decision (EU) 2023/1795), for a certified recipient',
  scc: 'Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914)',
  bcr: 'Art. 46(2)(b) and 47 binding corporate rules',
  code_of_conduct: 'Art. 46(2)(e) approved code of conduct with binding commitments of the importer',
  certification: 'Art. 46(2)(f) approved certification with binding commitments of the importer',
  derogation: 'Art. 49 derogation for a specific situation',
};

export const DEROGATION_LABELS: Record<Derogation, string> = {
  a: 'Art. 49(1)(a) explicit consent to the transfer after being informed of its risks',
  b: 'Art. 49(1)(b) performance of a contract with the data subject',
  c: 'Art. 49(1)(c) a contract concluded in the interest of the data subject',
  d: 'Art. 49(1)(d) important reasons of public interest',
  e: 'Art. 49(1)(e) establishment, exercise or defence of legal claims',
  f: 'Art. 49(1)(f) vital interests of a person incapable of consenting',
  g: 'Art. 49(1)(g) transfer from a public register',
  compelling_legitimate_interests: 'Art. 49(1), second subparagraph: compelling legitimate interests',
};
