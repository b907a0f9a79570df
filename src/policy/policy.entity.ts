import { Column, Entity, Index } from 'typeorm';
import type { Law } from '../domain/vocabulary';
import { TranslatableRegistryEntity } from '../registry/shared/registry.entity';

export interface PolicyOptions {
  /** Days between publishing a material change and its taking effect */
  noticeDays: number;
  /** Overrides the controller's e-mail as the contact for requests */
  contactEmail: string | null;
  /** Overrides the controller's minimum age */
  minimumAge: number | null;
  /** Laws the notice answers to beyond those the controller's establishment and representatives bring; null or absent: derived only */
  laws?: Law[] | null;
}

/**
 * A policy: a scope (one service or all, optionally some data subject categories), its languages, and
 * its title with the title's translations (`translations.<language>.title`).
 */
@Entity('policy')
export class PolicyEntity extends TranslatableRegistryEntity {
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataSubjectCategoryIds!: string[];

  /** The default language: served when a reader asks for none, and one of `languages` */
  @Column({ type: 'text' })
  language!: string;

  /** Every language a version is published in (Art. 12(1)); contains `language` */
  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'jsonb' })
  options!: PolicyOptions;
}
