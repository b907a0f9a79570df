import { Column, Entity } from 'typeorm';
import type { RecipientType } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('recipient')
export class RecipientEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: RecipientType;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  privacyPolicyUrl!: string | null;

  @Column({ type: 'boolean', default: false })
  dpfCertified!: boolean;

  @Column({ type: 'boolean', default: false })
  swissDpfCertified!: boolean;

  @Column({ type: 'boolean', default: false })
  ukExtensionCertified!: boolean;

  @Column({ type: 'boolean', default: false })
  legalEntity!: boolean;

  @Column({ type: 'uuid', nullable: true })
  engagedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  dpaReference!: string | null;

  @Column({ type: 'text', nullable: true })
  jointArrangement!: string | null;

  @Column({ type: 'text', nullable: true })
  contactPoint!: string | null;
}
