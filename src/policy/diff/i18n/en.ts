import { joinAnd } from '../../../language/humanize';
import type { DiffCatalogue } from './catalogue';

const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

export const en: DiffCatalogue = {
  basis: {
    art6_1_a: 'your consent',
    art6_1_b: 'a contract with you',
    art6_1_c: 'a legal obligation',
    art6_1_d: 'vital interests',
    art6_1_e: 'a task in the public interest',
    art6_1_f: 'our legitimate interests',
  },
  noBasis: 'no legal basis of our own, as we act on behalf of another controller',
  recipientType: {
    processor: 'processor',
    sub_processor: 'sub-processor',
    joint_controller: 'joint controller',
    independent_controller: 'independent controller',
    public_authority: 'public authority',
    internal: 'our personnel',
  },
  mechanism: {
    adequacy: 'an adequacy decision',
    dpf: 'the EU-US Data Privacy Framework',
    scc: 'standard contractual clauses',
    bcr: 'binding corporate rules',
    code_of_conduct: 'an approved code of conduct',
    certification: 'an approved certification',
    derogation: 'a derogation for a specific situation (Art. 49)',
  },
  trackerKind: {
    cookie: 'cookie',
    web_beacon: 'web beacon',
    pixel: 'tracking pixel',
    local_storage: 'local storage entry',
    sdk: 'software kit',
  },
  and: joinAnd,

  activityAdded: (name, basis, purpose) => `We now use your data for a new purpose, ${name}, based on ${basis}. ${sentence(purpose)}`,
  activityRemoved: (name) => sentence(`We no longer use your data for ${name}`),
  activityBasis: (name, basis, before) => sentence(`For ${name}, we now rely on ${basis} instead of ${before}`),
  activityPurpose: (name, purpose) => `We describe the purpose of ${name} differently: ${sentence(purpose)}`,
  activityInterest: (name, interest) => `For ${name}, the legitimate interest we pursue is now: ${sentence(interest)}`,
  activityShares: (name, recipients) => sentence(`For ${name}, we now also share your data with ${recipients}`),
  activityStopsSharing: (name, recipients) => sentence(`For ${name}, we no longer share your data with ${recipients}`),
  activityCollects: (name, categories) => sentence(`For ${name}, we now also process ${categories}`),
  activityStopsCollecting: (name, categories) => sentence(`For ${name}, we no longer process ${categories}`),
  activityRetention: (name, rule) => `For ${name}, how long we keep your data now follows the rule "${rule}".`,
  activityProfiling: (name, profiling) => (profiling ? `For ${name}, we now use profiling.` : `For ${name}, we no longer use profiling.`),
  activityAutomatedDecision: (name, deciding) =>
    deciding ? `For ${name}, we now take automated decisions about you.` : `For ${name}, we no longer take automated decisions about you.`,
  activityOther: (name, fields) => `Details of ${name} changed (${fields}).`,

  recipientAdded: (name, type, country) => `We now share your data with ${name} (${type}, ${country}).`,
  recipientRemoved: (name) => sentence(`We no longer share your data with ${name}`),
  recipientCountry: (name, country, before) => sentence(`${name} now processes your data in ${country} instead of ${before}`),
  recipientNewType: (name, type) => sentence(`${name} now receives your data as ${type}`),
  recipientPolicy: (name, url) => sentence(`The privacy policy of ${name} is now at ${url}`),
  recipientOther: (name, fields) => `Details of ${name} changed (${fields}).`,

  transferAdded: (country, recipient, mechanism) =>
    sentence(`We now transfer your data to ${country} (${recipient}), relying on ${mechanism}`),
  transferRemoved: (country, recipient) => `We no longer transfer your data to ${country} (${recipient}).`,
  transferMechanism: (country, recipient, mechanism, before) =>
    `Transfers of your data to ${country} (${recipient}) now rely on ${mechanism} instead of ${before}.`,
  transferOther: (country, recipient, fields) => `The safeguards for transfers to ${country} (${recipient}) changed (${fields}).`,

  retentionPeriod: (period, trigger) => `for ${period}${trigger ? ` ${trigger}` : ''}`,
  retentionAdded: (rule, keep) => `We now keep some of your data ${keep} (rule "${rule}").`,
  retentionRemoved: (rule, keep) => `We no longer keep your data ${keep} (rule "${rule}").`,
  retentionChanged: (rule, keep, before) =>
    sentence(`Under the rule "${rule}", we now keep your data ${keep}, where before it was ${before}`),
  retentionOther: (rule, fields) => `The retention rule "${rule}" changed (${fields}).`,

  categoryAdded: (name) => sentence(`We now process a new kind of data about you: ${name}`),
  categoryRemoved: (name) => sentence(`We no longer process ${name}`),
  categorySpecial: (name, special) =>
    special
      ? `${name} are now treated as a special category of data (Art. 9 GDPR).`
      : `${name} are no longer treated as a special category of data.`,
  categoryOther: (name) => `We describe ${name} differently.`,

  trackerAdded: (kind, name, purpose) => `We now use a new ${kind}, ${name}: ${sentence(purpose)}`,
  trackerRemoved: (kind, name) => sentence(`We no longer use the ${kind} ${name}`),
  trackerChanged: (kind, name, fields) => `The ${kind} ${name} changed (${fields}).`,

  measureAdded: (name) => sentence(`We protect your data with a new measure: ${name}`),
  measureRemoved: (name) => sentence(`We no longer list the security measure ${name}`),
  measureChanged: (name) => sentence(`We changed the security measure ${name}`),

  controllerChanged: (fields) => `Our details as controller changed (${fields}).`,
  scopeAdded: (name) => sentence(`This policy now also covers ${name}`),
  scopeRemoved: (name) => sentence(`This policy no longer covers ${name}`),
  scopeChanged: (name) => `We describe ${name} differently.`,
};
