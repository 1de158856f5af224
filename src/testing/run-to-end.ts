import { type SpawnSyncOptions, type SpawnSyncReturns, spawnSync } from 'node:child_process';

/**
 * Runs a command to its end, as `spawnSync` does, but kills it at `limitMs` and throws. A test's
 * own timeout cannot stop a child that never ends: `spawnSync` holds the test's thread, so the
 * whole test run would wait for ever.
 */
export function runToEnd(
  command: string,
  args: readonly string[],
  limitMs: number,
  options: Omit<SpawnSyncOptions, 'encoding' | 'timeout' | 'killSignal'> = {},
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: limitMs, killSignal: 'SIGKILL' });
  if (result.signal === 'SIGKILL' || (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new Error(
      `${command} ${args.join(' ')} did not end within ${limitMs / 1000} s\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/**
 * Runs a TypeScript file in a Node process of its own, as `runToEnd` does. Node loads tsx itself:
 * through npx, each run took twice as long (1.3 s here), most of it finding the package.
 */
export const runTypeScript = (
  file: string,
  args: readonly string[],
  limitMs: number,
  options?: Omit<SpawnSyncOptions, 'encoding' | 'timeout' | 'killSignal'>,
): SpawnSyncReturns<string> => runToEnd(process.execPath, ['--import', 'tsx', file, ...args], limitMs, options);
