import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per event, written in the transaction that caused it. Its id is the
 * `webhook-id` receivers see, the same on every attempt and redelivery, so they can drop duplicates.
 */
@Entity('webhook_event')
export class WebhookEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  type!: string;

  /** `policy.version.effective:<version id>`: each version comes into force once, whoever notices first */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  policyId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  versionId!: string | null;

  /** The exact JSON body sent and signed */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
