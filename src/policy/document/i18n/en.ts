import { SCC_MODULE_LABELS } from '../../../reference/scc';
import { SPECIAL_CATEGORY_CONDITION_LABELS } from '../../../reference/legal-bases';
import type { RecipientType } from '../../../domain/vocabulary';
import { humanizeDate, humanizer } from '../../../language/humanize';
import { type PolicyCatalogue, tableCells } from './catalogue';
import { sentenceOf as sentence, lowerFirst } from '../../../language/sentences';
import { enLawful } from './en-lawful';
import { enLaws } from './en-laws';

/** A recipient's role in a few words, for the per-purpose table. */
const recipientRole: Record<RecipientType, string> = {
  internal: 'inside our organisation',
  processor: 'service provider working for us',
  sub_processor: "our service provider's service provider",
  joint_controller: 'joint controller with us',
  independent_controller: 'controller in its own right',
  public_authority: 'public authority',
};

/** ropa's own wording, in plain English, addressed to the reader. */
const requirementKind: PolicyCatalogue['requirementKind'] = {
  statutory: 'the law requires these data',
  contractual: 'these data are a requirement of our contract',
  contract_precondition: 'we need these data to enter into a contract with you',
  none: 'giving these data is up to you',
};

export const en: PolicyCatalogue = {
  ...enLawful,
  ...enLaws,
  headings: {
    'who-we-are': 'Who we are and how to reach us',
    'data-we-process': 'The data we process',
    sources: 'Where your data come from',
    'purposes-and-legal-bases': 'Why we use your data and on what legal basis',
    'cookies-and-similar-technologies': 'Cookies, web beacons and similar technologies',
    recipients: 'Who receives your data',
    'international-transfers': 'Transfers outside the European Economic Area',
    retention: 'How long we keep your data',
    'your-rights': 'Your rights',
    'right-to-object': 'Your right to object',
    complaints: 'Complaints to a supervisory authority',
    'providing-data': 'Do you have to give us your data?',
    'automated-decisions': 'Automated decisions and profiling',
    children: 'Children',
    security: 'How we protect your data',
    changes: 'Changes to this policy',
  },
  tableOfContents: 'Contents',
  draftBanner: 'Draft — not published. This is a preview of what publishing now would make public; it is not in effect.',
  effectiveFrom: (date) => `This version applies from ${date}.`,
  upcomingChange: (date, summary) => `This policy will change on ${date}. ${sentence(summary)}`,

  intro: (controller, audience) =>
    `${controller} ("we", "us") decides why and how your personal data are used, and is therefore their controller.${audience ? ` This notice is for you ${audience}.` : ''} This page tells you which data that involves, what we do with them and why, who else gets them, for how long we keep them and which rights you have.`,
  regulation:
    'The General Data Protection Regulation (EU) 2016/679 ("GDPR") and the other data protection laws that apply to us govern all of this.',
  registeredOffice: (address, registrationNumber) => `Our registered office: ${address}. Registration number: ${registrationNumber}.`,
  contactUs: (email, phone, website) =>
    `Questions about this policy or your data? Write to ${email}${phone ? ` or call ${phone}` : ''}.${website ? ` Our website: ${website}.` : ''}`,
  dpo: (email, name, phone) =>
    `You can reach our data protection officer${name ? `, ${name},` : ''} at ${email}${phone ? ` or ${phone}` : ''}.`,
  noDpo: (reason, email) =>
    `We have not appointed a data protection officer. ${sentence(reason)} Send any question about your data to ${email}.`,
  representative: (name, email, address) => `Our representative in the European Union is ${name}, ${address}, ${email}.`,
  noRepresentative: (reason) => `We have no representative in the European Union. ${sentence(reason)}`,
  thirdPartyLinks:
    'Our website and services may lead you to services run by other companies. They decide themselves how they use your data, so their own privacy policies apply there.',

  dataIntro: (purposesHeading) =>
    `Depending on how you deal with us, we process these kinds of personal data; which of them each purpose uses is shown in the table under "${purposesHeading}":`,
  dataCategory: (name, examples, description, special, criminal) =>
    `${name}${examples.length > 0 ? ` (${examples.join(', ')})` : ''}${description ? ` — ${description.trim().replace(/\.$/, '')}` : ''}${special ? ' [special category of data, Art. 9 GDPR]' : ''}${criminal ? ' [data on criminal convictions or offences, Art. 10 GDPR]' : ''}.`,

  sourcesIntro: 'Some of your data do not come from you:',
  sourceOfActivity: (activity, source, categories) =>
    `For ${activity}: ${sentence(source)}${categories.length > 0 ? ` What we obtain this way: ${categories.join(', ')}.` : ''}`,
  sourcesOtherwise: 'All other data you give us yourself, or they are recorded as you use our website and services.',
  sourcesOtherwiseDirect: 'All other data you give us yourself.',
  sourcesTiming:
    'When we obtain data about you from someone else, we tell you so within a reasonable time and at the latest within one month; if we use them to contact you, at the latest when we first do; if we plan to pass them on, at the latest when we first do so (Art. 14(3) GDPR).',

  purposesIntro:
    'We use your data only for the purposes below. For each purpose the table shows the data it uses, the legal basis of Art. 6(1) GDPR it rests on, how long we keep the data and who receives them.',
  purposeColumns: ['Purpose', 'Data', 'Legal basis', 'How long we keep them', 'Who receives them'],
  basisGroup: {
    art6_1_a: 'With your consent (Art. 6(1)(a) GDPR):',
    art6_1_b:
      'Because we need them to perform a contract with you, or to take steps you ask for before entering into one (Art. 6(1)(b) GDPR):',
    art6_1_c: 'Because the law obliges us to (Art. 6(1)(c) GDPR):',
    art6_1_d: 'To protect your vital interests or those of another person (Art. 6(1)(d) GDPR):',
    art6_1_e: 'To perform a task in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR):',
    art6_1_f: 'For our legitimate interests, which we have weighed against your interests and rights (Art. 6(1)(f) GDPR):',
  },
  basisLabel: {
    art6_1_a: 'Your consent (Art. 6(1)(a) GDPR).',
    art6_1_b: 'Performing a contract with you, or steps before one at your request (Art. 6(1)(b) GDPR).',
    art6_1_c: 'A legal obligation on us (Art. 6(1)(c) GDPR).',
    art6_1_d: 'Vital interests (Art. 6(1)(d) GDPR).',
    art6_1_e: 'A task in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR).',
    art6_1_f: 'Our legitimate interests (Art. 6(1)(f) GDPR).',
  },
  requirementKind,
  ...tableCells(requirementKind, recipientRole),
  legitimateInterest: (interest) => `The interest we pursue: ${sentence(lowerFirst(interest))}`,
  legalObligation: (law) => `The obligation: ${sentence(law)}`,
  consentGiven: (how) => `How you give consent: ${sentence(how)}`,
  consentWithdrawn: (how) => `How you take it back: ${sentence(how)}`,
  directMarketingNote: (channels) =>
    `This is direct marketing${channels.length > 0 ? ` (${humanizer('en').and(channels)})` : ''}: you may object to it at any time, without giving reasons.`,
  specialConditionLabel: SPECIAL_CATEGORY_CONDITION_LABELS,
  specialCondition: (condition) => `Special categories of data are processed under ${condition} GDPR.`,
  criminalAuthorisation: (authorisation) => `Data on criminal convictions or offences are processed under ${sentence(authorisation)}`,
  consentWithdrawal:
    'Where we rely on your consent, you may withdraw it at any time, as easily as you gave it. Withdrawing does not make unlawful what we did with your consent before.',

  trackersIntro: ({ files, images, inEmails, consent }) =>
    `${inEmails ? 'Our website and e-mails use' : 'Our website uses'} ${files && images ? 'small files and images' : files ? 'small files' : 'small images'} that ${files ? 'store or read information on your device' : 'read information from your device when they load'}. ${consent ? 'Those that are not strictly necessary are used only with your consent.' : 'We use only those that are strictly necessary to provide what you ask for.'}`,
  trackerColumns: ['Name', 'Kind', 'Set by', 'What it does', 'How long', 'Data it collects', 'Legal basis'],
  trackerKind: {
    cookie: 'cookie',
    web_beacon: 'web beacon',
    pixel: 'tracking pixel',
    local_storage: 'local storage',
    sdk: 'software development kit',
  },
  trackerCategory: { strictly_necessary: 'strictly necessary', functional: 'functional', analytics: 'analytics', marketing: 'marketing' },
  firstParty: (provider) => `${provider} (first party)`,
  thirdParty: (provider) => `${provider} (third party)`,
  noDuration: {
    web_beacon: 'nothing is stored on your device',
    pixel: 'nothing is stored on your device',
  },
  consentBasis: 'your consent',
  necessaryBasis: 'needed to provide what you asked for',
  optOutIntro: 'How you can refuse or remove them:',
  thirdPartyTrackers: (providers) =>
    `Some of these are set by other companies (${providers}). This policy does not cover their own use of the data; please read their privacy policies.`,
  noTrackers: 'We use no cookies, web beacons or similar technologies on this service.',

  recipientsIntro: 'We disclose your data only as described here, and only as far as each recipient needs them:',
  recipientType: {
    internal: 'Inside our organisation',
    processor:
      'Service providers working for us, who act only on our instructions under an agreement with us and may not use the data for themselves',
    sub_processor: 'Service providers engaged by our service providers, on the same terms',
    joint_controller: 'Organisations that decide with us how your data are used',
    independent_controller: 'Organisations that decide for themselves how they use the data, under their own privacy policies',
    public_authority: 'Public authorities, when the law requires it',
  },
  recipient: (name, country, description) => `${name}, ${country}${description?.trim() ? ` — ${sentence(description)}` : '.'}`,
  ownPolicy: (url) => `Its privacy policy: ${url}`,
  jointArrangement: (essence) => `What we have agreed on our respective responsibilities: ${sentence(essence)}`,
  jointContactPoint: (contact) => `Where to turn about this processing: ${sentence(contact)}`,
  noRecipients: 'We do not disclose your data to anyone else.',

  transfersIntro: 'Some recipients process your data outside the European Economic Area (EEA):',
  establishedOutsideEea: (country) =>
    `We are established in ${country}, outside the European Economic Area (EEA), and process your data there. The GDPR applies to that processing because we offer our services to people in the EEA or monitor their behaviour there (Art. 3(2) GDPR); data you send us reach us directly.`,
  onwardTransfersIntro: 'From there, some recipients process your data in other countries outside the EEA:',
  noOnwardTransfers: 'We do not pass your data on to recipients in other countries outside the EEA.',
  onwardByProcessorsIntro:
    'Some of our processors outside the EEA pass data on to their own sub-processors. These are their onward transfers, which the GDPR governs as well (Art. 44), not transfers of ours:',
  onwardLeg: (subProcessor, country, processor, basis) => `${subProcessor} (${country}), engaged by ${processor}. ${basis}`,
  onwardUnderDpf: (processor) =>
    `${processor} is certified under the EU–US Data Privacy Framework, whose principle on onward transfers requires a contract that gives the same protection.`,
  onwardUnderContract: (processor) =>
    `${processor} must bind it by contract to the same data protection obligations as our contract binds ${processor} (Art. 28(4)).`,
  transferTo: (country, recipients) => `${country} (${recipients}).`,
  decisionCitation: (decision, adoptedOn, renewal, validUntil) =>
    `${decision} of ${humanizeDate(adoptedOn)}${
      renewal
        ? `, renewed by ${renewal.decision ? `${renewal.decision} of ${humanizeDate(renewal.adoptedOn)}` : `the Commission's decision of ${humanizeDate(renewal.adoptedOn)}`}`
        : ''
    }${validUntil ? `, in force until ${humanizeDate(validUntil)}` : ''}`,
  adequacyScope: {
    appi: "businesses handling personal information under Japan's Act on the Protection of Personal Information (APPI)",
    pipeda: 'commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA)',
    pipa: 'organisations subject to the Personal Information Protection Act (PIPA)',
    lgpd: 'processing subject to the General Personal Data Protection Law (LGPD)',
    dpf: 'organisations certified under the EU-US Data Privacy Framework',
    safe_harbor: 'organisations that had self-certified under Safe Harbor',
    privacy_shield: 'organisations that were certified under the EU-US Privacy Shield',
  },
  adequacyInForce: (country, citation) =>
    `The European Commission has decided that ${country} ensures an adequate level of protection for personal data (${citation}).`,
  adequacyPartial: (country, scope, citation) =>
    `The European Commission's adequacy decision for ${country} (${citation}) does not cover the whole country: it covers ${scope}.`,
  recipientNotCertified:
    'not certified under that framework, so that decision does not cover this transfer and other safeguards are needed.',
  recipientCertified: 'certified under that framework, so that decision covers this transfer.',
  transferRecipient: (recipient, details) => (details ? `${recipient} — ${details}` : sentence(recipient)),
  noAdequacy: (country) => `The European Commission has not decided that ${country} protects personal data adequately.`,
  mechanism: {
    adequacy: 'The transfer relies on that adequacy decision (Art. 45 GDPR).',
    dpf: "The transfer relies on the recipient's certification under the EU-US Data Privacy Framework (Art. 45 GDPR, Decision (EU) 2023/1795).",
    scc: 'The transfer is made under the standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR, Decision (EU) 2021/914).',
    bcr: "The transfer is made under the recipient's binding corporate rules approved by a supervisory authority (Art. 46(2)(b) and 47 GDPR).",
    code_of_conduct:
      'The transfer is made under an approved code of conduct with binding commitments of the recipient (Art. 46(2)(e) GDPR).',
    certification: 'The transfer is made under an approved certification with binding commitments of the recipient (Art. 46(2)(f) GDPR).',
  },
  sccModuleLabel: SCC_MODULE_LABELS,
  sccModule: (module) => `We use ${module}.`,
  derogation: {
    a: 'The transfer relies on your explicit consent to it, given after we told you its risks (Art. 49(1)(a) GDPR).',
    b: 'The transfer is needed to perform a contract between you and us (Art. 49(1)(b) GDPR).',
    c: 'The transfer is needed for a contract concluded in your interest (Art. 49(1)(c) GDPR).',
    d: 'The transfer is needed for important reasons of public interest (Art. 49(1)(d) GDPR).',
    e: 'The transfer is needed to establish, exercise or defend legal claims (Art. 49(1)(e) GDPR).',
    f: 'The transfer is needed to protect vital interests of a person unable to give consent (Art. 49(1)(f) GDPR).',
    g: 'The data come from a public register (Art. 49(1)(g) GDPR).',
    compelling_legitimate_interests:
      'The transfer is occasional, concerns few people and serves compelling legitimate interests of ours, which we have weighed against your rights (Art. 49(1), second subparagraph, GDPR).',
  },
  transferUnrecorded: (recipient) =>
    `We have not yet recorded which safeguard protects the transfer to ${recipient}; ask us and we will tell you.`,
  transferRisk:
    'Where no adequacy decision covers a transfer, the law of the destination may limit your rights, your access to a supervisory authority or how your data may be used there; this is why the safeguards above and our own technical and organisational measures apply.',
  copyOfSafeguards: (how) =>
    `You may obtain a copy of the safeguards and of your data transferred: ${sentence(how.charAt(0).toLowerCase() + how.slice(1))}`,
  copyOnRequest: (email) => `You may obtain a copy of the safeguards and of your data transferred by writing to ${email}.`,
  newCountries: 'Should we start transferring your data to another country outside the EEA, we will tell you first.',
  noTransfers: 'Your data stay within the European Economic Area: we do not transfer them to other countries.',

  retentionIntro: (heading) =>
    `We keep your data no longer than we need them. How long that is for each purpose (a period, or the criteria that decide it) is shown in the table under "${heading}".`,
  retentionPeriod: (period, trigger) => `${period} ${trigger}`,
  retentionTrigger: {
    collection: 'from when we collect them',
    end_of_contract: 'after the contract ends',
    consent_withdrawal: 'or until you withdraw your consent',
    last_activity: 'after your last activity',
    claims_expiry: 'or until the related claims expire',
    other: '',
  },
  retentionLaw: (reference) => `(${reference})`,

  rightsIntro: 'Under the GDPR you have these rights over your data:',
  right: {
    access: 'To know whether we process data about you and to receive a copy of them (Art. 15).',
    rectification: 'To have inaccurate data corrected and incomplete data completed (Art. 16).',
    restriction: 'To have us restrict the use of your data, for example while we check a correction you asked for (Art. 18).',
    portability:
      'To receive the data you gave us, where we process them by automated means on the basis of your consent or a contract with you, in a structured, commonly used and machine-readable format, and to pass them to another controller yourself or, where technically feasible, have us send them to it directly (Art. 20(1) and (2)).',
    withdraw_consent: 'To take back your consent whenever you like; what we did before remains lawful (Art. 7(3)).',
  },
  rightToObjectPointer: 'You also have a right to object, explained in its own section below.',
  exerciseRights: (email) =>
    `To use any of these rights, write to ${email}. We answer without undue delay and in any event within one month of receiving your request; where requests are complex or numerous, we may take two further months and will tell you so, with the reasons, within the first month (Art. 12(3)). Using your rights is free of charge, and we may ask you to confirm your identity first.`,

  objectionIntro: (activities, publicTask, legitimateInterests) =>
    `Where we rely on ${[legitimateInterests ? 'our legitimate interests' : '', publicTask ? 'a task in the public interest or in the exercise of official authority' : ''].filter(Boolean).join(' or on ')} (${activities}), you may object at any time, on grounds relating to your particular situation. We will then stop, unless we show compelling legitimate grounds that override your interests, rights and freedoms, or need the data to establish, exercise or defend legal claims (Art. 21(1) GDPR).`,
  objectionMarketing: (activities, profiling) =>
    `We use your data for direct marketing (${activities})${profiling ? ', including profiling as far as it is related to it' : ''}. You may object to this at any time, without giving reasons, and we will then no longer use your data for direct marketing; we do not weigh your objection against any interest of ours (Art. 21(2) and (3) GDPR).`,
  objectionHow: (email) => `To object, write to ${email}.`,

  complaintWithoutLeadAuthority: (representative) =>
    `If you think we process your data unlawfully, you may complain to any data protection supervisory authority in the European Economic Area, in particular in the country where you habitually live, where you work or where the alleged infringement took place (Art. 77 GDPR). We have no establishment in the EEA, so no single authority leads the supervision of our processing.${
      representative
        ? ` Our representative in the Union, ${representative.name} (${representative.address}, ${representative.email}), is the contact point for you and for any supervisory authority (Art. 27 GDPR).`
        : ''
    }`,
  complaint: (authority, website) =>
    `If you think we process your data unlawfully, you may complain to a data protection supervisory authority, in particular in the Member State where you habitually live, where you work or where the alleged infringement took place (Art. 77 GDPR). The authority responsible for us is the ${authority}${website ? ` (${website})` : ''}.`,

  requirementsIntro: (heading) =>
    `Whether you must give us your data, and what happens if you do not, is shown for each purpose in the table under "${heading}".`,

  automatedDecision: (activity, logic, significance) => `${activity}: ${sentence(logic)} ${sentence(significance)}`,
  profiling: (activity) => `${activity}: we use automated means, including profiling, for this purpose.`,
  noSolelyAutomatedDecisions:
    'We take no decision about you based solely on automated processing, including profiling, that has legal effects on you or affects you similarly significantly.',
  noAutomatedDecisions: 'We take no decision about you based solely on automated processing, and we do not profile you.',
  noOtherAutomatedDecisions:
    'Apart from the decisions described above, we take no decision about you based solely on automated processing that has legal effects on you or affects you similarly significantly.',

  children: (age, email) =>
    `Our services are not meant for children under ${age}, and we do not knowingly collect personal data from anyone under that age. If you learn that we hold data of a child under ${age}, please tell us at ${email} and we will delete them. We ask parents and guardians to watch over their children's use of the internet and to teach them not to give personal data to websites and services.`,

  securityIntro: 'We protect your data with these technical and organisational measures (Art. 32 GDPR):',
  securityMeasure: (name, description) => `${name}: ${sentence(description)}`,
  securityNotApplicable: (activity, reason) => `${activity}: ${sentence(reason)}`,

  changes: (noticeDays, stopUsing) =>
    `We update this policy when what we do with your data changes. The date from which a version applies is shown at its top. When a change matters to you, we announce it on this page${noticeDays > 0 ? ` at least ${noticeDays} days` : ''} before it takes effect. Where a change needs your consent, we will ask for it.${stopUsing ? ' If you do not accept a change, you may stop using our services and ask us to delete your data.' : ''}`,
};
