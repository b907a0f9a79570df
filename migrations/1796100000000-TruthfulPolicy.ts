import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/** Issue 15: facts the notice needs and the record did not hold (Art. 7(3), 21(2), 26(2), the notice's audience). */
export class TruthfulPolicy1796100000000 implements MigrationInterface {
  name = 'TruthfulPolicy1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "consent_withdrawal" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "direct_marketing" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "recipient" ADD "joint_arrangement" text`);
    await queryRunner.query(`ALTER TABLE "recipient" ADD "contact_point" text`);
    await queryRunner.query(`ALTER TABLE "data_subject_category" ADD "uses_services" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_subject_category" DROP COLUMN "uses_services"`);
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "contact_point"`);
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "joint_arrangement"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "direct_marketing"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "consent_withdrawal"`);
  }
}

/** Audit events written before this migration: the new facts were not recorded, as the columns' defaults say. */
export const truthfulPolicyUpgrade = {
  migration: 'TruthfulPolicy1796100000000',
  added: {
    processing_activity: { consentWithdrawal: null, directMarketing: false },
    recipient: { jointArrangement: null, contactPoint: null },
    data_subject_category: { usesServices: false },
  },
} as const satisfies AuditUpgrade;
