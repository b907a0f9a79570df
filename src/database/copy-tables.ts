import type { QueryRunner } from 'typeorm';

/** A table of the current schema, with its columns in their order */
export interface TableShape {
  name: string;
  columns: string[];
}

export interface CopiedTable {
  table: string;
  rows: number;
  /** md5 over the sorted md5 of every row's JSON text: equal on both sides when every row came across */
  checksum: string;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The base tables of the current schema, parents before the tables whose foreign keys name them, so rows
 * can be inserted in this order. `except` leaves out tables the caller fills another way (TypeORM's
 * `migrations` table is written by the migrations themselves).
 */
export async function tablesInDependencyOrder(runner: QueryRunner, except: string[] = []): Promise<TableShape[]> {
  const columns = (await runner.query(
    `SELECT table_name AS "table", column_name AS "column"
       FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
      ORDER BY table_name, ordinal_position`,
  )) as { table: string; column: string }[];
  const edges = (await runner.query(
    `SELECT child.relname AS "child", parent.relname AS "parent"
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
      WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace`,
  )) as { child: string; parent: string }[];
  const shapes = new Map<string, string[]>();
  for (const { table, column } of columns) {
    if (except.includes(table)) continue;
    shapes.set(table, [...(shapes.get(table) ?? []), column]);
  }
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>): void => {
    if (placed.has(table) || !shapes.has(table)) return;
    if (path.has(table)) throw new Error(`foreign keys form a circle through ${table}: cannot order the copy`);
    path.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent, path);
    path.delete(table);
    placed.add(table);
    ordered.push({ name: table, columns: shapes.get(table)! });
  };
  for (const table of [...shapes.keys()].sort()) visit(table, new Set());
  return ordered;
}

/** Row count and an order-independent checksum of a table's rows (read in the runner's transaction). */
export async function tableChecksum(runner: QueryRunner, table: TableShape): Promise<CopiedTable> {
  const [row] = (await runner.query(
    `SELECT count(*)::int AS "rows", coalesce(md5(string_agg(h, '' ORDER BY h)), '') AS "checksum"
       FROM (SELECT md5(row_to_json(t)::text) AS h FROM ${quote(table.name)} t) rows`,
  )) as { rows: number; checksum: string }[];
  return { table: table.name, rows: row.rows, checksum: row.checksum };
}

/**
 * Copies every row of `table` from `source` to `target`, `batch` rows per statement: the source's rows as
 * JSON (a cursor, so a large table is never held whole), written with `json_populate_recordset` into the
 * same columns, so every type (jsonb, arrays, timestamps to the microsecond, bigint) comes across as stored.
 * Both runners must be inside transactions; the source's should be REPEATABLE READ for one consistent read.
 */
export async function copyTable(source: QueryRunner, target: QueryRunner, table: TableShape, batch = 500): Promise<number> {
  const cursor = `ropa_copy_${table.name.replace(/\W/g, '_')}`;
  const columns = table.columns.map(quote).join(', ');
  await source.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quote(table.name)} t`);
  let copied = 0;
  try {
    for (;;) {
      const rows = (await source.query(`FETCH ${batch} FROM ${cursor}`)) as { row: string }[];
      if (rows.length === 0) break;
      await target.query(
        `INSERT INTO ${quote(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table.name)}, $1::json)`,
        [`[${rows.map((r) => r.row).join(',')}]`],
      );
      copied += rows.length;
    }
  } finally {
    await source.query(`CLOSE ${cursor}`);
  }
  return copied;
}

/** Moves every serial column's sequence past the rows copied, so the next insert does not collide. */
export async function advanceSequences(target: QueryRunner, tables: TableShape[]): Promise<void> {
  const serials = (await target.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  )) as { table: string; column: string }[];
  const copied = new Set(tables.map((t) => t.name));
  for (const { table, column } of serials) {
    if (!copied.has(table)) continue;
    await target.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [quote(table), column],
    );
  }
}
