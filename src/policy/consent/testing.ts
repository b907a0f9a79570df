import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { generatePolicy } from '../document/generate';
import { exampleScope } from '../document/testing';
import { type ConsentInput, consentTrackers, trackerIdsOf } from './consent-input';

/** What a banner generator is given for version 3 of the example's policy in English and Polish, on `snapshot`. */
export function consentInputOf(snapshot: RegistrySnapshot): ConsentInput {
  const ids = trackerIdsOf(generatePolicy(snapshot, exampleScope));
  return {
    slug: 'livechat-instagram',
    version: 3,
    languages: [
      { language: 'en', contentHash: 'a'.repeat(64), policyUrl: 'https://ropa.example/p?lang=en' },
      { language: 'pl', contentHash: 'b'.repeat(64), policyUrl: 'https://ropa.example/p?lang=pl' },
    ],
    trackers: consentTrackers(snapshot, ids, ['en', 'pl']),
  };
}
