import { Column, Entity, Index } from 'typeorm';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('service')
export class ServiceEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
