import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['dpo', 'auditor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** An API key: only a short prefix (to identify it) and the SHA-256 of the whole key are stored. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  label!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
