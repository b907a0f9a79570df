import type { DataSource } from 'typeorm';
import { queryPrepared } from '../../database/statements';
import type { ListQuery } from './list-query.dto';
import type { RegistryEntity } from './registry.entity';
import { encodeCursor, RegistryStatements } from './registry-sql';
import type { ResourceCatalogue } from './resource-catalogue';
import { type CrudDefinition, notFound } from './resource-definition';
import { type CachedRead, listPagesOf, type SummaryNames, summaryNamesOf, type SummaryTexts } from './summary-names';

type PageRow = { item: string; id: string; sort_key: string };

/**
 * The read path of one resource: list pages and single items as JSON text PostgreSQL builds, their
 * `{id,ref,name}` summaries spliced in from memory, and whole answers kept in memory while the registry is
 * unchanged ({@link listPagesOf}). Every read costs the statements it did before this was a room of its own.
 */
export class RegistryReads<E extends RegistryEntity> {
  private generated: RegistryStatements | null = null;

  constructor(
    private readonly definition: CrudDefinition<E>,
    private readonly dataSource: DataSource,
    private readonly catalogue: ResourceCatalogue,
  ) {}

  /**
   * One page as JSON text, built by PostgreSQL in one statement (two when the total is asked for):
   * `{items, limit, offset}`, `total` with `?total=true`, and `nextCursor` when more items follow. A page
   * asked for again while the registry is unchanged comes from memory after one statement checks the
   * registry version ({@link ListPages}); pages with a total are always counted afresh. `held` says
   * whether the page is kept in memory (and so worth compressing once for the requests after it).
   */
  async list(query: ListQuery & Record<string, unknown>): Promise<{ read: CachedRead; held: boolean }> {
    const def = this.definition;
    const filters = Object.fromEntries(
      Object.keys(def.filters)
        .filter((name) => query[name] !== undefined)
        .map((name) => [name, query[name]]),
    );
    const sort = query.sort ?? def.sortable[0];
    const input = { filters, q: query.q, sort, cursor: query.cursor as string | undefined, limit: query.limit, offset: query.offset };
    const cacheKey = query.total === true ? null : JSON.stringify([def.entityType, input]);
    const cached = cacheKey === null ? null : await listPagesOf(this.dataSource).get(cacheKey);
    if (cached !== null) return { read: cached, held: true };
    const statement = this.statements().list(input, true);
    const rows = await this.page(statement.text, statement.values, () => this.statements().list(input));
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    let tail = `,"limit":${query.limit},"offset":${query.offset}`;
    if (query.total === true) {
      const count = this.statements().count({ filters, q: query.q });
      const [{ total }] = await queryPrepared<{ total: number }>(this.dataSource, count.text, count.values);
      tail += `,"total":${total}`;
    }
    if (more) {
      const last = page[page.length - 1];
      tail += `,"nextCursor":${JSON.stringify(encodeCursor({ sort, value: last.sort_key, id: last.id }))}`;
    }
    const text = `{"items":[${page.map((row) => this.withDerived(row.item)).join(',')}]${tail}}`;
    const version = (rows[0] as { registry_version?: string } | undefined)?.registry_version;
    const read: CachedRead = { text };
    const held = cacheKey !== null && version !== undefined && listPagesOf(this.dataSource).set(cacheKey, version, read);
    return { read, held };
  }

  /**
   * One item as JSON text with its summaries, and its version for the ETag: one statement while the
   * names its summaries show are in memory; PostgreSQL builds them otherwise.
   */
  async get(id: string): Promise<{ version: number; json: string }> {
    // Asked again while the registry is unchanged: from memory after one (shared) version statement.
    const key = `${this.definition.entityType}/${id}`;
    const reads = listPagesOf(this.dataSource);
    const cached = await reads.get(key);
    if (cached !== null && cached.itemVersion !== undefined) return { version: cached.itemVersion, json: cached.text };
    const statements = this.statements();
    let [row] = await queryPrepared<{ version: number; item: string; registry_version?: string }>(this.dataSource, statements.plainOne, [
      id,
    ]);
    if (!row) throw notFound(this.definition, id);
    const registryVersion = row.registry_version;
    const spliced = await this.splice([row]);
    if (!spliced) {
      [row] = await queryPrepared(this.dataSource, statements.one, [id]);
      if (!row) throw notFound(this.definition, id);
    }
    const json = this.withDerived(row.item);
    // Only a read whose summaries are of the same registry version is kept under it.
    if (spliced && registryVersion !== undefined) reads.set(key, registryVersion, { text: json, itemVersion: row.version });
    return { version: row.version, json };
  }

  /**
   * A page's rows, each item's JSON with its summaries. Items come from PostgreSQL without them, and the
   * summaries are spliced in from memory when the names there were read at the page's registry version;
   * otherwise (the first page after a change, while the names are read again) PostgreSQL builds them.
   */
  private async page(text: string, values: unknown[], withSummaries: () => { text: string; values: unknown[] }): Promise<PageRow[]> {
    const rows = await queryPrepared<PageRow & Record<string, string | null>>(this.dataSource, text, values);
    if (await this.splice(rows)) return rows;
    const statement = withSummaries();
    return queryPrepared<PageRow>(this.dataSource, statement.text, statement.values);
  }

  /**
   * Adds to each row's item its `{id,ref,name}` summaries from memory, by the relation ids the row carries
   * (`r0`, `r1`…), when the names in memory are of the rows' registry version; false when they are not.
   */
  private async splice(rows: ({ item: string; registry_version?: string } & Record<string, unknown>)[]): Promise<boolean> {
    const relations = this.definition.relations;
    if (relations.length === 0 || rows.length === 0) return true;
    const names = await this.summaryNames.at(rows[0].registry_version as string, [...new Set(relations.map((r) => r.target))]);
    if (!names) return false;
    const summary = (target: SummaryTexts | undefined, id: string): string =>
      target?.get(id) ?? JSON.stringify({ id, ref: null, name: '(missing)' });
    for (const row of rows) {
      let members = '';
      relations.forEach((relation, i) => {
        const ids = (row[`r${i}`] as string | null | undefined) ?? null;
        const texts = names.get(relation.target);
        const value = relation.many
          ? `[${
              ids
                ? ids
                    .split(',')
                    .map((id) => summary(texts, id))
                    .join(',')
                : ''
            }]`
          : ids === null
            ? 'null'
            : summary(texts, ids);
        members += `,${JSON.stringify(relation.summary)}:${value}`;
      });
      row.item = `${row.item.slice(0, -1)}${members}}`;
    }
    return true;
  }

  /** Adds the definition's derived read-only fields (a policy's public URL) to an item PostgreSQL built; as sent otherwise. */
  private withDerived(json: string): string {
    const derived = this.definition.derived;
    if (!derived) return json;
    const item = JSON.parse(json) as E;
    return JSON.stringify({ ...item, ...derived(item) });
  }

  /** The `{id,ref,name}` summaries of list pages, from memory while the registry is unchanged */
  private get summaryNames(): SummaryNames {
    return summaryNamesOf(this.dataSource, this.catalogue.definitionOf);
  }

  private statements(): RegistryStatements {
    this.generated ??= new RegistryStatements(this.definition, this.dataSource, this.catalogue.definitionOf);
    return this.generated;
  }
}
