import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose entries carry a `ref` (every registry list). */
const TABLES = [
  'collection_point',
  'data_category',
  'data_subject_category',
  'processing_activity',
  'recipient',
  'retention_rule',
  'security_measure',
  'service',
  'tracker',
  'transfer',
] as const;

/**
 * Issue 26 (item 7): refs compare bytewise (collation "C"). A write looks up the refs made from a name (`base`,
 * `base-2`…); in the database's language collation the hyphen is ignored, so no index could find them and each
 * batch of an import read the whole table: the import of 100,000 activities grew 1.5 times faster than its size.
 * Refs are lower-case letters, digits and hyphens, so only their order changes, and nothing orders by them.
 * Changing the type rebuilds each unique index on the column.
 */
export class RefCollation1797300000000 implements MigrationInterface {
  name = 'RefCollation1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "ref" TYPE text COLLATE "C"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse())
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "ref" TYPE text COLLATE pg_catalog."default"`);
  }
}
