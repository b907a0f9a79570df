import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/**
 * Issue 23 (Art. 30 completeness): a retired activity records what became of its personal data (erased,
 * anonymised, kept until its retention ends or under a legal obligation, returned to the controller), so
 * that the record states it instead of a retention that no longer runs.
 */
export class RetiredData1797000000000 implements MigrationInterface {
  name = 'RetiredData1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "after_retirement" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "after_retirement"`);
  }
}

/** Audit events written before this migration: what became of a retired activity's data was not recorded. */
export const retiredDataUpgrade = {
  migration: 'RetiredData1797000000000',
  added: { processing_activity: { afterRetirement: null } },
} as const satisfies AuditUpgrade;
