import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/** The Art. 22(1) facts an automated decision gains, as an event or row written before this migration reads them. */
const AUTOMATED_DECISION_ADDED = {
  art22Applies: null,
  exception: null,
  exceptionLaw: null,
  humanIntervention: null,
  expressView: null,
  contest: null,
};

/**
 * Issue 27 (items 1 and 3): the facts the law asks for and the record did not hold: how data subjects come
 * to deal with us (the notice's opening), the law behind an Art. 9(2)(b), (g)-(j) condition, why a source
 * cannot be named (Recital 61), the channels of direct marketing and the soft opt-in of ePrivacy Art. 13(2),
 * and, inside an automated decision, whether Art. 22(1) applies, its exception and its safeguards.
 */
export class LawfulFields1796700000000 implements MigrationInterface {
  name = 'LawfulFields1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_subject_category" ADD "relationship" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "special_category_law" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "special_category_law_jurisdiction" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "source_unnamed_reason" text`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "marketing_channels" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "processing_activity" ADD "soft_opt_in" jsonb`);
    // An automated decision recorded before: Art. 22(1) not yet assessed (null), which the check reports.
    await queryRunner.query(
      `UPDATE "processing_activity" SET "automated_decision" = $1::jsonb || "automated_decision" WHERE "automated_decision" IS NOT NULL`,
      [JSON.stringify(AUTOMATED_DECISION_ADDED)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "processing_activity" SET "automated_decision" = "automated_decision" - ARRAY['art22Applies', 'exception', 'exceptionLaw', 'humanIntervention', 'expressView', 'contest'] WHERE "automated_decision" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "soft_opt_in"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "marketing_channels"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "source_unnamed_reason"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "special_category_law_jurisdiction"`);
    await queryRunner.query(`ALTER TABLE "processing_activity" DROP COLUMN "special_category_law"`);
    await queryRunner.query(`ALTER TABLE "data_subject_category" DROP COLUMN "relationship"`);
  }
}

/**
 * Audit events written before this migration: the new facts were not recorded (null, no channel), and an
 * automated decision's Art. 22(1) applicability was not assessed.
 */
export const lawfulFieldsUpgrade = {
  migration: 'LawfulFields1796700000000',
  added: {
    data_subject_category: { relationship: null },
    processing_activity: {
      specialCategoryLaw: null,
      specialCategoryLawJurisdiction: null,
      sourceUnnamedReason: null,
      marketingChannels: [],
      softOptIn: null,
    },
  },
  reshaped: {
    processing_activity: (after) => {
      const decision = after.automatedDecision;
      if (decision === null || typeof decision !== 'object' || 'art22Applies' in decision) return after;
      return { ...after, automatedDecision: { ...decision, ...AUTOMATED_DECISION_ADDED } };
    },
  },
} as const satisfies AuditUpgrade;
