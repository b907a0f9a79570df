import type { DataSource } from 'typeorm';
import type { HeldText } from '../../common/content-coding';
import { queryPrepared } from '../../database/statements';
import type { EntityType } from '../../domain/entity-types';
import { nameExpression, refExpression, REGISTRY_VERSION_SQL } from './registry-sql';
import type { CrudDefinition } from './resource-definition';

/** `{"id":…,"ref":…,"name":…}` of every item of one type, as JSON text ready to be spliced into an answer. */
export type SummaryTexts = ReadonlyMap<string, string>;

interface Names {
  version: string;
  texts: SummaryTexts;
}

/**
 * The `{id, ref, name}` summaries that list pages carry, held in memory per entity type and keyed by the
 * registry version they were read at. A page read at version V uses them only when they were read at
 * exactly V (the registry write lock makes audit numbers follow commit order, so equal versions mean an
 * equal registry): a cache can make an answer faster, never different. After a change the first page
 * that needs a type reads its names again, in one statement for every type it needs, and several
 * pages asking at once share that read.
 */
export class SummaryNames {
  private readonly byType = new Map<EntityType, Names>();
  private loading = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly definitionOf: (type: EntityType) => CrudDefinition,
  ) {}

  /** The summaries of these types at exactly `version`, or null when the registry has moved since (the caller reads them in SQL). */
  async at(version: string, types: readonly EntityType[]): Promise<Map<EntityType, SummaryTexts> | null> {
    let found = this.lookup(version, types);
    if (found) return found;
    const stale = types.filter((type) => this.byType.get(type)?.version !== version);
    const key = [...stale].sort().join(',');
    let load = this.loading.get(key);
    if (!load) {
      load = this.load(stale).finally(() => this.loading.delete(key));
      this.loading.set(key, load);
    }
    await load;
    found = this.lookup(version, types);
    return found;
  }

  private lookup(version: string, types: readonly EntityType[]): Map<EntityType, SummaryTexts> | null {
    const found = new Map<EntityType, SummaryTexts>();
    for (const type of types) {
      const names = this.byType.get(type);
      if (names?.version !== version) return null;
      found.set(type, names.texts);
    }
    return found;
  }

  /** One statement, one snapshot: the version and every name of the types asked for. */
  private async load(types: readonly EntityType[]): Promise<void> {
    const columns = types.map((type, i) => {
      const def = this.definitionOf(type);
      const metadata = this.dataSource.getMetadata(def.entity);
      const name = nameExpression(def, metadata, 's');
      const ref = refExpression(metadata, 's');
      return `(SELECT coalesce(json_agg(json_build_array(s."id", ${ref}, ${name})), '[]'::json)::text FROM "${metadata.tableName}" s) AS n${i}`;
    });
    const [row] = await queryPrepared<Record<string, string>>(
      this.dataSource,
      `SELECT ${REGISTRY_VERSION_SQL} AS version, ${columns.join(', ')}`,
      [],
    );
    types.forEach((type, i) => {
      const triples = JSON.parse(row[`n${i}`]) as [string, string | null, string | null][];
      const texts = new Map(triples.map(([id, ref, name]) => [id, JSON.stringify({ id, ref, name: name ?? '(missing)' })]));
      const current = this.byType.get(type);
      // Two loads may finish out of order: keep the later version.
      if (!current || BigInt(current.version) <= BigInt(row.version)) this.byType.set(type, { version: row.version, texts });
    });
  }
}

const instances = new WeakMap<DataSource, SummaryNames>();

/** The one summary cache of a database connection, shared by every resource's service. */
export function summaryNamesOf(dataSource: DataSource, definitionOf: (type: EntityType) => CrudDefinition): SummaryNames {
  let names = instances.get(dataSource);
  if (!names) {
    names = new SummaryNames(dataSource, definitionOf);
    instances.set(dataSource, names);
  }
  return names;
}

/**
 * The registry version, read so that requests arriving together share one statement and none is answered
 * from a read sent before it arrived. A request finding no read under way sends one; a request arriving
 * while one is under way waits for it to finish and joins the next read, which every request arriving
 * meanwhile shares. So each answer still reflects every write committed (on any replica) before its
 * request arrived, and under load one statement serves a whole batch instead of one per request.
 */
export class RegistryVersion {
  private running: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** The registry version as of a statement sent after this call. */
  now(): Promise<string> {
    if (this.queued) return this.queued;
    const running = this.running;
    if (!running) return this.read();
    // The read under way may have been sent before this request arrived: wait for the next one.
    const queued: Promise<string> = running.then(
      (): Promise<string> => this.next(queued),
      (): Promise<string> => this.next(queued),
    );
    this.queued = queued;
    return queued;
  }

  private next(queued: Promise<string>): Promise<string> {
    if (this.queued === queued) this.queued = null;
    return this.read();
  }

  private read(): Promise<string> {
    const running = queryPrepared<{ version: string }>(this.dataSource, `SELECT ${REGISTRY_VERSION_SQL} AS version`, []).then(
      ([row]) => row.version,
    );
    this.running = running;
    const clear = (): void => {
      if (this.running === running) this.running = null;
    };
    running.then(clear, clear);
    return running;
  }
}

/** Bytes of cached reads kept in memory (list pages and items), all resources together; the least recently used go first beyond it. */
const PAGE_CACHE_CHARS = 8 * 1024 * 1024;

/**
 * A cached read as sent, and (for one item) the item's own version, which its ETag shows. A list page's
 * UTF-8 bytes and compressed copies are made on demand and kept with it ({@link HeldText}); the bound
 * counts only the text, so with them the cache holds up to about twice PAGE_CACHE_CHARS in bytes (the
 * text is mostly one byte per character in V8, its bytes as much again, the copies a tenth of that).
 */
export interface CachedRead extends HeldText {
  itemVersion?: number;
}

/**
 * Reads as sent — list pages and single items — keyed by the request that asked for them and stamped with
 * the registry version they were read at. A read is answered from memory only after a statement sent
 * after the request arrived has shown the registry still at that version ({@link RegistryVersion});
 * any write, on any replica, moves the version and the item or page is read again.
 */
export class ListPages {
  private readonly pages = new Map<string, { version: string; read: CachedRead }>();
  private chars = 0;
  private readonly version: RegistryVersion;

  constructor(dataSource: DataSource) {
    this.version = new RegistryVersion(dataSource);
  }

  async get(key: string): Promise<CachedRead | null> {
    if (!this.pages.has(key)) return null;
    const version = await this.version.now();
    // Looked up after the version is known: another request may have replaced or dropped it meanwhile.
    const cached = this.pages.get(key);
    if (!cached) return null;
    if (version !== cached.version) {
      // Only an older entry is forgotten; one already read at a later version than this read saw is kept.
      if (BigInt(cached.version) < BigInt(version)) this.delete(key);
      return null;
    }
    // Most recently used last.
    this.pages.delete(key);
    this.pages.set(key, cached);
    return cached.read;
  }

  /** Keeps a read under its registry version; false when it is not kept (too large, or a later one is held). */
  set(key: string, version: string, read: CachedRead): boolean {
    if (read.text.length > PAGE_CACHE_CHARS / 4) return false;
    const current = this.pages.get(key);
    // Two reads of the same key may finish out of order: keep the later version.
    if (current && BigInt(current.version) > BigInt(version)) return false;
    this.delete(key);
    this.pages.set(key, { version, read });
    this.chars += read.text.length;
    for (const [oldest, page] of this.pages) {
      if (this.chars <= PAGE_CACHE_CHARS) break;
      this.pages.delete(oldest);
      this.chars -= page.read.text.length;
    }
    return true;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.chars -= page.read.text.length;
  }
}

const pageCaches = new WeakMap<DataSource, ListPages>();

/** The one read cache (list pages and items) of a database connection. */
export function listPagesOf(dataSource: DataSource): ListPages {
  let pages = pageCaches.get(dataSource);
  if (!pages) {
    pages = new ListPages(dataSource);
    pageCaches.set(dataSource, pages);
  }
  return pages;
}
