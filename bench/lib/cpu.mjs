// CPU time of the page's renderer process, all its threads (Linux: /proc/<pid>/task/*/schedstat,
// nanoseconds on a CPU): a figure that other work on a busy machine does not inflate the way it
// inflates wall-clock performance.now() timings (time spent waiting for a CPU is not counted).
// All threads, not only the main one: V8's parallel GC and compiler threads do part of the work
// while the main thread waits for them. On an idle machine the wall time of the same work lies
// between the main thread's share and this sum. The renderer processes are listed by CDP
// SystemInfo.getProcessInfo; the page's is the one that ran the most meanwhile.
import { readdirSync, readFileSync } from 'node:fs';

function runNs(pid) {
  let total = 0;
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return NaN;
  }
  for (const tid of tasks) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return total;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<null | { measure: (fn: () => Promise<unknown>) => Promise<number> }>} null when
 *   unavailable (not Linux, no schedstat); `measure` runs fn and returns the CPU ms of the renderer
 *   process that did the most work meanwhile.
 */
export async function rendererCpuMeter(browser) {
  if (process.platform !== 'linux') return null;
  let cdp;
  try {
    cdp = await browser.newBrowserCDPSession();
    await cdp.send('SystemInfo.getProcessInfo');
  } catch {
    return null;
  }
  const renderers = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  if (!Number.isFinite(runNs(process.pid))) return null; // no schedstat in this kernel/container
  return {
    async measure(fn) {
      const pids = await renderers();
      const before = new Map(pids.map((pid) => [pid, runNs(pid)]));
      await fn();
      let best = 0;
      for (const pid of pids) {
        const d = runNs(pid) - before.get(pid);
        if (Number.isFinite(d) && d > best) best = d;
      }
      return best / 1e6;
    },
  };
}
