import type * as z from 'zod/mini';
import { ContentError } from './content-error.ts';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the offset of the bad character; turn it into the line an editor can jump to.
    const position = /position (\d+)/u.exec(message)?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    throw new ContentError(file, line, `not valid JSON: ${message}`);
  }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'does not match the expected shape';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** JSON checked against a schema; any problem is a ContentError naming the offending path. */
export function parseJsonFile<T>(text: string, file: string, schema: z.ZodMiniType<T>): T {
  const result = schema.safeParse(parseJson(text, file));
  if (!result.success) throw new ContentError(file, 1, describeIssue(result.error.issues[0]));
  return result.data;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** 1-based line of the first `"key":` in a JSON text, so errors point at the entry. */
export function lineOfKey(text: string, key: string): number {
  const match = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'u').exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}
