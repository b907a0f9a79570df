// Imported first by the entry points (main.ts, cli.ts), before anything loads TypeORM: see postgres-driver-only.ts.
// Both are CommonJS modules of the build, so `require` is Node's own, whose module cache TypeORM is loaded through.
import { loadOnlyThePostgresDriver } from './postgres-driver-only';

loadOnlyThePostgresDriver(require);
