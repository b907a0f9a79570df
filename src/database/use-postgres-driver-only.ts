// Imported first by the entry points (main.ts, cli.ts), before anything loads TypeORM: see postgres-driver-only.ts.
import { appRequire, loadOnlyThePostgresDriver } from './postgres-driver-only';

loadOnlyThePostgresDriver(appRequire());
