import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-process caches (API keys, public policy answers) are invalidated by NOTIFY on the channel
 * `ropa_changes`. The triggers send it from the database itself, inside the writing transaction (so it
 * is delivered only on commit), whoever writes: this app, another replica, the CLI or an operator in psql.
 */
export class ChangeNotifications1796300000000 implements MigrationInterface {
  name = 'ChangeNotifications1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One payload per changed key: a replica drops only that key from its cache.
    await queryRunner.query(
      `CREATE FUNCTION ropa_notify_api_key() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('ropa_changes', 'api_key:' || OLD.prefix); END IF;
         IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('ropa_changes', 'api_key:' || NEW.prefix); END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER api_key_notify AFTER INSERT OR UPDATE OR DELETE ON "api_key" FOR EACH ROW EXECUTE FUNCTION ropa_notify_api_key()`,
    );
    // Which version a public URL serves depends on the service's slug, the policies and their versions.
    // One notification per statement (PostgreSQL also folds identical ones within a transaction).
    await queryRunner.query(
      `CREATE FUNCTION ropa_notify_public() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('ropa_changes', 'public'); RETURN NULL; END $$`,
    );
    for (const table of ['service', 'policy', 'policy_version']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_notify_public AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ropa_notify_public()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['service', 'policy', 'policy_version'])
      await queryRunner.query(`DROP TRIGGER ${table}_notify_public ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION ropa_notify_public()`);
    await queryRunner.query(`DROP TRIGGER api_key_notify ON "api_key"`);
    await queryRunner.query(`DROP FUNCTION ropa_notify_api_key()`);
  }
}
