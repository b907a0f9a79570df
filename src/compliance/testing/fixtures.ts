/** Snapshots the rule specs share: each a valid registry with one thing changed. */
import type { ProcessingActivity, Recipient, RegistrySnapshot, Transfer } from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { checkCompliance, type Finding } from '../compliance';

export const withActivity = (o: Partial<ProcessingActivity>, rest: Partial<RegistrySnapshot> = {}) =>
  validSnapshot({ processingActivities: [make.activity(o)], ...rest });

/** The default activity discloses to recipient `rcp`; here it is in the US and the transfer `trf` is as given. */
export const withUsTransfer = (t: Partial<Transfer>, r: Partial<Recipient> = {}, rest: Partial<RegistrySnapshot> = {}) =>
  validSnapshot({
    recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US', ...r })],
    transfers: [make.transfer(t)],
    ...rest,
  });

export const CLIENT = [{ name: 'Client AG', email: 'privacy@client.example', address: null, phone: null, representative: null }];

/**
 * A host in Switzerland: a Swiss controller's default recipient, so that its snapshots disclose nothing abroad (the
 * FADP asks a ground for every state abroad while the Federal Council's list is not verified in ropa).
 */
export const swissHost = make.recipient({ name: 'Zürich Hosting AG', country: 'CH' });

/** A Swiss controller with its EU representative, recording the given authority. */
export const swiss = (supervisoryAuthority: { name: string; country: string; website: null }) =>
  make.controller({
    registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
    representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
    supervisoryAuthority,
    notApplicable: {},
  });

/** A Swiss controller with its own authority and a minimum age below the EEA's. */
export const swissController = make.controller({
  registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
  representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
  supervisoryAuthority: { name: 'FDPIC', country: 'CH', website: null },
  minimumAge: 13,
  notApplicable: {},
});

export const consentActivity = make.activity({
  id: 'mkt',
  name: 'Marketing',
  legalBasis: 'art6_1_a',
  consentMechanism: 'Cookie banner',
  consentWithdrawal: 'The cookie panel linked in the footer.',
});

export const jointController = (o: Partial<Recipient> = {}) =>
  make.recipient({
    id: 'jc',
    name: 'Ads Platform Ltd',
    type: 'joint_controller',
    country: 'IE',
    jointArrangement: 'Ads Platform answers for what its pixel collects; we answer for placing it and asking consent.',
    contactPoint: 'privacy@example.com',
    ...o,
  });

/** A third-party pixel on a consent activity whose recipients are as given. */
export const withPixel = (recipients: Recipient[], recipientIds: string[]) =>
  validSnapshot({
    recipients: [make.recipient(), ...recipients],
    processingActivities: [make.activity(), { ...consentActivity, recipientIds }],
    trackers: [
      make.tracker({ category: 'marketing', kind: 'pixel', party: 'third', provider: 'Ads Platform Ltd', processingActivityId: 'mkt' }),
    ],
  });

/** The ids of the rules that fire, in the engine's order. */
export const rulesOf = (snapshot: RegistrySnapshot, options?: Parameters<typeof checkCompliance>[1]) =>
  checkCompliance(snapshot, options).map((f) => f.rule);

export const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
