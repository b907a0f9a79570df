import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AuditUpgrade } from '../src/domain/audit-upgrade';

/** Translations of the registry's free texts (issue 13), and the language the controller writes them in. */
export class Translations1796500000000 implements MigrationInterface {
  name = 'Translations1796500000000';

  private readonly tables = [
    'controller_profile',
    'service',
    'data_category',
    'data_subject_category',
    'recipient',
    'transfer',
    'retention_rule',
    'security_measure',
    'tracker',
    'processing_activity',
  ];

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of this.tables) await queryRunner.query(`ALTER TABLE "${table}" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "controller_profile" ADD "language" text NOT NULL DEFAULT 'en'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "controller_profile" DROP COLUMN "language"`);
    for (const table of [...this.tables].reverse()) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "translations"`);
  }
}

const untranslated = { translations: {} };

/** Audit events written before this migration: no entry had translations, and the controller wrote in English. */
export const translationsUpgrade = {
  migration: 'Translations1796500000000',
  added: {
    controller: { ...untranslated, language: 'en' },
    service: untranslated,
    data_category: untranslated,
    data_subject_category: untranslated,
    recipient: untranslated,
    transfer: untranslated,
    retention_rule: untranslated,
    security_measure: untranslated,
    tracker: untranslated,
    processing_activity: untranslated,
  },
} as const satisfies AuditUpgrade;
