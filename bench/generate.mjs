// The registry the benchmarks import: shared categories, recipients, transfers, rules and measures, n activities.

/** A realistic registry: shared categories, recipients (some outside the EEA, with transfers), rules, measures. */
export function generate(n) {
  const pick = (list, i, k) =>
    Array.from({ length: k }, (_, j) => list[(i * 7 + j * 13) % list.length].ref).filter((v, j, a) => a.indexOf(v) === j);
  const services = Array.from({ length: 5 }, (_, i) => ({ ref: `svc${i}`, name: `Service ${i}`, slug: `service-${i}` }));
  const categories = Array.from({ length: 60 }, (_, i) => ({
    ref: `cat${i}`,
    name: `Data category ${i}`,
    examples: ['example a', 'example b'],
    collection: i % 10 === 0 ? 'observed' : 'provided',
    description: 'Generated for the benchmark.',
  }));
  const subjects = Array.from({ length: 10 }, (_, i) => ({ ref: `ds${i}`, name: `Data subjects ${i}` }));
  const countries = ['DE', 'FR', 'PL', 'US', 'GB', 'JP', 'IN'];
  const recipients = Array.from({ length: 40 }, (_, i) => ({
    ref: `rcp${i}`,
    name: `Recipient ${i}`,
    type: i % 3 === 0 ? 'independent_controller' : 'processor',
    country: countries[i % countries.length],
    privacyPolicyUrl: i % 3 === 0 ? `https://example.com/r${i}/privacy` : null,
  }));
  const transfers = recipients
    .filter((r) => !['DE', 'FR', 'PL'].includes(r.country))
    .map((r, i) => ({
      ref: `trf${i}`,
      recipientId: r.ref,
      country: r.country,
      mechanism: r.country === 'GB' || r.country === 'JP' ? 'adequacy' : 'scc',
      sccModule: r.country === 'GB' || r.country === 'JP' ? null : 2,
      copyAvailable: true,
      safeguards: 'Standard contractual clauses with encryption.',
    }));
  const rules = Array.from({ length: 8 }, (_, i) => ({
    ref: `ret${i}`,
    name: `Retention ${i}`,
    period: `P${i + 1}Y`,
    trigger: 'end_of_contract',
    criteria: `${i + 1} years after the contract ends.`,
  }));
  const measures = Array.from({ length: 10 }, (_, i) => ({
    ref: `sec${i}`,
    name: `Measure ${i}`,
    kind: i % 2 ? 'technical' : 'organisational',
    description: 'Generated measure.',
  }));
  const bases = ['art6_1_b', 'art6_1_f', 'art6_1_c', 'art6_1_a'];
  const activities = Array.from({ length: n }, (_, i) => {
    const processor = i % 50 === 0;
    // A processor acts on its controller's basis and records none (Art. 30(2)); it names the controllers it serves.
    const basis = processor ? null : bases[i % bases.length];
    return {
      ref: `act${i}`,
      name: `Activity ${String(i).padStart(5, '0')}`,
      purpose: `Purpose of activity ${i}, described in a sentence or two as a DPO would write it for the record and the notice.`,
      role: processor ? 'processor' : 'controller',
      status: 'active',
      legalBasis: basis,
      legitimateInterest: basis === 'art6_1_f' ? 'Running and securing our services' : null,
      legalObligation: basis === 'art6_1_c' ? 'Accounting Act' : null,
      consentMechanism: basis === 'art6_1_a' ? 'Opt-in in the account settings' : null,
      consentWithdrawal: basis === 'art6_1_a' ? 'Switch it off in the account settings at any time' : null,
      onBehalfOf: processor ? [{ name: 'Client Ltd', email: 'privacy@client.example' }] : [],
      dataSubjectCategoryIds: pick(subjects, i, 2),
      dataCategoryIds: pick(categories, i, 5),
      recipientIds: pick(recipients, i, 3),
      retentionRuleId: rules[i % rules.length].ref,
      securityMeasureIds: pick(measures, i, 3),
      // Service 0 gets a realistic policy (20 activities); the rest spread over the other services.
      serviceIds: [i < 20 ? 'svc0' : services[1 + (i % 4)].ref],
      requirement: { kind: 'contractual', consequences: 'We cannot provide the service.' },
    };
  });
  return {
    format: 'ropa-registry/1',
    controller: {
      legalName: 'Bench Sp. z o.o.',
      registeredAddress: { street: 'Main 1', postalCode: '00-001', city: 'Warsaw', country: 'PL' },
      registrationNumber: '1',
      email: 'privacy@bench.example',
      supervisoryAuthority: { name: 'UODO', country: 'PL' },
      dpo: { email: 'dpo@bench.example' },
      notApplicable: { representative: 'Established in the EU.' },
    },
    services,
    dataCategories: categories,
    dataSubjectCategories: subjects,
    recipients,
    transfers,
    retentionRules: rules,
    securityMeasures: measures,
    processingActivities: activities,
    trackers: [],
  };
}
