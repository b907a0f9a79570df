import 'reflect-metadata';
import { cliErrorText, runCli } from './cli/run-cli';

runCli(process.argv.slice(2), process.env, process.stdout).catch((error: unknown) => {
  process.stderr.write(cliErrorText(error));
  process.exitCode = 1;
});
