import type { LawsWording } from '../sections/laws';

/** The English sentences of each law's part (issue 24). */
export const enLaws: LawsWording = {
  lawNames: {
    gdpr: 'the General Data Protection Regulation (EU) 2016/679 ("GDPR")',
    uk_gdpr: 'the UK GDPR together with the Data Protection Act 2018',
    ch_fadp: 'the Swiss Federal Act on Data Protection ("FADP")',
  },
  regulations: (laws) => `All of this is governed by ${laws}, and by the other data protection laws that apply to us.`,
  ukRepresentative: (name, email, address) => `Our representative in the United Kingdom is ${name}, ${address}, ${email}.`,
  swissRepresentative: (name, email, address) => `Our representative in Switzerland is ${name}, ${address}, ${email}.`,
  complaintUk: (authority, website) =>
    `Under the UK GDPR you may complain to ${authority}${website ? ` (${website})` : ''}, the supervisory authority of the United Kingdom.`,
  complaintSwiss: (authority, website) =>
    `Under the FADP you may report a concern to ${authority}${website ? ` (${website})` : ''}, the Swiss data protection authority.`,
  fadpStatesIntro:
    'Under the FADP, these are the states outside Switzerland to which we disclose personal data, each with the safeguard we rely on:',
  fadpState: (state, recipients, ground) => {
    const how: Record<NonNullable<typeof ground>, string> = {
      listed: "it is on the Federal Council's list of states with adequate data protection",
      swiss_dpf: 'the recipient is certified under the Swiss–US Data Privacy Framework',
      guarantee: 'standard data protection clauses, a guarantee under Art. 16(2) FADP',
      exception: 'an exception under Art. 17 FADP',
    };
    return `${state} (${recipients})${ground ? `: ${how[ground]}.` : '.'}`;
  },
  ukToolsIntro: 'When your data leave the United Kingdom, we rely on these transfer tools of UK law:',
  ukTransfer: (recipient, country, tool) => {
    const names = {
      uk_idta: "the International Data Transfer Agreement (IDTA) issued by the Information Commissioner's Office",
      uk_addendum: "the UK Addendum to the EU standard contractual clauses, issued by the Information Commissioner's Office",
      uk_extension: 'the UK Extension to the EU–US Data Privacy Framework, for which the recipient is certified',
      adequacy: 'the UK adequacy regulations',
    };
    return `${recipient} (${country}): ${names[tool]}.`;
  },
  storageRule: (country, consent, strictlyNecessary) =>
    `In ${country}, storing information on your device or reading it from there needs your consent (${consent})${
      strictlyNecessary ? `, unless it is strictly necessary to provide a service you asked for (${strictlyNecessary})` : ''
    }.`,
};
