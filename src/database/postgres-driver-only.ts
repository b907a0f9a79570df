/**
 * TypeORM loads the code of every database it supports (17 drivers: MySQL, Oracle, SAP HANA, Spanner, SQL Server,
 * MongoDB, SQLite in seven forms…) as soon as its `DataSource` is loaded, because its driver factory requires them
 * all up front: 1.3 MB of source, 34 modules, held for the life of the process. ropa speaks only PostgreSQL's
 * protocol (PGlite goes through the same driver, with the project's own pool), so before TypeORM is loaded the
 * entry points (`main.ts`, `cli.ts`) put in Node's module cache a factory that loads the PostgreSQL driver alone,
 * when the first data source is made. Any other type is refused by name, as TypeORM's own factory refuses a type
 * it does not know.
 */
import Module from 'node:module';

/** The one database type ropa's data sources use (`data-source-options.ts`). */
export const DRIVER_TYPE = 'postgres';

interface DataSourceLike {
  options: { type: string };
}

/**
 * Makes TypeORM's driver factory, when it is first required through `nodeRequire`, one that loads and makes the
 * PostgreSQL driver only. Returns false, and changes nothing, when TypeORM's factory is already loaded: then the
 * drivers are already in memory, and replacing the factory would save nothing.
 */
export function loadOnlyThePostgresDriver(nodeRequire: NodeJS.Require): boolean {
  const factoryPath = nodeRequire.resolve('typeorm/driver/DriverFactory.js');
  if (nodeRequire.cache[factoryPath] !== undefined) return false;
  const driverPath = nodeRequire.resolve('typeorm/driver/postgres/PostgresDriver.js');
  class DriverFactory {
    create(dataSource: DataSourceLike): unknown {
      const { type } = dataSource.options;
      if (type !== DRIVER_TYPE) throw new Error(`ropa runs TypeORM with the "${DRIVER_TYPE}" driver only, not "${type}"`);
      const { PostgresDriver } = nodeRequire(driverPath) as { PostgresDriver: new (dataSource: DataSourceLike) => unknown };
      return new PostgresDriver(dataSource);
    }
  }
  const factory = new Module(factoryPath);
  factory.filename = factoryPath;
  factory.loaded = true;
  factory.exports = { DriverFactory };
  nodeRequire.cache[factoryPath] = factory;
  return true;
}
