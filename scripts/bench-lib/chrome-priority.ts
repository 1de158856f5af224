/**
 * On this 2-core machine the page's main thread shares the cores with Chrome's own processes: the
 * browser process, which streams Lighthouse's trace and screenshots, and the GPU process, which
 * composites every frame in software here (there is no GPU). Their work made each task of the
 * page take about twice its CPU time, and Lighthouse builds TBT from that wall time. A phone
 * composites on its GPU. Run as root, as here, Chrome even raises some of its own threads over
 * the page's (the GPU process's compositor and the browser's IO thread, to nice -8). So the bench
 * runs every thread of Chrome's own processes at a low priority (nice 10) and leaves the page's
 * renderers, and the zygotes that start them, as Chrome set them: the page's work is measured as
 * it is, with less of Chrome's own in its wall time. Linux only; elsewhere nothing changes. */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

export const CHROME_OWN_NICENESS = 10;

export interface ProcessEntry {
  pid: number;
  parentPid: number;
  args: string[];
}

const processType = (args: string[]) => args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);

/**
 * The browser process and those it started, but for the page's renderers and the zygotes that
 * start them. A zygote starts the GPU process too, which is taken.
 */
export function chromeOwnProcesses(processes: ProcessEntry[], browserPid: number): number[] {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of processes) children.set(entry.parentPid, [...(children.get(entry.parentPid) ?? []), entry]);
  const own: number[] = [];
  const visit = (pid: number, type: string | undefined) => {
    if (type === 'renderer') return;
    if (type !== 'zygote') own.push(pid);
    for (const child of children.get(pid) ?? []) visit(child.pid, processType(child.args));
  };
  visit(browserPid, undefined);
  return own;
}

/**
 * A process from its /proc files. The command name in `stat`, in parentheses, may hold spaces:
 * the fields after it are fixed. Chrome rewrites its children's command lines into one string,
 * so arguments are split at spaces as well as at NULs.
 */
export function processEntry(pid: number, stat: string, cmdline: string): ProcessEntry {
  const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return { pid, parentPid, args: cmdline.split(/[\0 ]/u).filter(Boolean) };
}

/** Every process's parent and arguments, from /proc; empty where there is no /proc. */
function processTable(): ProcessEntry[] {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/u.test(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const read = (file: string) => readFileSync(`/proc/${name}/${file}`, 'utf8');
      return [processEntry(Number(name), read('stat'), read('cmdline'))];
    } catch {
      return []; // the process ended while being read
    }
  });
}

/** A process's threads: Linux sets a priority a thread at a time, and Chrome raises some of them. */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/**
 * Lowers the priority of every thread of Chrome's own processes; run before each Lighthouse run,
 * since Chrome starts processes and threads as it needs them. Returns how many processes it set.
 */
export function lowerChromeOwnPriority(browserPid: number): number {
  const own = chromeOwnProcesses(processTable(), browserPid);
  for (const thread of own.flatMap(threadsOf)) {
    try {
      setPriority(thread, CHROME_OWN_NICENESS);
    } catch {
      // Ended meanwhile, or not ours to change.
    }
  }
  return own.length;
}
