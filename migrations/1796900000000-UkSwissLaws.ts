import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/**
 * Issue 24: the facts UK and Swiss law ask of the record. The controller's representatives in the UK (UK GDPR
 * Art. 27) and in Switzerland (FADP Art. 14); a recipient's Swiss–US DPF and UK Extension certifications, each
 * separate from the EU–US one; and the UK and Swiss transfer tools a transfer rests on beside its GDPR mechanism.
 */
export class UkSwissLaws1796900000000 implements MigrationInterface {
  name = 'UkSwissLaws1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "controller_profile" ADD "uk_representative" jsonb`);
    await queryRunner.query(`ALTER TABLE "controller_profile" ADD "swiss_representative" jsonb`);
    await queryRunner.query(`ALTER TABLE "recipient" ADD "swiss_dpf_certified" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "recipient" ADD "uk_extension_certified" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "transfer" ADD "local_tools" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "transfer" DROP COLUMN "local_tools"`);
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "uk_extension_certified"`);
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "swiss_dpf_certified"`);
    await queryRunner.query(`ALTER TABLE "controller_profile" DROP COLUMN "swiss_representative"`);
    await queryRunner.query(`ALTER TABLE "controller_profile" DROP COLUMN "uk_representative"`);
  }
}

/**
 * Audit events written before this migration: no UK or Swiss representative recorded, no Swiss or UK
 * certification, no UK or Swiss transfer tool, which is what the columns' defaults say of the rows.
 */
export const ukSwissLawsUpgrade = {
  migration: 'UkSwissLaws1796900000000',
  added: {
    controller: { ukRepresentative: null, swissRepresentative: null },
    recipient: { swissDpfCertified: false, ukExtensionCertified: false },
    transfer: { localTools: [] },
  },
} as const satisfies AuditUpgrade;
