import { humanizer } from '../../../language/humanize';
import { sentenceOf as sentence } from '../../../language/sentences';
import type { ErasureGround } from '../sections/rights';
import type { LawfulWording } from './lawful-keys';

const h = humanizer('de');

const erasureGround: Record<ErasureGround, string> = {
  no_longer_needed: 'wir sie nicht mehr brauchen',
  consent_withdrawn: 'Sie Ihre Einwilligung widerrufen',
  objection: 'Sie widersprechen und keine vorrangigen Gründe für die weitere Verarbeitung vorliegen',
};

/** The German sentences of the facts of issue 27 (see lawful-keys.ts), in the terms of the DSGVO. */
export const deLawful: LawfulWording = {
  whenYouUse: (service) => `wenn Sie ${service} nutzen`,
  marketingChannel: {
    email: 'per E-Mail',
    sms: 'per SMS',
    phone: 'per Telefon',
    post: 'per Post',
    in_app: 'in unserer App oder auf unserer Website',
  },
  softOptIn: (channels, objection) =>
    `Diese Nachrichten senden wir Ihnen ${h.and(channels)} ohne Ihre Einwilligung nur, weil Sie bei uns gekauft haben: Sie betreffen eigene Waren oder Dienstleistungen, die den bei uns gekauften ähnlich sind (Art. 13 Abs. 2 der Richtlinie 2002/58/EG). Sie können dieser Verwendung jederzeit kostenlos widersprechen: ${sentence(objection)}`,
  specialConditionLaw: (law) => `Die Rechtsvorschrift, die dies vorsieht: ${sentence(law)}`,
  publicAuthorityForPurposes: 'Behörden, zu den in der Tabelle oben genannten Zwecken',
  recipientsNotRecorded: (activities, email) =>
    `Für folgende Zwecke haben wir noch nicht erfasst, wer Ihre Daten erhält: ${activities}. Fragen Sie uns unter ${email}, wir geben Ihnen Auskunft.`,
  jointRights:
    'Unabhängig von den Einzelheiten der Vereinbarung können Sie Ihre Rechte aus der DSGVO bei und gegenüber jedem einzelnen der Verantwortlichen geltend machen (Art. 26 Abs. 3 DSGVO).',
  sourceNotNamed: (reason) => `Wir können nicht jede einzelne Quelle nennen. ${sentence(reason)}`,
  art22Exception: (exception, law) => {
    switch (exception) {
      case 'contract':
        return 'Wir dürfen diese Entscheidung treffen, weil sie für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).';
      case 'law':
        return `Diese Entscheidung ist durch Rechtsvorschriften zulässig (Art. 22 Abs. 2 lit. b DSGVO)${law ? `: ${sentence(law)}` : '.'}`;
      case 'explicit_consent':
        return 'Wir treffen diese Entscheidung nur mit Ihrer ausdrücklichen Einwilligung (Art. 22 Abs. 2 lit. c DSGVO).';
    }
  },
  art22Safeguards: (byLaw, humanIntervention, expressView, contest) =>
    `Sie haben das Recht, das Eingreifen einer Person auf unserer Seite zu erwirken, Ihren eigenen Standpunkt darzulegen und die Entscheidung anzufechten (${byLaw ? 'Art. 22 Abs. 2 lit. b und Erwägungsgrund 71 DSGVO' : 'Art. 22 Abs. 3 DSGVO'}).${
      humanIntervention ? ` So erwirken Sie das Eingreifen einer Person: ${sentence(humanIntervention)}` : ''
    }${expressView ? ` So legen Sie Ihren Standpunkt dar: ${sentence(expressView)}` : ''}${contest ? ` So fechten Sie die Entscheidung an: ${sentence(contest)}` : ''}`,
  erasure: (grounds, keptByLaw) =>
    `Löschung Ihrer Daten („Recht auf Vergessenwerden“), etwa wenn ${h.or(grounds.map((g) => erasureGround[g]))} (Art. 17 DSGVO)${
      keptByLaw
        ? '; Daten, die wir aufgrund einer rechtlichen Pflicht oder für eine Aufgabe im öffentlichen Interesse aufbewahren müssen, löschen wir, sobald dies nicht mehr erforderlich ist (Art. 17 Abs. 3 lit. b DSGVO)'
        : ''
    }.`,
  rightAutomatedDecision:
    'Schutz vor einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, außer in den Fällen und mit den Garantien, die unter „Automatisierte Entscheidungen und Profiling“ beschrieben sind (Art. 22 DSGVO).',
  rightComplaint: 'Beschwerde bei einer Aufsichtsbehörde (Art. 77 DSGVO), wie unter „Beschwerde bei einer Aufsichtsbehörde“ beschrieben.',
};
