import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/**
 * Issue 9: a processor-role activity records no Art. 6 basis; each controller served is a structured
 * entry with its contact details (Art. 30(2)(a)); Art. 6(3) jurisdiction of a legal obligation; the
 * link to the legitimate-interests assessment; the date a retired activity ended.
 */
export class ProcessorRecords1796000000100 implements MigrationInterface {
  name = 'ProcessorRecords1796000000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "legal_basis" DROP NOT NULL`);
    // A processor acts on its controller's basis: the one it had to record before is not its own.
    await queryRunner.query(`UPDATE "processing_activity" SET "legal_basis" = NULL WHERE "role" = 'processor'`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "legitimate_interest_assessment" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "legal_obligation_jurisdiction" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    // The free-text controller becomes one entry whose contact details are still to be recorded.
    await queryRunner.query(
      `ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" TYPE jsonb USING CASE WHEN "on_behalf_of" IS NULL OR btrim("on_behalf_of") = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('name', "on_behalf_of", 'email', '', 'address', NULL, 'phone', NULL, 'representative', NULL)) END`,
    );
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" SET DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" SET NOT NULL`);
    await queryRunner.query(`UPDATE "processing_activity" SET "retired_at" = "updated_at" WHERE "status" = 'retired'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "processing_activity" ALTER COLUMN "on_behalf_of" TYPE text USING CASE WHEN jsonb_array_length("on_behalf_of") = 0 THEN NULL ELSE (SELECT string_agg(e->>'name' || COALESCE(', ' || NULLIF(e->>'email', ''), ''), '; ') FROM jsonb_array_elements("on_behalf_of") e) END`,
    );
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "legal_obligation_jurisdiction"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "legitimate_interest_assessment"`);
    await queryRunner.query(`UPDATE "processing_activity" SET "legal_basis" = 'art6_1_b' WHERE "legal_basis" IS NULL`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ALTER COLUMN "legal_basis" SET NOT NULL`);
  }
}

/**
 * Audit events of activities written before this migration: the three new fields were not recorded (null),
 * and the controller served was one free text (`onBehalfOf: string`), read as one entry named by it.
 */
export const processorRecordsUpgrade = {
  migration: 'ProcessorRecords1796000000100',
  added: { processing_activity: { legitimateInterestAssessment: null, legalObligationJurisdiction: null, retiredAt: null } },
  reshaped: {
    processing_activity: (after) => {
      const served = after.onBehalfOf;
      if (Array.isArray(served)) return after;
      return {
        ...after,
        onBehalfOf:
          typeof served === 'string' && served.trim() !== ''
            ? [{ name: served, email: '', address: null, phone: null, representative: null }]
            : [],
      };
    },
  },
} as const satisfies AuditUpgrade;
