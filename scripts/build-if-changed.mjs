// Builds dist/ with `nest build` only when a source is newer than the last build, so that `npm start`
// and `npm run cli` on a built checkout start at once. `--force` always builds (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = join('dist', '.build-stamp');
const INPUTS = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];

/** The newest modification time under a file or directory, in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A directory's own mtime changes when a file is deleted or renamed in it: that is a change too.
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const force = process.argv.includes('--force');
const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...INPUTS.map(newest));
if (force || changed > built) {
  if (!force)
    process.stderr.write(built === 0 ? 'ropa: no build yet, building dist/…\n' : 'ropa: sources changed since the last build, building…\n');
  const started = Date.now();
  const result = spawnSync(process.execPath, [join('node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The stamp is written after a successful build, with the time the build started: an edit made during it builds again.
  writeFileSync(STAMP, '');
  utimesSync(STAMP, started / 1000, started / 1000);
}
