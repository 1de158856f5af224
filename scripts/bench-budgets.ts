import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const BUDGETS_FILE = new URL('../bench/budgets.json', import.meta.url);

/** One bench's section of bench/budgets.json, checked against that bench's schema. */
export async function readBudgets<T>(section: string, schema: z.ZodType<T>): Promise<T> {
  const file = z.record(z.string(), z.unknown()).parse(JSON.parse(await readFile(BUDGETS_FILE, 'utf8')));
  return schema.parse(file[section]);
}
