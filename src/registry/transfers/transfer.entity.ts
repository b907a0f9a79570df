import { Column, Entity, Index } from 'typeorm';
import type { Derogation, LocalTransferTool, TransferMechanism } from '../../domain/vocabulary';
import { KeyedRegistryEntity } from '../shared/registry.entity';

@Entity('transfer')
export class TransferEntity extends KeyedRegistryEntity {
  @Index()
  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text' })
  mechanism!: TransferMechanism;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  localTools!: LocalTransferTool[];

  @Column({ type: 'smallint', nullable: true })
  sccModule!: 1 | 2 | 3 | 4 | null;

  @Column({ type: 'text', nullable: true })
  derogation!: Derogation | null;

  @Column({ type: 'text', nullable: true })
  safeguards!: string | null;

  @Column({ type: 'boolean', default: false })
  copyAvailable!: boolean;

  @Column({ type: 'text', nullable: true })
  copyInstructions!: string | null;
}
