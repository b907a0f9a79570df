import { Column, Entity } from 'typeorm';
import type { SecurityMeasureKind } from '../../domain/vocabulary';
import { TranslatableRegistryEntity } from '../shared/registry.entity';

@Entity('security_measure')
export class SecurityMeasureEntity extends TranslatableRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: SecurityMeasureKind;

  @Column({ type: 'text' })
  description!: string;
}
