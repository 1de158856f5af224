import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const BUDGETS_FILE = new URL('../../bench/budgets.json', import.meta.url);

/** One bench's section of bench/budgets.json, checked against that bench's schema. */
export async function readBudgets<T>(section: string, schema: z.ZodType<T>): Promise<T> {
  const file = z.record(z.string(), z.unknown()).parse(JSON.parse(await readFile(BUDGETS_FILE, 'utf8')));
  return schema.parse(file[section]);
}

/** The budgets a bench missed, each in the words the bench reports it with. */
export class BudgetMisses {
  readonly #misses: string[] = [];

  /** Notes `miss` unless `ok`. */
  check(ok: boolean, miss: string): void {
    if (!ok) this.#misses.push(miss);
  }

  /** A ceiling: missed when it is set and the figure is missing or above it. */
  atMost(figure: number | null, budget: number | undefined, miss: string): void {
    this.check(budget === undefined || (figure !== null && figure <= budget), miss);
  }

  /** A floor: missed when it is set and the figure is missing or below it. */
  atLeast(figure: number | null, budget: number | undefined, miss: string): void {
    this.check(budget === undefined || (figure !== null && figure >= budget), miss);
  }

  /** Prints each miss on a line of its own after `prefix`, or `allMet`; returns the exit code, 1 on any miss. */
  report(allMet: string, prefix = ''): number {
    console.log(this.#misses.length > 0 ? this.#misses.map((miss) => `${prefix}${miss}`).join('\n') : allMet);
    return this.#misses.length > 0 ? 1 : 0;
  }
}
