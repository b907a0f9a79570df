import type { DataSource, Logger, QueryRunner } from 'typeorm';

export interface SqlCounter {
  /** Statements sent since the counter started or was last reset */
  readonly count: number;
  /** Their text, for a failing assertion's message */
  readonly statements: readonly string[];
  reset(): void;
  /** Puts the data source's own logger back */
  stop(): void;
}

/**
 * Counts the SQL statements an app sends through TypeORM (every query runner reports each statement to
 * the data source's logger before running it, on PGlite and PostgreSQL alike). The cache listener's own
 * connection (LISTEN) is not TypeORM's and is not counted.
 */
export function countStatements(dataSource: DataSource): SqlCounter {
  const original = dataSource.logger;
  const statements: string[] = [];
  const counting: Logger = {
    logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
      statements.push(query);
      original.logQuery(query, parameters, queryRunner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  const target = dataSource as unknown as { logger: Logger };
  target.logger = counting;
  return {
    get count() {
      return statements.length;
    },
    get statements() {
      return [...statements];
    },
    reset() {
      statements.length = 0;
    },
    stop() {
      target.logger = original;
    },
  };
}
