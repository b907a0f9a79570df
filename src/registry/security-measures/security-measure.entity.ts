import { Column, Entity } from 'typeorm';
import type { SecurityMeasureKind } from '../../snapshot/registry-snapshot';
import { RegistryEntity } from '../shared/registry.entity';

@Entity('security_measure')
export class SecurityMeasureEntity extends RegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: SecurityMeasureKind;

  @Column({ type: 'text' })
  description!: string;
}
