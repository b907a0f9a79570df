import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/**
 * Issue 23 (item 5): a recipient says whether its name is a legal entity's own ("LiveChat, Inc."), the same in
 * every language, so that the translation check stops asking for translations that must not exist.
 */
export class RecipientLegalEntity1797100000000 implements MigrationInterface {
  name = 'RecipientLegalEntity1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recipient" ADD "legal_entity" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recipient" DROP COLUMN "legal_entity"`);
  }
}

/** Audit events written before this migration: a name was not marked as a legal name, so it was asked for in translation. */
export const recipientLegalEntityUpgrade = {
  migration: 'RecipientLegalEntity1797100000000',
  added: { recipient: { legalEntity: false } },
} as const satisfies AuditUpgrade;
