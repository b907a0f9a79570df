import type { DataSource, EntityMetadata } from 'typeorm';
import { RequestValidationError } from '../../common/errors';
import type { EntityType } from '../../domain/entity-types';
import { columnExpression } from '../../database/table-pages';
import { isUuid } from '../../domain/refs';
import type { CrudDefinition, RelationSpec } from './resource-definition';

/** The registry version as one SQL expression: the last audit event's number, which every write advances in its transaction. */
export const REGISTRY_VERSION_SQL = `(SELECT coalesce(max("seq"), 0) FROM "audit_event")::text`;

/** An identifier as PostgreSQL reads it, quoted. */
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The SQL expression of an item's name (`nameOf` in the definition), over the row alias given. */
export function nameExpression(def: CrudDefinition, metadata: EntityMetadata, alias: string): string {
  const column = (property: string): string => `${alias}.${quote(columnOf(metadata, property))}`;
  if (def.nameSql) return def.nameSql(column);
  if (def.searchProperty === null) throw new Error(`${def.label}: a resource without a name property needs nameSql`);
  return column(def.searchProperty ?? 'name');
}

export function columnOf(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no property ${property}`);
  return column.databaseName;
}

/** A sortable property and how its values travel in a cursor (as text, cast back to the column's type). */
interface SortColumn {
  column: string;
  sqlType: string;
  nullable: boolean;
}

export interface ListStatementInput {
  /** filter param name → value, only those given */
  filters: Record<string, unknown>;
  q?: string;
  sort: string;
  cursor?: string;
  limit: number;
  offset: number;
}

/**
 * The read statements of one resource, generated once from its definition and the entity's metadata:
 * PostgreSQL builds each item's JSON, `{id,ref,name}` summaries included, so that a read is one statement
 * and its text goes to the client as it comes. Columns are the entity's (a field added to an entity and
 * its DTO flows through), summaries the definition's relations, names the definition's `nameOf` in SQL.
 */
export class RegistryStatements {
  private readonly metadata: EntityMetadata;
  /** `SELECT <item columns and summaries> FROM <table> t` */
  private readonly itemSelect: string;
  /** `SELECT <item columns> FROM <table> t`: summaries added from memory ({@link SummaryNames}) */
  private readonly plainSelect: string;
  /** Each relation's ids as text, comma-separated: what the summaries from memory are looked up by */
  private readonly relationIds: string;
  private readonly table: string;
  private readonly sortColumns = new Map<string, SortColumn>();
  /** Per filter on a link: how to find the id a ref names (`SELECT "id" FROM <target> WHERE "ref" = `) */
  private readonly linkFilters = new Map<string, string>();
  readonly one: string;
  /** {@link one} without summaries, with the relation ids and the registry version, for summaries from memory */
  readonly plainOne: string;

  constructor(
    private readonly def: CrudDefinition,
    dataSource: DataSource,
    definitionOf: (type: EntityType) => CrudDefinition,
  ) {
    this.metadata = dataSource.getMetadata(def.entity);
    this.table = quote(this.metadata.tableName);
    const columns = this.metadata.columns.map((c) => columnExpression(c, 't'));
    const summaries = def.relations.map((relation) => {
      const target = definitionOf(relation.target);
      return `${summaryExpression(relation, `t.${quote(columnOf(this.metadata, relation.field))}`, target, dataSource.getMetadata(target.entity))} AS ${quote(relation.summary)}`;
    });
    this.itemSelect = `SELECT ${[...columns, ...summaries].join(', ')} FROM ${this.table} t`;
    this.plainSelect = `SELECT ${columns.join(', ')} FROM ${this.table} t`;
    this.relationIds = def.relations
      .map((relation, i) => {
        const column = `x.${quote(relation.field)}`;
        return `, ${relation.many ? `array_to_string(${column}, ',')` : `${column}::text`} AS r${i}`;
      })
      .join('');
    this.one = `SELECT x.version, row_to_json(x)::text AS item FROM (${this.itemSelect} WHERE t."id" = $1) x`;
    this.plainOne =
      `SELECT x.version, row_to_json(x)::text AS item, ${REGISTRY_VERSION_SQL} AS registry_version${this.relationIds} ` +
      `FROM (${this.plainSelect} WHERE t."id" = $1) x`;
    for (const [name, filter] of Object.entries(def.filters)) {
      const relation = def.relations.find((r) => r.field === filter.property);
      const targetMetadata = relation ? dataSource.getMetadata(definitionOf(relation.target).entity) : null;
      if (targetMetadata?.findColumnWithPropertyName('ref')) {
        this.linkFilters.set(
          name,
          `SELECT s."id" FROM ${quote(targetMetadata.tableName)} s WHERE s.${quote(columnOf(targetMetadata, 'ref'))} = `,
        );
      }
    }
    for (const property of def.sortable) {
      const column = this.metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${def.label}: sortable ${property} is not a column`);
      const type = typeof column.type === 'string' ? column.type : 'text';
      this.sortColumns.set(property, { column: column.databaseName, sqlType: type, nullable: column.isNullable });
    }
  }

  /**
   * One page: `limit + 1` rows (the extra one tells whether a next page exists), each with its JSON and
   * its cursor (the sort value as PostgreSQL writes it, so timestamps keep their microseconds). The page's
   * ids come first from the (sort column, id) index; only those rows are then built into JSON.
   * With `plain`, items come without summaries but with their relations' ids (`r0`, `r1`… in the order of
   * the definition's relations) and the registry version the page was read at, for summaries from memory.
   */
  list(input: ListStatementInput, plain = false): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const where = this.where(input, values);
    const descending = input.sort.startsWith('-');
    const property = input.sort.replace(/^-/, '');
    const sort = this.sortColumns.get(property);
    if (!sort) {
      throw new RequestValidationError([
        { path: 'sort', message: `sort must be one of ${this.def.sortable.join(', ')} (prefix - for descending)` },
      ]);
    }
    const sortColumn = `t.${quote(sort.column)}`;
    if (input.cursor !== undefined) {
      const after = decodeCursor(input.cursor, input.sort);
      if (sort.nullable) throw new RequestValidationError([{ path: 'cursor', message: `cursor cannot page by ${property}; use offset` }]);
      values.push(after.value, after.id);
      // Row comparison walks the (column, id) index in the direction of the sort.
      where.push(`(${sortColumn}, t."id") ${descending ? '<' : '>'} ($${values.length - 1}::${sort.sqlType}, $${values.length}::uuid)`);
    }
    values.push(input.limit + 1, input.offset);
    const direction = descending ? 'DESC' : 'ASC';
    const text =
      (plain
        ? `SELECT row_to_json(x)::text AS item, p.id, p.sort_key, ${REGISTRY_VERSION_SQL} AS registry_version${this.relationIds} `
        : `SELECT (SELECT row_to_json(x)::text FROM (${this.itemSelect} WHERE t."id" = p.id) x) AS item, p.id, p.sort_key `) +
      `FROM (SELECT t."id", ${sortColumn} AS sort_value, ${sortColumn}::text AS sort_key FROM ${this.table} t` +
      `${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${sortColumn} ${direction}, t."id" ${direction}` +
      ` LIMIT $${values.length - 1} OFFSET $${values.length}) p` +
      (plain ? ` CROSS JOIN LATERAL (${this.plainSelect} WHERE t."id" = p.id) x` : '') +
      ` ORDER BY p.sort_value ${direction}, p.id ${direction}`;
    return { text, values };
  }

  /** The number of items the filters and search select (only when a client asks for the total). */
  count(input: Pick<ListStatementInput, 'filters' | 'q'>): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const where = this.where(input, values);
    const text = `SELECT count(*)::int AS total FROM ${this.table} t${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return { text, values };
  }

  private where(input: Pick<ListStatementInput, 'filters' | 'q'>, values: unknown[]): string[] {
    const param = (value: unknown, cast = ''): string => {
      values.push(value);
      return `$${values.length}${cast}`;
    };
    const where: string[] = [];
    for (const [name, value] of Object.entries(input.filters)) {
      const filter = this.def.filters[name];
      const column = `t.${quote(columnOf(this.metadata, filter.property))}`;
      const cast = this.metadata.findColumnWithPropertyName(filter.property)?.type === 'uuid' ? '::uuid' : '';
      // A filter on a link takes the linked item's ref as well as its id.
      const byRef = this.linkFilters.get(name);
      const operand = byRef !== undefined && typeof value === 'string' && !isUuid(value) ? `(${byRef}${param(value)})` : param(value, cast);
      where.push(filter.array ? `${operand} = ANY(${column})` : `${column} = ${operand}`);
    }
    if (input.q !== undefined) {
      const search = this.def.searchProperty === undefined ? 'name' : this.def.searchProperty;
      if (search === null)
        throw new RequestValidationError([{ path: 'q', message: `${this.def.label}s have no name to search; use the filters` }]);
      where.push(`t.${quote(columnOf(this.metadata, search))} ILIKE ${param(`%${input.q.replace(/[\\%_]/g, '\\$&')}%`)}`);
    }
    return where;
  }
}

/** The SQL expression of an item's ref, over the row alias given; NULL for a resource without refs (policies). */
export function refExpression(metadata: EntityMetadata, alias: string): string {
  return metadata.findColumnWithPropertyName('ref') ? `${alias}.${quote(columnOf(metadata, 'ref'))}` : 'NULL::text';
}

/** The `{id,ref,name}` of one relation, in the order of the ids, a missing item as `(missing)` with no ref. */
function summaryExpression(relation: RelationSpec, column: string, target: CrudDefinition, metadata: EntityMetadata): string {
  const table = quote(metadata.tableName);
  const name = nameExpression(target, metadata, 's');
  const ref = refExpression(metadata, 's');
  if (relation.many) {
    return (
      `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'ref', ${ref}, 'name', coalesce(${name}, '(missing)')) ORDER BY u.n), '[]'::json) ` +
      `FROM unnest(${column}) WITH ORDINALITY u(id, n) LEFT JOIN ${table} s ON s."id" = u.id)`
    );
  }
  return (
    `CASE WHEN ${column} IS NULL THEN NULL ELSE (SELECT json_build_object('id', ${column}, 'ref', ${ref}, 'name', coalesce(${name}, '(missing)')) ` +
    `FROM (SELECT 1) one LEFT JOIN ${table} s ON s."id" = ${column}) END`
  );
}

export interface Cursor {
  sort: string;
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(text: string, sort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((v) => typeof v === 'string') || !UUID.test(parsed[2] as string)) {
    throw new RequestValidationError([{ path: 'cursor', message: 'cursor must be the nextCursor of an earlier page, unchanged' }]);
  }
  const [cursorSort, value, id] = parsed as string[];
  if (cursorSort !== sort) {
    throw new RequestValidationError([{ path: 'cursor', message: `this cursor pages by ${cursorSort}; send the same sort with it` }]);
  }
  return { sort, value, id };
}
