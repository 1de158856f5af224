import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/testing/run-to-end.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const workdir = mkdtempSync(join(tmpdir(), 'dependency-rules-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** Runs the project's checker, with the project's rules, over a small tree of the given files. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(workdir, 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true } }));
  const result = runToEnd(
    process.execPath,
    [
      join(projectRoot, 'scripts/dependency-rules/depcruise.mjs'),
      '--config',
      join(projectRoot, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
      ...new Set(Object.keys(files).map((file) => file.split('/')[0] ?? file)),
    ],
    20_000,
    { cwd: root },
  );
  return { status: result.status, report: `${result.stdout}${result.stderr}` };
}

const leaf = 'export const value = 1;\n';

describe('the dependency rules', () => {
  it('pass a tree that imports along the layers', () => {
    const { status, report } = check({
      'src/content/schema.ts': leaf,
      'src/text/label.ts': "import { value } from '../content/schema.ts';\nexport const label = value;\n",
      'src/features/a/A.ts': "import { label } from '../../text/label.ts';\nexport const a = label;\n",
      'src/app/App.ts': "import { a } from '../features/a/A.ts';\nexport const app = a;\n",
    });
    expect(report).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  // One tree with one forbidden import per rule: each must be reported (one run keeps the suite quick).
  const forbidden: Record<string, Record<string, string>> = {
    'features-are-independent': { 'src/features/a/A.ts': "import '../b/B.ts';\n", 'src/features/b/B.ts': leaf },
    'src-never-imports-scripts': { 'src/lib/x.ts': "import '../../scripts/tool.ts';\n", 'scripts/tool.ts': leaf },
    'scripts-never-import-e2e': { 'scripts/bench.ts': "import '../e2e/spec.ts';\n", 'e2e/spec.ts': leaf },
    'layer-content': { 'src/content/x.ts': "import '../lib/y.ts';\n", 'src/lib/y.ts': leaf },
    'layer-archive': { 'src/archive/x.ts': "import '../features/c/C.ts';\n", 'src/features/c/C.ts': leaf },
    'testing-code-only-in-tests': { 'src/lib/z.ts': "import '../testing/corpus.ts';\n", 'src/testing/corpus.ts': leaf },
    'browser-code-reads-pipeline-types-only': {
      'src/features/d/D.ts': "import { value } from '../../content/w.ts';\nvalue;\n",
      'src/content/w.ts': leaf,
    },
    'no-circular': { 'src/components/x.ts': "import './y.ts';\n", 'src/components/y.ts': "import './x.ts';\n" },
  };

  it('fail on each forbidden import, naming its rule', () => {
    const { status, report } = check(Object.assign({}, ...Object.values(forbidden)));
    for (const rule of Object.keys(forbidden)) expect(report).toContain(`error ${rule}:`);
    expect(status).not.toBe(0);
  });
});
