import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

/**
 * A column as the snapshot holds it. Timestamps come back as `Date#toISOString()` would write them
 * (UTC, milliseconds, truncated as the drivers truncate microseconds), everything else as the
 * database's own JSON for the column: uuid arrays as arrays, jsonb as objects, booleans and numbers
 * as themselves, null as null.
 */
export function columnExpression(metadata: EntityMetadata['columns'][number], alias = ''): string {
  const column = `${alias ? `${alias}.` : ''}"${metadata.databaseName}"`;
  const value =
    metadata.type === 'timestamptz' || metadata.type === 'timestamp with time zone'
      ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : column;
  return `${value} AS "${metadata.propertyName}"`;
}

/**
 * One page of a table as JSON text, one row per item, keyed by the entity's property names: the
 * shape `toPlainItem` gives an entity. Rows come as one string each instead of a driver object and an
 * entity per row, which is what a snapshot of a large registry spends most of its time and memory on.
 * The first page has no lower bound; the others start after the last id of the page before ($1).
 */
export function pageQuery(metadata: EntityMetadata, pageSize: number, first: boolean): string {
  const columns = metadata.columns.map((column) => columnExpression(column)).join(', ');
  return (
    `SELECT row_to_json(t)::text AS item FROM (SELECT ${columns} FROM "${metadata.tableName}" ` +
    `${first ? '' : 'WHERE "id" > $1 '}ORDER BY "id" LIMIT ${pageSize}) t`
  );
}

/**
 * A table's items in pages ordered by id, each page after the last id of the one before (keyset
 * pagination: one query per page whatever the table's size, and no page ever skips or repeats a row).
 */
export async function* tablePages(
  manager: EntityManager,
  entity: new () => ObjectLiteral,
  pageSize: number,
): AsyncGenerator<Record<string, unknown>[]> {
  const metadata = manager.connection.getMetadata(entity);
  let after: string | null = null;
  for (;;) {
    const rows = (await (after === null
      ? manager.query(pageQuery(metadata, pageSize, true))
      : manager.query(pageQuery(metadata, pageSize, false), [after]))) as { item: string }[];
    const page = rows.map((row) => JSON.parse(row.item) as Record<string, unknown>);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]?.id as string;
  }
}

/** Some rows of a table by id, in the shape of {@link tablePages}; ids that no longer exist are left out. */
export async function rowsById(manager: EntityManager, entity: new () => ObjectLiteral, ids: string[]): Promise<Record<string, unknown>[]> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.map((column) => columnExpression(column)).join(', ');
  const rows = (await manager.query(
    `SELECT row_to_json(t)::text AS item FROM (SELECT ${columns} FROM "${metadata.tableName}" WHERE "id" = ANY($1::uuid[])) t`,
    [ids],
  )) as { item: string }[];
  return rows.map((row) => JSON.parse(row.item) as Record<string, unknown>);
}
