import { Column, Entity, Index } from 'typeorm';
import type {
  ActivityNotApplicableKey,
  MarketingChannel,
  ActivityRole,
  ActivityStatus,
  DpiaStatus,
  LegalBasis,
  RequirementKind,
  RetiredDataOutcome,
  SpecialCategoryCondition,
} from '../../domain/vocabulary';
import type { AutomatedDecision, ControllerServed, SoftOptIn } from '../../domain/registry-snapshot';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('processing_activity')
export class ProcessingActivityEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: 'text' })
  role!: ActivityRole;

  @Index()
  @Column({ type: 'text' })
  status!: ActivityStatus;

  @Column({ type: 'text', nullable: true })
  legalBasis!: LegalBasis | null;

  @Column({ type: 'text', nullable: true })
  legitimateInterest!: string | null;

  @Column({ type: 'text', nullable: true })
  legitimateInterestAssessment!: string | null;

  @Column({ type: 'text', nullable: true })
  legalObligation!: string | null;

  @Column({ type: 'text', nullable: true })
  legalObligationJurisdiction!: string | null;

  @Column({ type: 'text', nullable: true })
  consentMechanism!: string | null;

  @Column({ type: 'text', nullable: true })
  consentWithdrawal!: string | null;

  @Column({ type: 'text', nullable: true })
  specialCategoryCondition!: SpecialCategoryCondition | null;

  @Column({ type: 'text', nullable: true })
  specialCategoryLaw!: string | null;

  @Column({ type: 'text', nullable: true })
  specialCategoryLawJurisdiction!: string | null;

  @Column({ type: 'text', nullable: true })
  criminalDataAuthorisation!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataSubjectCategoryIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataCategoryIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  recipientIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  retentionRuleId!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  retentionByCategory!: { dataCategoryId: string; retentionRuleId: string }[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  securityMeasureIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  serviceIds!: string[];

  @Column({ type: 'text', nullable: true })
  sources!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUnnamedReason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  automatedDecision!: AutomatedDecision | null;

  @Column({ type: 'boolean', default: false })
  profiling!: boolean;

  @Column({ type: 'boolean', default: false })
  directMarketing!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  marketingChannels!: MarketingChannel[];

  @Column({ type: 'jsonb', nullable: true })
  softOptIn!: SoftOptIn | null;

  @Column({ type: 'jsonb', nullable: true })
  requirement!: { kind: RequirementKind; consequences: string | null } | null;

  @Column({ type: 'jsonb', nullable: true })
  dpia!: { required: boolean; status: DpiaStatus; reference: string | null } | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  onBehalfOf!: ControllerServed[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  notApplicable!: Partial<Record<ActivityNotApplicableKey, string>>;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  afterRetirement!: { outcome: RetiredDataOutcome; details: string | null } | null;
}
