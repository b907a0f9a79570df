import { describe, expect, it } from '@jest/globals';
import { humanizer } from '../../language/humanize';
import { de } from './i18n/de';
import { en } from './i18n/en';
import { pl } from './i18n/pl';

/*
 * Golden sentences: the Art. 21(2)/(3), Art. 22(1) and Art. 13(2)(e) sentences, word for word, in every language,
 * and the points a native reader raised (issue 23). A change to any of them must be a deliberate one.
 */
describe('Art. 21(2) and (3): direct marketing, in every language', () => {
  it.each([
    [
      'en',
      en,
      'We use your data for direct marketing (Newsletter), including profiling as far as it is related to it. You may object to this at any time, without giving reasons, and we will then no longer use your data for direct marketing; we do not weigh your objection against any interest of ours (Art. 21(2) and (3) GDPR).',
    ],
    [
      'de',
      de,
      // No weighing takes place: said in a sentence of its own, not as "ohne … abzuwägen", which reads both ways.
      'Wir verwenden Ihre Daten für Direktwerbung (Newsletter), einschließlich eines damit verbundenen Profilings. Dem können Sie jederzeit ohne Begründung widersprechen; danach verwenden wir Ihre Daten nicht mehr für Direktwerbung. Eine Abwägung mit unseren Interessen findet dabei nicht statt (Art. 21 Abs. 2 und 3 DSGVO).',
    ],
    [
      'pl',
      pl,
      'Wykorzystujemy Twoje dane na potrzeby marketingu bezpośredniego (Newsletter), w tym do profilowania w zakresie, w jakim jest ono z nim związane. W każdej chwili możesz się temu sprzeciwić bez podawania przyczyn — wtedy przestaniemy wykorzystywać Twoje dane do tego celu. Sprzeciw jest dla nas wiążący: nie oceniamy, czy przeważają nad nim nasze interesy (art. 21 ust. 2 i 3 RODO).',
    ],
  ] as const)('%s', (_language, t, golden) => {
    expect(t.objectionMarketing('Newsletter', true)).toBe(golden);
  });

  it('never words the German objection as a weighing that happens', () => {
    expect(de.objectionMarketing('Newsletter', false)).not.toMatch(/ohne .* abzuwägen/);
  });
});

describe('Art. 22(1): no solely automated decision, in every language', () => {
  it.each([
    [
      'en',
      en,
      'We take no decision about you based solely on automated processing, including profiling, that has legal effects on you or affects you similarly significantly.',
    ],
    [
      'de',
      de,
      'Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung über Sie, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
    ],
    [
      'pl',
      pl,
      'Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, które wywoływałyby wobec Ciebie skutki prawne lub w podobny sposób istotnie na Ciebie wpływały.',
    ],
  ] as const)('%s', (_language, t, golden) => {
    expect(t.noSolelyAutomatedDecisions).toBe(golden);
  });
});

describe('Art. 13(2)(e): whether the data must be provided, in every language (the per-purpose table cell)', () => {
  it.each([
    ['en', en, /^The law requires these data\. /],
    ['de', de, /^Die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben\. /],
    ['pl', pl, /^Podanie tych danych jest wymogiem ustawowym\. /],
  ] as const)('%s: a statutory requirement and its consequence', (_language, t, start) => {
    const sentence = t.requirementCell('statutory', 'Without them we cannot pay you');
    expect(sentence).toMatch(start);
    expect(sentence.endsWith('Without them we cannot pay you.')).toBe(true);
  });
  it.each([
    ['de', de, 'Wir benötigen diese Daten für einen Vertragsabschluss mit Ihnen.'],
    ['pl', pl, 'Podanie tych danych jest warunkiem zawarcia z Tobą umowy.'],
  ] as const)('%s: a precondition of a contract', (_language, t, golden) => {
    expect(t.requirementCell('contract_precondition', null)).toBe(golden);
  });
});

describe('German wording a native reader expects', () => {
  it('addresses the data protection officer in the pair form, whoever holds the office', () => {
    expect(de.dpo('dpo@example.de', 'Dr. Anna Nowak', null)).toBe(
      'Kontaktdaten der oder des Datenschutzbeauftragten (Dr. Anna Nowak): dpo@example.de.',
    );
    expect(de.dpo('dpo@example.de', null, '+49 89 1234')).not.toContain('unseren Datenschutzbeauftragten');
  });
  it('speaks of transfers to third countries (Chapter V DSGVO), of Web-Beacons and Zählpixel', () => {
    expect(de.headings['international-transfers']).toBe('Übermittlungen an Drittländer');
    expect(de.headings['cookies-and-similar-technologies']).toBe('Cookies, Web-Beacons, Zählpixel und ähnliche Technologien');
    expect(de.trackerKind.web_beacon).toBe('Web-Beacon');
    expect(de.trackerKind.pixel).toBe('Zählpixel');
  });
  it('answers "unverzüglich" and within one month (Art. 12(3)) and names the place of the alleged infringement (Art. 77)', () => {
    expect(de.exerciseRights('a@b.de')).toContain('unverzüglich, in jedem Fall aber innerhalb eines Monats');
    expect(de.complaint('BayLDA', null)).toContain('des Orts des mutmaßlichen Verstoßes (Art. 77 Abs. 1 DSGVO)');
  });
  it('prints the register line in the usual form, naming the register from the number', () => {
    expect(de.registeredOffice('Promenade 18, 91522 Ansbach', 'Amtsgericht München, HRB 123456')).toBe(
      'Unser Sitz: Promenade 18, 91522 Ansbach. Handelsregister: Amtsgericht München, HRB 123456.',
    );
    expect(de.registeredOffice('Berlin', 'VR 4711 B')).toContain('Vereinsregister: VR 4711 B');
    expect(de.registeredOffice('Paris', '552 100 554 RCS Paris')).toContain('Registernummer: 552 100 554 RCS Paris');
  });
  it('words a recipient role and certification so that a plural recipient agrees', () => {
    expect(de.recipientInCell('Unsere Partner', 'processor')).toBe('Unsere Partner (als Auftragsverarbeiter in unserem Auftrag)');
    expect(de.transferRecipient('Unsere Partner', de.recipientNotCertified)).toMatch(
      /^Unsere Partner — nicht nach diesem Rahmen zertifiziert/,
    );
  });
});

describe('Polish wording a native reader expects', () => {
  it('agrees with a plural recipient: no singular verb after "Nasi partnerzy", a role that fits "Dostawcy"', () => {
    const item = pl.transferRecipient('Nasi partnerzy w Stanach Zjednoczonych', pl.recipientNotCertified);
    expect(item).toBe(
      'Nasi partnerzy w Stanach Zjednoczonych — bez certyfikacji w tych ramach, więc ta decyzja nie obejmuje przekazania i potrzebne są inne zabezpieczenia.',
    );
    expect(item).not.toContain('posiada');
    expect(pl.recipientInCell('Dostawcy', 'processor')).toBe('Dostawcy (w roli podmiotu przetwarzającego dane w naszym imieniu)');
  });
  it('joins a list whose items hold "i" with "oraz"', () => {
    expect(humanizer('pl').and(['Marketing i reklama', 'Śledzenie'])).toBe('Marketing i reklama oraz Śledzenie');
    expect(humanizer('pl').and(['Marketing', 'Śledzenie'])).toBe('Marketing i Śledzenie');
  });
  it('gives both limbs of Art. 20: sending the data oneself and a direct transmission', () => {
    expect(pl.right.portability).toContain('samodzielnie przesłać innemu administratorowi');
    expect(pl.right.portability).toContain('przesłali je mu bezpośrednio (art. 20 ust. 1 i 2 RODO)');
    expect(en.right.portability).toContain('have us send them to it directly (Art. 20(1) and (2))');
    expect(de.right.portability).toContain('von uns direkt übermitteln zu lassen (Art. 20 Abs. 1 und 2 DSGVO)');
  });
  it('names the place of the alleged infringement (Art. 77) and a KRS number as such', () => {
    expect(pl.complaint('Prezes Urzędu Ochrony Danych Osobowych (PUODO)', null)).toContain(
      'miejsca popełnienia domniemanego naruszenia (art. 77 ust. 1 RODO)',
    );
    expect(pl.registeredOffice('ul. Zwycięska 47, 53-033 Wrocław', '0000413385')).toBe(
      'Nasza siedziba: ul. Zwycięska 47, 53-033 Wrocław. Numer KRS: 0000413385.',
    );
    expect(pl.registeredOffice('Berlin', 'Amtsgericht München, HRB 123456')).toContain(
      'Numer w rejestrze: Amtsgericht München, HRB 123456',
    );
  });
});
