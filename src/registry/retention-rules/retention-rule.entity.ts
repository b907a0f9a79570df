import { Column, Entity } from 'typeorm';
import type { RetentionTrigger } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('retention_rule')
export class RetentionRuleEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ type: 'text' })
  trigger!: RetentionTrigger;

  @Column({ type: 'text' })
  criteria!: string;

  @Column({ type: 'text', nullable: true })
  legalReference!: string | null;
}
