import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22, item 6: a policy's title is a text of its notice like any other, so it is translated like
 * the registry's texts (`translations.<language>.title`) and a language without it blocks publishing.
 * Existing policies start with none.
 */
export class PolicyTitleTranslations1796650000000 implements MigrationInterface {
  name = 'PolicyTitleTranslations1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy" DROP COLUMN "translations"`);
  }
}
