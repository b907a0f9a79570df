import type TestAgent from 'supertest/lib/agent';
import type {
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  EntityMeta,
  ProcessingActivity,
  Recipient,
  RetentionRule,
  SecurityMeasure,
  Service,
  Tracker,
  Transfer,
} from '../../src/domain/registry-snapshot';

/** Any item the API returned: at least an id and a version. */
export type Body = Record<string, unknown> & { id: string; version: number };

/** `{id, name}` of a related item, as responses carry them next to the ids. */
export interface Summary {
  id: string;
  name: string;
}

/** What a POST accepts for a resource: its fields without id, version and timestamps, all optional here. */
export type Input<T extends EntityMeta> = Partial<Omit<T, keyof EntityMeta>>;

export type ServiceItem = Service;
export type DataCategoryItem = DataCategory;
export type DataSubjectCategoryItem = DataSubjectCategory;
export type RecipientItem = Recipient;
export type TransferItem = Transfer & { recipient: Summary | null };
export type RetentionRuleItem = RetentionRule;
export type SecurityMeasureItem = SecurityMeasure;
export type TrackerItem = Tracker & { services: Summary[]; processingActivity: Summary | null; dataCategories: Summary[] };
export type ProcessingActivityItem = ProcessingActivity & {
  dataSubjectCategories: Summary[];
  dataCategories: Summary[];
  recipients: Summary[];
  retentionRule: Summary | null;
  securityMeasures: Summary[];
  services: Summary[];
};

/** The body of PUT /controller; `dpo` and `representative` take fewer members than they return. */
export type ControllerProfileBody = Omit<
  ControllerProfile,
  | keyof EntityMeta
  | 'dpo'
  | 'representative'
  | 'ukRepresentative'
  | 'swissRepresentative'
  | 'supervisoryAuthority'
  | 'translations'
  | 'language'
  | 'gpcHonouredSince'
> & {
  gpcHonouredSince?: string | null;
  translations?: ControllerProfile['translations'];
  language?: ControllerProfile['language'];
  dpo?: { name?: string; email: string; phone?: string } | null;
  representative?: { name: string; email: string; address: string } | null;
  ukRepresentative?: { name: string; email: string; address: string } | null;
  swissRepresentative?: { name: string; email: string; address: string } | null;
  supervisoryAuthority: { name: string; country: string; website?: string | null };
};

let counter = 0;
/** A name no other call in this process gets, so that tests never collide on unique names or slugs. */
export const unique = (prefix: string): string => `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;
const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A valid controller profile with no DPO and no representative, each with its reason. */
export const controllerProfile = (overrides: Partial<ControllerProfileBody> = {}): ControllerProfileBody => ({
  legalName: 'LiveChat Integrations',
  registeredAddress: { street: 'Hiacyntowa 14', postalCode: '55-095', city: 'Mirków', country: 'PL' },
  registrationNumber: '0001013695',
  email: 'contact@livechat-integrations.com',
  phone: null,
  website: null,
  supervisoryAuthority: { name: 'UODO', country: 'PL', website: 'https://uodo.gov.pl' },
  minimumAge: 13,
  notApplicable: { dpo: 'Not required under Art. 37(1).', representative: 'Established in the EU.' },
  ...overrides,
});

/** Typed factories that create registry items through the API, as a DPO would; each returns the 201 body. */
export class Factories {
  constructor(
    private readonly http: TestAgent,
    private readonly key: string,
  ) {}

  async post<T = Body>(path: string, body: object): Promise<T> {
    const res = await this.http.post(`/api/v1/${path}`).set('Authorization', `Bearer ${this.key}`).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  service(o: Input<Service> = {}): Promise<ServiceItem> {
    const name = unique('Service');
    return this.post('services', { name, slug: slugOf(name), ...o });
  }
  dataCategory(o: Input<DataCategory> = {}): Promise<DataCategoryItem> {
    return this.post('data-categories', { name: unique('Contact details'), examples: ['e-mail address'], collection: 'provided', ...o });
  }
  dataSubjectCategory(o: Input<DataSubjectCategory> = {}): Promise<DataSubjectCategoryItem> {
    return this.post('data-subject-categories', { name: unique('Customers'), ...o });
  }
  recipient(o: Input<Recipient> = {}): Promise<RecipientItem> {
    return this.post('recipients', { name: unique('Hosting'), type: 'processor', country: 'DE', ...o });
  }
  /** A transfer to the US under SCC module 2; makes its own recipient unless given one. */
  async transfer(recipientId?: string, o: Input<Transfer> = {}): Promise<TransferItem> {
    const to = recipientId ?? (await this.recipient({ country: 'US' })).id;
    return this.post('transfers', { recipientId: to, country: 'US', mechanism: 'scc', sccModule: 2, copyAvailable: true, ...o });
  }
  retentionRule(o: Input<RetentionRule> = {}): Promise<RetentionRuleItem> {
    return this.post('retention-rules', {
      name: unique('Contract'),
      period: 'P3Y',
      trigger: 'end_of_contract',
      criteria: 'Three years after the contract ends.',
      ...o,
    });
  }
  securityMeasure(o: Input<SecurityMeasure> = {}): Promise<SecurityMeasureItem> {
    return this.post('security-measures', { name: unique('Encryption'), kind: 'technical', description: 'TLS everywhere.', ...o });
  }
  tracker(o: Input<Tracker> = {}): Promise<TrackerItem> {
    return this.post('trackers', {
      name: unique('Session cookie'),
      kind: 'cookie',
      category: 'strictly_necessary',
      provider: 'Us',
      party: 'first',
      purpose: 'Keeps you signed in.',
      // A cookie states how long it stays on the device, or publishing is refused (tracker-duration).
      duration: 'P1D',
      ...o,
    });
  }
  processingActivity(o: Input<ProcessingActivity> = {}): Promise<ProcessingActivityItem> {
    return this.post('processing-activities', {
      name: unique('Orders'),
      purpose: 'To deliver what you ordered.',
      role: 'controller',
      status: 'active',
      // A processor records no Art. 6 basis of its own (Art. 30(2)).
      legalBasis: o.role === 'processor' ? null : 'art6_1_b',
      ...o,
    });
  }

  /** A complete activity with everything it needs, so that it passes the compliance check. */
  async completeActivity(o: Input<ProcessingActivity> = {}): Promise<{
    activity: ProcessingActivityItem;
    service: ServiceItem;
    category: DataCategoryItem;
    subject: DataSubjectCategoryItem;
    retention: RetentionRuleItem;
    measure: SecurityMeasureItem;
  }> {
    const service = await this.service();
    const category = await this.dataCategory();
    const subject = await this.dataSubjectCategory();
    const retention = await this.retentionRule();
    const measure = await this.securityMeasure();
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
