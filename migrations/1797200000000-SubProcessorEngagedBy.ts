import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/**
 * Issue 23 (item 1): a sub-processor records the processor that engaged it, so that a sub-processor of a
 * processor outside the EEA is shown as that processor's onward transfer, not as a transfer of ours.
 */
export class SubProcessorEngagedBy1797200000000 implements MigrationInterface {
  name = 'SubProcessorEngagedBy1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recipient" ADD "engaged_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "engaged_by"`);
  }
}

/** Audit events written before this migration: who engaged a sub-processor was not recorded. */
export const subProcessorEngagedByUpgrade = {
  migration: 'SubProcessorEngagedBy1797200000000',
  added: { recipient: { engagedBy: null } },
} as const satisfies AuditUpgrade;
