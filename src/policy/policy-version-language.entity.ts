import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PolicyFormat } from './policy-version.entity';
import { PolicyVersionEntity } from './policy-version.entity';

/**
 * One language of a published version: its document, renderings and content hash, made at publication
 * from the version's snapshot. Immutable like the version (the database refuses UPDATE and DELETE).
 * Every language of a version has a row, its default language too.
 */
@Entity('policy_version_language')
export class PolicyVersionLanguageEntity {
  @PrimaryColumn({ type: 'uuid' })
  policyVersionId!: string;

  @ManyToOne(() => PolicyVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersionEntity;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  /** SHA-256 of this language's canonical JSON document: its public ETag */
  @Column({ type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  rendered!: Record<PolicyFormat, string>;
}
