import { Column, Entity, Index } from 'typeorm';
import { RegistryEntity } from '../registry/shared/registry.entity';

export interface PolicyOptions {
  /** Days between publishing a material change and its taking effect */
  noticeDays: number;
  /** Overrides the controller's e-mail as the contact for requests */
  contactEmail: string | null;
  /** Overrides the controller's minimum age */
  minimumAge: number | null;
}

/** A policy: a scope (one service or all, optionally some data subject categories) and a language. */
@Entity('policy')
export class PolicyEntity extends RegistryEntity {
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataSubjectCategoryIds!: string[];

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'jsonb' })
  options!: PolicyOptions;
}
