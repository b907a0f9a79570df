import type { TrackerCategory } from '../../domain/vocabulary';
import { type ConsentInput, type ConsentProvenance, type ConsentTracker, provenanceOf } from './consent-input';

/**
 * One entry of an IAB TCF v2.2 device storage disclosure (the JSON a vendor's `deviceStorageDisclosureUrl`
 * serves), field for field as the IAB Tech Lab's own library types it (iabtcf-es, modules/core/src/model/
 * DeviceDisclosure.ts and DeviceDisclosureStorageAccessType.ts). `domain` and `cookieRefresh` are optional
 * there and left out here: the record holds neither, and a disclosure must not guess them.
 */
export interface TcfDeviceDisclosure {
  identifier: string;
  type: 'cookie' | 'web' | 'app';
  /** Seconds the item lasts; null when the record states its lifetime in words (a session cookie) */
  maxAgeSeconds: number | null;
  /** TCF purpose ids */
  purposes: number[];
}

export interface TcfDisclosure {
  disclosures: TcfDeviceDisclosure[];
  /** Not read by TCF tooling: which published version this disclosure was made from */
  ropa: ConsentProvenance;
}

/** How each kind stores on the device, in the TCF's types; a pixel or web beacon stores nothing, so it is no device storage. */
const STORAGE_TYPE: Record<ConsentTracker['kind'], TcfDeviceDisclosure['type'] | null> = {
  cookie: 'cookie',
  local_storage: 'web',
  sdk: 'app',
  web_beacon: null,
  pixel: null,
};

/**
 * TCF purposes per tracker category. Purpose 1 (store and/or access information on a device) is what every
 * entry does; the others follow the category. The record does not say which advertising purposes a
 * marketing tracker serves, so it is disclosed with all of them (2 basic ads, 3 and 4 personalised ads
 * profile and selection, 7 ad measurement): telling a person too much is the reading that protects them.
 */
export const TCF_PURPOSES: Record<TrackerCategory, number[]> = {
  strictly_necessary: [1],
  functional: [1],
  analytics: [1, 8],
  marketing: [1, 2, 3, 4, 7],
};

/** The device storage disclosure of the trackers of a published version, in the TCF's shape, with ropa's provenance. */
export function tcfDisclosure(input: ConsentInput): TcfDisclosure {
  const trackers = input.trackers[input.languages[0].language];
  return {
    disclosures: trackers.flatMap((t): TcfDeviceDisclosure[] => {
      const type = STORAGE_TYPE[t.kind];
      return type === null ? [] : [{ identifier: t.name, type, maxAgeSeconds: t.maxAgeSeconds, purposes: TCF_PURPOSES[t.category] }];
    }),
    ropa: provenanceOf(input, 'tcf-disclosure'),
  };
}
