import { describe, expect, it } from '@jest/globals';
import { generatePolicy } from '../generate';
import { renderPolicy } from '../render';
import { exampleScope, exampleSnapshot } from '../testing';

describe('the laws a notice answers to, in its JSON rendering', () => {
  const snapshot = exampleSnapshot();

  it('names the GDPR alone for the example registry, a Polish controller', () => {
    const doc = generatePolicy(snapshot, exampleScope);
    expect(doc.laws).toEqual(['gdpr']);
    expect((JSON.parse(renderPolicy(doc, 'json')) as { laws: string[] }).laws).toEqual(['gdpr']);
  });

  it('adds what the policy says its service targets, never dropping the derived law', () => {
    const doc = generatePolicy(snapshot, { ...exampleScope, options: { ...exampleScope.options, laws: ['ch_fadp', 'uk_gdpr'] } });
    expect(doc.laws).toEqual(['gdpr', 'uk_gdpr', 'ch_fadp']);
  });

  it('follows the controller: a Zurich controller with an EU representative answers to the FADP and the GDPR', () => {
    const controller = snapshot.controller;
    if (!controller) throw new Error('the example has a controller');
    const zurich = {
      ...snapshot,
      controller: {
        ...controller,
        registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
        representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
      },
    };
    expect(generatePolicy(zurich, exampleScope).laws).toEqual(['gdpr', 'ch_fadp']);
  });
});
