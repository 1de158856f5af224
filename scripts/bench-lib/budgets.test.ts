import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetMisses } from './budgets.ts';

/** What `report` printed and the exit code it returned. */
function reported(misses: BudgetMisses, prefix?: string): { printed: string; code: number } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const code = misses.report('all budgets met', prefix);
  return { printed: log.mock.calls.map((call) => call.join(' ')).join('\n'), code };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BudgetMisses', () => {
  it('holds a ceiling met at or under it, and misses one above it or without a figure', () => {
    const misses = new BudgetMisses();
    misses.atMost(100, 100, 'at the ceiling');
    misses.atMost(101, 100, 'over the ceiling');
    misses.atMost(null, 100, 'no figure');
    expect(reported(misses)).toEqual({ printed: 'over the ceiling\nno figure', code: 1 });
  });

  it('holds a floor met at or over it, and misses one below it', () => {
    const misses = new BudgetMisses();
    misses.atLeast(90, 90, 'at the floor');
    misses.atLeast(89, 90, 'under the floor');
    expect(reported(misses)).toEqual({ printed: 'under the floor', code: 1 });
  });

  it('checks nothing where a budget is left out', () => {
    const misses = new BudgetMisses();
    misses.atMost(null, undefined, 'no ceiling');
    misses.atLeast(0, undefined, 'no floor');
    expect(reported(misses)).toEqual({ printed: 'all budgets met', code: 0 });
  });

  it('puts the prefix before each miss, in the order they were found', () => {
    const misses = new BudgetMisses();
    misses.check(false, 'first');
    misses.check(true, 'held');
    misses.check(false, 'second');
    expect(reported(misses, 'MISSED: ')).toEqual({ printed: 'MISSED: first\nMISSED: second', code: 1 });
  });
});
