import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 26: an anchored audit chain. Each published version records the chain's head when it was
 * published (the sequence and hash of the last audit event before the version's own), so that whoever
 * holds a version (a website, an auditor) can later check that the trail still reaches that point:
 * deleting the last events is invisible to the hash chain alone. Versions published before have none.
 */
export class AuditAnchors1796800000000 implements MigrationInterface {
  name = 'AuditAnchors1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_version" ADD "audit_head_seq" bigint`);
    await queryRunner.query(`ALTER TABLE "policy_version" ADD "audit_head_hash" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_version" DROP COLUMN "audit_head_hash"`);
    await queryRunner.query(`ALTER TABLE "policy_version" DROP COLUMN "audit_head_seq"`);
  }
}
