import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BUILD_STEPS } from './build-site.ts';

/** What the prerenderer says of the photos step: "photos: N (E encoded, …), F files (X MB)". */
export interface PhotoStep {
  photos: number;
  encoded: number;
}

export function readPhotoStep(stdout: string): PhotoStep | undefined {
  const match = /^photos: (\d+) \((\d+) encoded/mu.exec(stdout);
  return match ? { photos: Number(match[1]), encoded: Number(match[2]) } : undefined;
}

const KB = 1024;
const MB = 1024 * 1024;

export interface StepResult {
  name: string;
  wallS: number;
  cpuS: number;
  peakMb: number;
  /** The prerenderer's own account of where its time went ("prerender steps: …"), when it gives one. */
  detail?: string;
  /** The prerenderer's account of the photos step, when it gives one. */
  photos?: PhotoStep;
}

/** The wall-clock seconds of steps run one after another. */
export const wallOf = (steps: readonly StepResult[]) => steps.reduce((sum, step) => sum + step.wallS, 0);

/** Runs one build step under GNU time, for its CPU time and peak memory as well as its wall time. */
export function runStep(step: (typeof BUILD_STEPS)[number], env: NodeJS.ProcessEnv): StepResult {
  const report = join(tmpdir(), `bench-scale-time-${process.pid}.txt`);
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, ...step.command], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
  });
  if (result.status !== 0) throw new Error(`${step.name} failed (exit ${result.status})`);
  const [wall = 0, user = 0, system = 0, peakKb = 0] = readFileSync(report, 'utf8')
    .trim()
    .split(/\s+/)
    .slice(-4)
    .map(Number);
  rmSync(report, { force: true });
  const stdout = result.stdout?.toString() ?? '';
  const detail = /^prerender steps: (.*)$/mu.exec(stdout)?.[1];
  const photos = readPhotoStep(stdout);
  return {
    name: step.name,
    wallS: wall,
    cpuS: user + system,
    peakMb: peakKb / KB,
    ...(detail ? { detail } : {}),
    ...(photos ? { photos } : {}),
  };
}
