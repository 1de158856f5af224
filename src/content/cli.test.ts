import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTypeScript } from '../testing/run-to-end.ts';
import { articleSchema } from './schema.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runCli(...args: string[]) {
  return runTypeScript('src/content/cli.ts', args, 25_000, { cwd: PROJECT_ROOT });
}

describe('content CLI', { timeout: 30_000 }, () => {
  it('prints every article of a folder as a JSON array', () => {
    const result = runCli('content/pages', '--json');
    expect(result.status).toBe(0);
    const articles: unknown = JSON.parse(result.stdout);
    expect(Array.isArray(articles)).toBe(true);
    expect(articles).toHaveLength(8);
    for (const article of articles as unknown[]) expect(() => articleSchema.parse(article)).not.toThrow();
  });

  it('prints a one-line summary per article without --json', () => {
    const result = runCli('content/pages');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(
      /^000-dc19f9187db1d5f4-[0-9a-f]{8} {2}西城区总工会.* {2}\[xicheng\] {2}\{union-building,industrial-workers\}$/u,
    );
  });

  it('exits 1 with one FILE:LINE line on stderr for bad content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    writeFileSync(join(dir, '001_good.txt'), '## 标题\n正文。\n');
    writeFileSync(join(dir, '002_bad.txt'), '## 标题\n\n正文。\n\n### 迟到的副题\n');
    const result = runCli(dir, '--json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${join(dir, '002_bad.txt')}:5: subtitle ("### ") must directly follow an article title ("## ")\n`,
    );
    expect(result.stderr).toMatch(/^.+\.txt:\d+: /u);
  });

  it('exits 2 with usage for a wrong command line', () => {
    for (const args of [[], ['content/pages', 'extra'], ['--verbose'], ['no/such/folder']]) {
      const result = runCli(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage:');
    }
  });
});
