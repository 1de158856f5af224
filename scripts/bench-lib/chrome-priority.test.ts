import { describe, expect, it } from 'vitest';
import { chromeOwnProcesses, type ProcessEntry, processEntry } from './chrome-priority.ts';

const entry = (pid: number, parentPid: number, ...args: string[]): ProcessEntry => ({
  pid,
  parentPid,
  args: ['/usr/lib/chromium/chromium', ...args],
});

describe('chromeOwnProcesses', () => {
  it('takes the browser, its GPU and utility processes and theirs, and leaves the renderers and the zygotes', () => {
    const table = [
      entry(1, 0, '--headless=new'),
      entry(100, 1, '--headless=new'), // the browser
      entry(101, 100, '--type=zygote', '--no-zygote-sandbox'),
      entry(102, 100, '--type=zygote'),
      entry(103, 102, '--type=zygote'),
      entry(104, 103, '--type=renderer'),
      entry(105, 101, '--type=gpu-process'),
      entry(106, 100, '--type=utility', '--utility-sub-type=network.mojom.NetworkService'),
      entry(107, 106, 'helper'),
      entry(108, 100, 'chrome_crashpad_handler'),
      entry(200, 1, '--type=renderer'), // another browser's
    ];
    expect(chromeOwnProcesses(table, 100).sort()).toEqual([100, 105, 106, 107, 108]);
  });

  it('is the browser alone when it has started nothing', () => {
    expect(chromeOwnProcesses([entry(100, 1)], 100)).toEqual([100]);
  });
});

describe('processEntry', () => {
  it('reads the parent after a command name with spaces, and the arguments of a command line Chrome rewrote', () => {
    const entry = processEntry(
      4611,
      '4611 (chromium (rend) S 4561 4540 4540 0 -1 4194560',
      '/usr/lib/chromium/chromium --type=renderer --lang=en-US\0',
    );
    expect(entry).toEqual({
      pid: 4611,
      parentPid: 4561,
      args: ['/usr/lib/chromium/chromium', '--type=renderer', '--lang=en-US'],
    });
  });

  it('reads a command line as the kernel keeps it, one argument after each NUL', () => {
    expect(processEntry(1, '1 (init) S 0 1 1', '/sbin/init\0splash\0').args).toEqual(['/sbin/init', 'splash']);
  });
});
