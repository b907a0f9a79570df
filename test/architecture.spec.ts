import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

/**
 * The layout's rules, read from the imports of src/ (type-only imports included): the layers below
 * the notices never reach into them, the domain vocabulary stands on nothing, no two files need each
 * other, and no file grows past what one reader holds in mind.
 */
const SRC = resolve(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);
const isSpec = (file: string) => file.endsWith('.spec.ts');
const room = (file: string) => relative(SRC, file).split(sep)[0];
const name = (file: string) => relative(SRC, file).split(sep).join('/');

/** Each file's relative imports, resolved to files (`./x.js` and `./x` both name x.ts, a folder its index.ts). */
const IMPORTS = new Map(
  FILES.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => {
        const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
        return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? base;
      });
    return [file, targets];
  }),
);

const BELOW_THE_NOTICES = ['registry', 'snapshot', 'compliance', 'export', 'reference', 'domain', 'language', 'database', 'common'];

describe('the layout of src/', () => {
  it('keeps the record, its rules and its exports from importing the notices (src/policy)', () => {
    const reaching = [...IMPORTS]
      .filter(([file]) => BELOW_THE_NOTICES.includes(room(file)))
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith(SRC) && room(t) === 'policy').map((t) => `${name(file)} → ${name(t)}`),
      );
    expect(reaching).toEqual([]);
  });

  it('keeps src/domain standing on nothing but itself', () => {
    const outside = [...IMPORTS]
      .filter(([file]) => room(file) === 'domain')
      .flatMap(([file, targets]) =>
        targets.filter((t) => !t.startsWith(join(SRC, 'domain') + sep)).map((t) => `${name(file)} → ${relative(SRC, t)}`),
      );
    expect(outside).toEqual([]);
  });

  it('keeps src/database ground floor: it imports no feature, the root composes its lists', () => {
    const allowed = new Set(['database', 'common', 'config']);
    const upward = [...IMPORTS]
      .filter(([file]) => room(file) === 'database')
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith(SRC) && !allowed.has(room(t))).map((t) => `${name(file)} → ${name(t)}`),
      );
    expect(upward).toEqual([]);
  });

  it('has no import circle between files', () => {
    // Tarjan's strongly connected components: any component of more than one file is a circle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    let next = 0;
    const visit = (file: string): void => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      for (const target of IMPORTS.get(file) ?? []) {
        if (!IMPORTS.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(name(member));
        } while (member !== file);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const file of IMPORTS.keys()) if (!index.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it('has no source file over 400 lines, specs included', () => {
    const long = FILES.map((file) => ({ file: name(file), lines: readFileSync(file, 'utf8').split('\n').length })).filter(
      (f) => f.lines > 400,
    );
    expect(long).toEqual([]);
  });

  it('reads every file it judges (the rules above are not vacuous)', () => {
    expect(FILES.filter((f) => !isSpec(f)).length).toBeGreaterThan(200);
    expect([...IMPORTS.values()].flat().length).toBeGreaterThan(500);
  });
});
