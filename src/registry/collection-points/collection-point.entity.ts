import { Column, Entity } from 'typeorm';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('collection_point')
export class CollectionPointEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  processingActivityIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  dataCategoryIds!: string[];
}
