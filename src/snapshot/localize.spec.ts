import { describe, expect, it } from '@jest/globals';
import { baseLanguage, localizeSnapshot } from './localize';
import { make, validSnapshot } from './testing/snapshot-factory';
import { marked, translatedInto, withoutTranslation } from './testing/translate';

describe('localizeSnapshot', () => {
  it('answers the snapshot itself, with nothing missing, in the base language', () => {
    const snapshot = validSnapshot();
    const localized = localizeSnapshot(snapshot, 'en');
    expect(localized.snapshot).toBe(snapshot);
    expect(localized.missing).toEqual([]);
  });

  it('takes the base language from the controller, English without one', () => {
    expect(baseLanguage(validSnapshot({ controller: make.controller({ language: 'pl' }) }))).toBe('pl');
    expect(baseLanguage(validSnapshot({ controller: null }))).toBe('en');
    // A Polish registry read in Polish is as written, even without a single translation.
    expect(localizeSnapshot(validSnapshot({ controller: make.controller({ language: 'pl' }) }), 'pl').missing).toEqual([]);
  });

  it('replaces every translatable text, nested fields and lists included, and keeps ids and versions', () => {
    const snapshot = translatedInto(
      validSnapshot({
        processingActivities: [
          make.activity({
            requirement: { kind: 'contractual', consequences: 'No order without them.' },
            notApplicable: { retention: 'None.' },
          }),
        ],
      }),
      'pl',
    );
    const { snapshot: pl, missing } = localizeSnapshot(snapshot, 'pl');
    expect(missing).toEqual([]);
    const [activity] = pl.processingActivities;
    expect(activity.purpose).toBe(marked('pl', 'To deliver what you ordered.'));
    expect(activity.requirement).toEqual({ kind: 'contractual', consequences: marked('pl', 'No order without them.') });
    expect(activity.notApplicable.retention).toBe(marked('pl', 'None.'));
    expect(pl.dataCategories[0].examples).toEqual([marked('pl', 'e-mail')]);
    expect(pl.controller?.supervisoryAuthority.name).toBe(marked('pl', 'UODO'));
    // Not translatable: the legal name, slugs, enum values, ids and versions.
    expect(pl.controller?.legalName).toBe(snapshot.controller?.legalName);
    expect(pl.services[0].slug).toBe(snapshot.services[0].slug);
    expect(activity.legalBasis).toBe('art6_1_b');
    expect(pl.processingActivities.map((a) => [a.id, a.version])).toEqual(snapshot.processingActivities.map((a) => [a.id, a.version]));
    // The input is left as it was.
    expect(snapshot.processingActivities[0].purpose).toBe('To deliver what you ordered.');
  });

  it('keeps the base text of a field without translation and lists it as missing', () => {
    const snapshot = withoutTranslation(translatedInto(validSnapshot(), 'de'), 'processing_activity', 'act', 'purpose');
    const { snapshot: de, missing } = localizeSnapshot(snapshot, 'de');
    expect(de.processingActivities[0].purpose).toBe('To deliver what you ordered.');
    expect(de.processingActivities[0].name).toBe(marked('de', 'Orders'));
    expect(missing).toEqual([{ entityType: 'processing_activity', entityId: 'act', field: 'purpose', language: 'de' }]);
  });

  it('lists every non-empty base text of an untranslated registry, and no empty one or ISO 8601 duration', () => {
    const snapshot = validSnapshot({
      trackers: [make.tracker({ duration: 'P1Y', optOut: '  ' })],
    });
    const missing = localizeSnapshot(snapshot, 'pl').missing;
    const tracker = missing.filter((m) => m.entityType === 'tracker').map((m) => m.field);
    expect(tracker).toEqual(['name', 'purpose']);
    const activity = missing.filter((m) => m.entityType === 'processing_activity').map((m) => m.field);
    // The example activity has a name, a purpose and the consequences of not providing the data; its other texts are null.
    expect(activity).toEqual(['name', 'purpose', 'requirement.consequences']);
    expect(missing.every((m) => m.language === 'pl')).toBe(true);
  });
});
