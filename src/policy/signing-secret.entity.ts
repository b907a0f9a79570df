import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A server-side secret shared by every replica on one database, one per use (preview links, audit heads). Never served. */
@Entity('signing_secret')
export class SigningSecretEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  secret!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
