import { Column, Entity } from 'typeorm';
import type { CollectionMethod } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('data_category')
export class DataCategoryEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  examples!: string[];

  @Column({ type: 'boolean', default: false })
  special!: boolean;

  @Column({ type: 'boolean', default: false })
  criminal!: boolean;

  @Column({ type: 'text' })
  collection!: CollectionMethod;

  @Column({ type: 'boolean', default: false })
  videoSurveillance!: boolean;
}
