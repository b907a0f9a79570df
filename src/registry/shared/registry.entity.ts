import type { Translations } from '../../domain/translations';
import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every registry resource shares: identity, optimistic-lock version, timestamps. */
export abstract class RegistryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A registry entry whose free texts reaching a notice carry translations (`TRANSLATABLE`). */
export abstract class TranslatableRegistryEntity extends RegistryEntity {
  /** language → translatable field → text; a PATCH replaces it whole */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations!: Translations;
}

/**
 * An entry of a registry list: its `ref` is unique within its type (one unique index per table). The column
 * compares bytewise (collation "C"), so the same index finds the refs made from one name (`base-…`) by range: in
 * a language's collation the hyphen is ignored, and the look-up read the whole table for every write.
 */
export abstract class KeyedRegistryEntity extends TranslatableRegistryEntity {
  @Index({ unique: true })
  @Column({ type: 'text', collation: 'C' })
  ref!: string;
}
