import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';

// In a Node process of its own, whose module loader is the one the built app uses: Jest's registry replaces
// require and require.cache, so the module cache the entry points fill in can only be seen from outside it.
function run(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
  });
  return JSON.parse(out) as Record<string, unknown>;
}

const DRIVERS_LOADED = `const drivers = () => [...new Set(Object.keys(require.cache)
  .map((file) => /[\\\\/]typeorm[\\\\/]driver[\\\\/]([^\\\\/]+)[\\\\/]/.exec(file)?.[1]).filter(Boolean))];`;

describe('loadOnlyThePostgresDriver', () => {
  it('loads the PostgreSQL driver alone, when the first data source is made, and refuses another type', () => {
    const result = run(`${DRIVERS_LOADED}
      const { loadOnlyThePostgresDriver, DRIVER_TYPE } = require('./src/database/postgres-driver-only');
      const first = loadOnlyThePostgresDriver(require);
      const typeorm = require('typeorm');
      const beforeDataSource = drivers();
      const dataSource = new typeorm.DataSource({ type: DRIVER_TYPE, url: 'postgres://nobody@127.0.0.1:1/none' });
      let refused = null;
      try { new typeorm.DataSource({ type: 'mysql' }); } catch (error) { refused = error.message; }
      process.stdout.write(JSON.stringify({ first, beforeDataSource, driver: dataSource.driver.constructor.name,
        afterDataSource: drivers(), refused, second: loadOnlyThePostgresDriver(require) }));`);
    expect(result.first).toBe(true);
    // TypeORM's index loads one SQL Server parameter class of a few lines, and no driver.
    expect(result.beforeDataSource).toEqual(['sqlserver']);
    expect(result.driver).toBe('PostgresDriver');
    expect(result.afterDataSource).toEqual(expect.arrayContaining(['postgres']));
    for (const other of ['mysql', 'oracle', 'sap', 'spanner', 'mongodb', 'cockroachdb', 'better-sqlite3', 'react-native'])
      expect(result.afterDataSource).not.toContain(other);
    expect(result.refused).toBe('ropa runs TypeORM with the "postgres" driver only, not "mysql"');
    // Once TypeORM's factory is loaded, a second call changes nothing.
    expect(result.second).toBe(false);
  });

  it('changes nothing once TypeORM is loaded: its own factory and every driver are already in memory', () => {
    const result = run(`${DRIVERS_LOADED}
      require('typeorm');
      const { loadOnlyThePostgresDriver } = require('./src/database/postgres-driver-only');
      process.stdout.write(JSON.stringify({ replaced: loadOnlyThePostgresDriver(require), drivers: drivers() }));`);
    expect(result.replaced).toBe(false);
    expect(result.drivers).toEqual(expect.arrayContaining(['mysql', 'oracle', 'postgres']));
  });
});
