import { Column, Entity } from 'typeorm';
import type { SecurityMeasureKind } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('security_measure')
export class SecurityMeasureEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: SecurityMeasureKind;

  @Column({ type: 'text' })
  description!: string;
}
