import { statSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { loadContent } from './load-content.ts';
import type { Article } from './schema.ts';

const USAGE = 'usage: npm run --silent content -- <pages-dir> [--json]';

function summaryLine(article: Article): string {
  const districts = article.districts.join(',') || '-';
  return `${article.id}  ${article.title}  [${districts}]  {${article.themes.join(',')}}`;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Returns the exit code: 0 done, 1 the content is wrong, 2 the command is wrong. */
function run(args: readonly string[]): number {
  const json = args.includes('--json');
  const positional = args.filter((arg) => arg !== '--json');
  const [pagesDir] = positional;
  if (positional.length !== 1 || pagesDir === undefined || pagesDir.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!isDirectory(pagesDir)) {
    process.stderr.write(`not a folder: ${pagesDir}\n${USAGE}\n`);
    return 2;
  }
  try {
    const { articles } = loadContent(pagesDir);
    const output = json ? JSON.stringify(articles, null, 2) : articles.map(summaryLine).join('\n');
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

process.exitCode = run(process.argv.slice(2));
