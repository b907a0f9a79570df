import { Column, Entity } from 'typeorm';
import type { TrackerCategory, TrackerKind, TrackerParty } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('tracker')
export class TrackerEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: TrackerKind;

  @Column({ type: 'text' })
  category!: TrackerCategory;

  @Column({ type: 'text' })
  provider!: string;

  @Column({ type: 'text' })
  party!: TrackerParty;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', nullable: true })
  duration!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  serviceIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  processingActivityId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataCategoryIds!: string[];

  @Column({ type: 'text', nullable: true })
  optOut!: string | null;
}
