import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a bench builds, and for where: the site is always mounted at the root of `siteUrl`. */
export interface SiteBuild {
  siteUrl: string;
  /** The page files to build from; without it, the project's (or the shell's CONTENT_DIR). */
  contentDir?: string;
  /** Where the site goes; without it, dist/, whatever the shell has set. */
  outDir?: string;
}

/** The steps of `npm run build` (package.json), for a bench that times each on its own. */
export const BUILD_STEPS = [
  { name: 'vite build (app)', command: ['npx', 'vite', 'build'] },
  { name: 'vite build (server)', command: ['npx', 'vite', 'build', '--ssr', 'src/entry-server.tsx'] },
  { name: 'prerender', command: ['npx', 'tsx', 'scripts/prerender.ts'] },
] as const;

/** The environment the build steps read `build` from. */
export function buildEnv({ siteUrl, contentDir, outDir }: SiteBuild): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: siteUrl, BASE_PATH: '/' };
  if (contentDir !== undefined) env.CONTENT_DIR = contentDir;
  if (outDir !== undefined) env.OUT_DIR = outDir;
  else delete env.OUT_DIR;
  return env;
}

/**
 * Runs `npm run build` for `build`; `signal` stops it. Its output goes to stderr, where a bench
 * reports progress, unless `quiet`; its errors go there either way.
 */
export async function buildSite(
  build: SiteBuild,
  { quiet, signal }: { quiet: boolean; signal?: AbortSignal },
): Promise<void> {
  const child = spawn('npm', ['run', ...(quiet ? ['--silent'] : []), 'build'], {
    cwd: ROOT,
    env: buildEnv(build),
    stdio: ['ignore', quiet ? 'ignore' : process.stderr, 'inherit'],
    signal,
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm run build failed with exit code ${code}`);
}
