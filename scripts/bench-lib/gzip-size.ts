import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** A file's size gzipped at level 9: the least a static host that compresses would send. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}
