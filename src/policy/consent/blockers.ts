import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { storesOnDevice } from './consent-input';

/** A tracker a banner cannot be generated for without inventing a value the record lacks. */
export interface ConsentBlocker {
  rule: 'tracker-duration' | 'tracker-provider-recipient';
  trackerId: string;
  ref: string;
  message: string;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The trackers of a version that block a banner: the two compliance errors of src/compliance/rules/tracker.rules.ts
 * a banner depends on, checked again on the version's own snapshot (a version published before those rules
 * existed may carry them). A lifetime not stated is not guessed (ePrivacy Art. 5(3); CJEU C-673/17 Planet49),
 * nor is a provider that is not a recorded recipient shown as one (Art. 13(1)(e)).
 */
export function consentBlockers(snapshot: RegistrySnapshot, trackerIds: readonly string[]): ConsentBlocker[] {
  const blockers: ConsentBlocker[] = [];
  for (const id of trackerIds) {
    const t = snapshot.trackers.find((x) => x.id === id);
    if (!t) continue;
    if (storesOnDevice(t.kind) && !t.duration?.trim())
      blockers.push({
        rule: 'tracker-duration',
        trackerId: t.id,
        ref: t.ref,
        message: `Tracker "${t.name}" (${t.kind.replace('_', ' ')}) states no duration: a banner must say how long it stays on the device (ePrivacy Art. 5(3); CJEU C-673/17 Planet49).`,
      });
    const activity = snapshot.processingActivities.find((a) => a.id === t.processingActivityId);
    const onConsent = activity?.legalBasis === 'art6_1_a';
    if (t.party === 'third' && (t.category === 'marketing' || t.category === 'analytics') && onConsent) {
      const recorded = activity.recipientIds.some((rid) => {
        const r = snapshot.recipients.find((x) => x.id === rid);
        return r !== undefined && same(r.name, t.provider);
      });
      if (!recorded)
        blockers.push({
          rule: 'tracker-provider-recipient',
          trackerId: t.id,
          ref: t.ref,
          message: `Tracker "${t.name}": its provider "${t.provider}" is not a recorded recipient of "${activity.name}" (Art. 13(1)(e)).`,
        });
    }
  }
  return blockers;
}
