import { humanizer } from '../../../language/humanize';
import { sentenceOf as sentence } from '../../../language/sentences';
import type { ErasureGround } from '../sections/rights';
import type { LawfulWording } from './lawful-keys';

const h = humanizer('en');

const erasureGround: Record<ErasureGround, string> = {
  no_longer_needed: 'we no longer need them',
  consent_withdrawn: 'you withdraw your consent',
  objection: 'you object to their use and we have no overriding grounds to go on',
};

/** The English sentences of the facts of issue 27 (see lawful-keys.ts). */
export const enLawful: LawfulWording = {
  whenYouUse: (service) => `when you use ${service}`,
  marketingChannel: {
    email: 'by e-mail',
    sms: 'by text message',
    phone: 'by phone',
    post: 'by post',
    in_app: 'in our app or on our website',
  },
  softOptIn: (channels, objection) =>
    `We send you these messages ${h.and(channels)} without asking for your consent only because you bought from us: they are about our own products or services similar to those you bought (Art. 13(2) of Directive 2002/58/EC). You may refuse them at any time, free of charge: ${sentence(objection)}`,
  specialConditionLaw: (law) => `The law that provides for it: ${sentence(law)}`,
  publicAuthorityForPurposes: 'Public authorities, for the purposes shown in the table above',
  recipientsNotRecorded: (activities, email) =>
    `We have not yet recorded who receives your data for ${activities}; ask us at ${email} and we will tell you.`,
  jointRights:
    'Whatever we have agreed between us, you may exercise your rights under the GDPR in respect of and against each of us (Art. 26(3) GDPR).',
  sourceNotNamed: (reason) => `We cannot name every source. ${sentence(reason)}`,
  art22Exception: (exception, law) => {
    switch (exception) {
      case 'contract':
        return 'We may take this decision because it is necessary for entering into or performing a contract with you (Art. 22(2)(a) GDPR).';
      case 'law':
        return `The law allows this decision (Art. 22(2)(b) GDPR)${law ? `: ${sentence(law)}` : '.'}`;
      case 'explicit_consent':
        return 'We take this decision only with your explicit consent (Art. 22(2)(c) GDPR).';
    }
  },
  art22Safeguards: (byLaw, humanIntervention, expressView, contest) =>
    `You may have one of our staff step in, put your point of view and contest the decision (${byLaw ? 'Art. 22(2)(b) and Recital 71 GDPR' : 'Art. 22(3) GDPR'}).${
      humanIntervention ? ` To have one of our staff step in: ${sentence(humanIntervention)}` : ''
    }${expressView ? ` To put your point of view: ${sentence(expressView)}` : ''}${contest ? ` To contest the decision: ${sentence(contest)}` : ''}`,
  erasure: (grounds, keptByLaw) =>
    `To have your data deleted when, for example, ${h.or(grounds.map((g) => erasureGround[g]))} (Art. 17)${
      keptByLaw
        ? '; where the law obliges us to keep data, or we need them for a task in the public interest, we delete them once that obligation or task no longer requires them (Art. 17(3)(b))'
        : ''
    }.`,
  rightAutomatedDecision:
    'Not to be subject to a decision based solely on automated processing, including profiling, that has legal effects on you or similarly significantly affects you, other than in the cases and with the safeguards described under "Automated decisions and profiling" (Art. 22).',
  rightComplaint:
    'To lodge a complaint with a supervisory authority (Art. 77), as described under "Complaints to a supervisory authority".',
};
