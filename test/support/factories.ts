import type TestAgent from 'supertest/lib/agent';

export type Body = Record<string, unknown> & { id: string; version: number };

let counter = 0;
const unique = (prefix: string): string => `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export const controllerProfile = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  legalName: 'LiveChat Integrations',
  registeredAddress: { street: 'Hiacyntowa 14', postalCode: '55-095', city: 'Mirków', country: 'PL' },
  registrationNumber: '0001013695',
  email: 'contact@livechat-integrations.com',
  supervisoryAuthority: { name: 'UODO', country: 'PL', website: 'https://uodo.gov.pl' },
  minimumAge: 13,
  notApplicable: { dpo: 'Not required under Art. 37(1).', representative: 'Established in the EU.' },
  ...overrides,
});

/** Typed factories that create registry items through the API, as a DPO would. */
export class Factories {
  constructor(
    private readonly http: TestAgent,
    private readonly key: string,
  ) {}

  async post(path: string, body: Record<string, unknown>): Promise<Body> {
    const res = await this.http.post(`/api/v1/${path}`).set('Authorization', `Bearer ${this.key}`).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Body;
  }

  service(o: Record<string, unknown> = {}) {
    const name = unique('Service');
    return this.post('services', { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ...o });
  }
  dataCategory(o: Record<string, unknown> = {}) {
    return this.post('data-categories', { name: unique('Contact details'), examples: ['e-mail address'], collection: 'provided', ...o });
  }
  dataSubjectCategory(o: Record<string, unknown> = {}) {
    return this.post('data-subject-categories', { name: unique('Customers'), ...o });
  }
  recipient(o: Record<string, unknown> = {}) {
    return this.post('recipients', { name: unique('Hosting'), type: 'processor', country: 'DE', ...o });
  }
  transfer(recipientId: string, o: Record<string, unknown> = {}) {
    return this.post('transfers', { recipientId, country: 'US', mechanism: 'scc', sccModule: 2, copyAvailable: true, ...o });
  }
  retentionRule(o: Record<string, unknown> = {}) {
    return this.post('retention-rules', {
      name: unique('Contract'),
      period: 'P3Y',
      trigger: 'end_of_contract',
      criteria: 'Three years after the contract ends.',
      ...o,
    });
  }
  securityMeasure(o: Record<string, unknown> = {}) {
    return this.post('security-measures', { name: unique('Encryption'), kind: 'technical', description: 'TLS everywhere.', ...o });
  }
  tracker(o: Record<string, unknown> = {}) {
    return this.post('trackers', {
      name: unique('Session cookie'),
      kind: 'cookie',
      category: 'strictly_necessary',
      provider: 'Us',
      party: 'first',
      purpose: 'Keeps you signed in.',
      ...o,
    });
  }
  processingActivity(o: Record<string, unknown> = {}) {
    return this.post('processing-activities', {
      name: unique('Orders'),
      purpose: 'To deliver what you ordered.',
      role: 'controller',
      status: 'active',
      legalBasis: 'art6_1_b',
      ...o,
    });
  }

  /** A complete activity with everything it needs, so that it passes the compliance check. */
  async completeActivity(
    o: Record<string, unknown> = {},
  ): Promise<{ activity: Body; service: Body; category: Body; subject: Body; retention: Body; measure: Body }> {
    const [service, category, subject, retention, measure] = await Promise.all([
      this.service(),
      this.dataCategory(),
      this.dataSubjectCategory(),
      this.retentionRule(),
      this.securityMeasure(),
    ]);
    const activity = await this.processingActivity({
      serviceIds: [service.id],
      dataCategoryIds: [category.id],
      dataSubjectCategoryIds: [subject.id],
      retentionRuleId: retention.id,
      securityMeasureIds: [measure.id],
      requirement: { kind: 'contractual', consequences: 'We cannot deliver.' },
      ...o,
    });
    return { activity, service, category, subject, retention, measure };
  }
}
