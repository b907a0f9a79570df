import type { LawsWording } from '../sections/laws';

/** Die deutschen Sätze der Teile jedes Gesetzes (issue 24); der Schweizer Teil in den Begriffen des DSG. */
export const deLaws: LawsWording = {
  lawNames: {
    gdpr: 'die Datenschutz-Grundverordnung (EU) 2016/679 („DSGVO“)',
    uk_gdpr: 'die UK GDPR zusammen mit dem Data Protection Act 2018',
    ch_fadp: 'das schweizerische Bundesgesetz über den Datenschutz („DSG“)',
  },
  regulations: (laws) => `Für all dies gelten ${laws} sowie die übrigen Datenschutzgesetze, die für uns gelten.`,
  ukRepresentative: (name, email, address) => `Unser Vertreter im Vereinigten Königreich ist ${name}, ${address}, ${email}.`,
  swissRepresentative: (name, email, address) => `Unser Vertreter in der Schweiz ist ${name}, ${address}, ${email}.`,
  complaintUk: (authority, website) => `Nach der UK GDPR können Sie sich bei ${authority}${website ? ` (${website})` : ''} beschweren.`,
  complaintSwiss: (authority, website) => `Nach dem DSG können Sie sich an ${authority}${website ? ` (${website})` : ''} wenden.`,
  fadpStatesIntro:
    'Bekanntgabe ins Ausland nach dem DSG: In diese Staaten ausserhalb der Schweiz geben wir Personendaten bekannt, jeweils mit der Garantie oder Ausnahme, auf die wir uns stützen:',
  fadpState: (state, recipients, ground) => {
    const how: Record<NonNullable<typeof ground>, string> = {
      listed: 'der Staat steht auf der Liste des Bundesrates der Staaten mit angemessenem Datenschutz',
      swiss_dpf: 'der Empfänger ist nach dem Swiss–US Data Privacy Framework zertifiziert',
      guarantee: 'Standarddatenschutzklauseln, eine Garantie nach Art. 16 Abs. 2 DSG',
      exception: 'eine Ausnahme nach Art. 17 DSG',
    };
    return `${state} (${recipients})${ground ? `: ${how[ground]}.` : '.'}`;
  },
  ukToolsIntro: 'Verlassen Ihre Daten das Vereinigte Königreich, stützen wir uns auf diese Übermittlungsinstrumente des britischen Rechts:',
  ukTransfer: (recipient, country, tool) => {
    const names = {
      uk_idta: 'das International Data Transfer Agreement (IDTA) des Information Commissioner’s Office',
      uk_addendum: 'das UK Addendum zu den EU-Standardvertragsklauseln, herausgegeben vom Information Commissioner’s Office',
      uk_extension: 'die UK Extension zum EU-US Data Privacy Framework, nach der der Empfänger zertifiziert ist',
      adequacy: 'die britischen Angemessenheitsvorschriften',
    };
    return `${recipient} (${country}): ${names[tool]}.`;
  },
  storageRule: (country, consent, strictlyNecessary) =>
    `${country}: Informationen auf Ihrem Endgerät zu speichern oder dort auszulesen, bedarf Ihrer Einwilligung (${consent})${
      strictlyNecessary
        ? `, es sei denn, es ist unbedingt erforderlich, um einen von Ihnen gewünschten Dienst bereitzustellen (${strictlyNecessary})`
        : ''
    }.`,
};
