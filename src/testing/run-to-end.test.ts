import { describe, expect, it } from 'vitest';
import { runToEnd } from './run-to-end.ts';

describe('runToEnd', () => {
  it('returns what a command printed and its exit status', () => {
    const result = runToEnd(process.execPath, ['-e', 'process.stdout.write("读完"); process.exit(3)'], 10_000);
    expect([result.stdout, result.status]).toEqual(['读完', 3]);
  });

  it('kills a command that does not end in time, and says so', () => {
    const started = Date.now();
    expect(() => runToEnd(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], 500)).toThrow(
      /did not end within 0\.5 s/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
