/**
 * Chromium tracing over CDP, to attribute main-thread tasks to Claimlens: Long Animation
 * Frame entries do not list extension scripts, and 'longtask' entries name no script at
 * all. In the trace, every run of a content-script function is an EvaluateScript or
 * FunctionCall event whose url is chrome-extension://…; the top-level task holding it is
 * a task the reader waits on because of Claimlens.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; functionName?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'v8.run']);

/** Starts tracing the browser (the page's CDP session reaches the whole trace). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
}

/** Stops tracing and returns its events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  if (!stream) return [];
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
}

export interface ClaimlensTasks {
  /** Longest top-level main-thread task that ran Claimlens code, ms. */
  longestTaskMs: number | null;
  /** Longest single run of Claimlens code inside a task, ms. */
  longestScriptMs: number | null;
  /** Tasks that ran Claimlens code. */
  tasks: number;
}

const isExtension = (e: TraceEvent): boolean => {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  return /^(chrome|moz)-extension:\/\//.test(url);
};

/** The Claimlens tasks on renderer main threads (content scripts; the service worker runs elsewhere). */
export function claimlensTasks(events: TraceEvent[]): ClaimlensTasks {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent): boolean => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && typeof e.dur === 'number';
  const tasks = events.filter((e) => onMain(e) && TASKS.has(e.name)).sort((a, b) => a.ts - b.ts);
  const scripts = events.filter((e) => onMain(e) && SCRIPTS.has(e.name) && isExtension(e));
  let longestTask = 0;
  let longestScript = 0;
  const hit = new Set<TraceEvent>();
  for (const s of scripts) {
    longestScript = Math.max(longestScript, s.dur!);
    // The last task on that thread starting at or before the script is the one holding it.
    let lo = 0, hi = tasks.length - 1, found: TraceEvent | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.ts <= s.ts) { lo = mid + 1; } else hi = mid - 1;
    }
    for (let k = hi; k >= 0 && k > hi - 50; k--) {
      const t = tasks[k]!;
      if (t.pid === s.pid && t.tid === s.tid && t.ts <= s.ts && s.ts <= t.ts + t.dur!) { found = t; break; }
    }
    if (found) { hit.add(found); longestTask = Math.max(longestTask, found.dur!); }
    else longestTask = Math.max(longestTask, s.dur!);
  }
  const ms = (us: number): number => Math.round(us / 100) / 10;
  return {
    longestTaskMs: scripts.length ? ms(longestTask) : null,
    longestScriptMs: scripts.length ? ms(longestScript) : null,
    tasks: hit.size,
  };
}
