import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { PolicyEntity } from './policy.entity';

export const POLICY_FORMATS = ['md', 'html', 'txt', 'json'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

/**
 * A published version: immutable (the database refuses UPDATE and DELETE), with the document, its
 * renderings (made once, at publication) and the registry snapshot it was generated from.
 */
@Entity('policy_version')
@Index(['policyId', 'number'], { unique: true })
export class PolicyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  policyId!: string;

  @ManyToOne(() => PolicyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id' })
  policy?: PolicyEntity;

  /** 1, 2, 3… per policy */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'timestamptz' })
  effectiveFrom!: Date;

  @Column({ type: 'text' })
  changeSummary!: string;

  @Column({ type: 'boolean' })
  material!: boolean;

  /** The policy's default language when it was published: the language of `contentHash`, `document` and `rendered` */
  @Column({ type: 'text' })
  language!: string;

  /** SHA-256 of the canonical JSON document (default language): the version's identity and public ETag */
  @Column({ type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  rendered!: Record<PolicyFormat, string>;

  @Column({ type: 'jsonb' })
  snapshot!: RegistrySnapshot;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;

  /** The audit chain's head when this version was published: the last event before its own (null before issue 26, or for an empty trail) */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  auditHeadSeq!: number | null;

  /** That event's hash */
  @Column({ type: 'text', nullable: true })
  auditHeadHash!: string | null;
}
