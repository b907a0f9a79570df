// First: TypeORM, once loaded, would hold the code of every database it supports.
import './database/use-postgres-driver-only';
import 'reflect-metadata';
import { cliErrorText, runCli } from './cli/run-cli';

runCli(process.argv.slice(2), process.env, process.stdout).catch((error: unknown) => {
  process.stderr.write(cliErrorText(error));
  process.exitCode = 1;
});
