import { Column, Entity } from 'typeorm';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('data_subject_category')
export class DataSubjectCategoryEntity extends KeyedRegistryEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'boolean', default: false })
  usesServices!: boolean;

  @Column({ type: 'text', nullable: true })
  relationship!: string | null;
}
