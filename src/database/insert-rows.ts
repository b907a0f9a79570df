import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

/** PostgreSQL takes at most 65,535 parameters per statement; multi-row inserts stay under it. */
export const MAX_PARAMETERS = 60_000;

/**
 * Inserts entities in multi-row `INSERT … VALUES` statements with numbered parameters, as TypeORM's
 * `insert` does (values prepared by the driver, `DEFAULT` for what the entity leaves undefined, version 1)
 * but without its per-parameter bookkeeping, which dominated large imports. What the database generated
 * (id, version, timestamps, column defaults) comes back through RETURNING into the entities, as
 * TypeORM's insert gives it. `maxRows` bounds a statement's size when rows are large (audit events).
 */
export async function insertRows(
  manager: EntityManager,
  metadata: EntityMetadata,
  entities: ObjectLiteral[],
  maxRows = Infinity,
): Promise<void> {
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => column.isInsert);
  const generated = metadata.columns.filter(
    (column) => column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isVersion || column.default !== undefined,
  );
  const returning = generated.length > 0 ? ` RETURNING ${generated.map((c) => `"${c.databaseName}"`).join(', ')}` : '';
  const chunk = Math.max(1, Math.min(maxRows, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES `;
  for (let start = 0; start < entities.length; start += chunk) {
    const rows = entities.slice(start, start + chunk);
    const values: unknown[] = [];
    const tuples = rows.map((entity) => {
      const cells = columns.map((column) => {
        let value: unknown = column.getEntityValue(entity, true);
        if (value === undefined && column.isVersion) value = 1;
        if (value === undefined) return 'DEFAULT';
        values.push(driver.preparePersistentValue(value, column));
        return `$${values.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    const result: unknown = await manager.query(`${head}${tuples.join(', ')}${returning}`, values);
    const returned = (Array.isArray(result) ? result : []) as Record<string, unknown>[];
    rows.forEach((entity, i) => {
      const row = returned[i];
      if (!row) return;
      for (const column of generated) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    });
  }
}
