/** A problem in an editor's file, reported as `FILE:LINE: what is wrong` (or `FILE: …` for the whole file). */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
