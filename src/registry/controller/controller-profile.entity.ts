import { Column, Entity } from 'typeorm';
import type { ControllerProfile, PostalAddress } from '../../domain/registry-snapshot';
import { TranslatableRegistryEntity } from '../shared/registry.entity';

/** The controller singleton: at most one row. */
@Entity('controller_profile')
export class ControllerProfileEntity extends TranslatableRegistryEntity {
  @Column({ type: 'text' })
  legalName!: string;

  @Column({ type: 'jsonb' })
  registeredAddress!: PostalAddress;

  @Column({ type: 'text' })
  registrationNumber!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  dpo!: ControllerProfile['dpo'];

  @Column({ type: 'jsonb', nullable: true })
  representative!: ControllerProfile['representative'];

  @Column({ type: 'jsonb', nullable: true })
  ukRepresentative!: ControllerProfile['ukRepresentative'];

  @Column({ type: 'jsonb', nullable: true })
  swissRepresentative!: ControllerProfile['swissRepresentative'];

  @Column({ type: 'jsonb' })
  supervisoryAuthority!: ControllerProfile['supervisoryAuthority'];

  @Column({ type: 'smallint', nullable: true })
  minimumAge!: number | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  notApplicable!: ControllerProfile['notApplicable'];

  @Column({ type: 'text', default: 'en' })
  language!: ControllerProfile['language'];

  @Column({ type: 'date', nullable: true })
  gpcHonouredSince!: string | null;
}
