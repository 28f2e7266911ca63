/**
 * Follows pages that change after first paint (single-page apps, "load more", live
 * blogs, client-side navigation) without ever looping or piling up work: changes
 * are debounced, re-checks are capped per minute, and a page that never stops
 * changing is checked less and less often.
 */

export interface FollowOptions {
  /** Quiet time after the last change before a re-check (ms). */
  debounceMs?: number;
  /** Most re-checks in any sliding minute. */
  maxPerMinute?: number;
  /** Longest wait the back-off grows to (ms). */
  maxDelayMs?: number;
  /** Changes that are not the page's (Claimlens's card host, the <head>): ignored. Given the changed node and its record. */
  ignore?: (node: Node, record: MutationRecord) => boolean;
}

/** A running follower. */
export interface Follower {
  stop(): void;
  /** How many times `onChange` has run (for the state and tests). */
  readonly runs: number;
}

/**
 * Observes `target`'s subtree and calls `onChange` after the page settles. Mutations
 * inside ignored nodes (Claimlens's own host) are not changes. `onChange` should
 * re-extract and re-analyse only when the article text differs; it is never
 * called more than `maxPerMinute` times a minute, and while the page keeps changing
 * the wait doubles up to `maxDelayMs`.
 */
export function followPage(target: Node, onChange: () => void, opts: FollowOptions = {}): Follower {
  const debounceMs = opts.debounceMs ?? 800;
  const maxPerMinute = opts.maxPerMinute ?? 6;
  const maxDelayMs = opts.maxDelayMs ?? 60_000;
  const ignore = opts.ignore ?? (() => false);
  const history: number[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let delay = debounceMs;
  let runs = 0;
  let stopped = false;
  /** When the first change not yet checked happened (0: none). */
  let pendingSince = 0;
  /** No check before this time: the per-minute cap is spent. */
  let blockedUntil = 0;
  let lastChange = 0;

  const fire = () => {
    timer = null;
    if (stopped) return;
    const now = Date.now();
    while (history.length && now - history[0]! >= 60_000) history.shift();
    if (history.length >= maxPerMinute) {
      // Over the cap: wait until the oldest check leaves the window, and slow down.
      delay = Math.min(delay * 2, maxDelayMs);
      blockedUntil = now + Math.max(60_000 - (now - history[0]!), delay);
      timer = setTimeout(fire, blockedUntil - now);
      return;
    }
    history.push(now);
    pendingSince = 0;
    if (now - lastChange < debounceMs) delay = Math.min(delay * 2, maxDelayMs);
    runs++;
    try {
      onChange();
    } catch {
      // The caller reports its own errors; the follower keeps its schedule.
    }
  };

  const observer = createObserver(target, (records: MutationRecord[]) => {
    if (stopped) return;
    let ours = true;
    try {
      for (const r of records) {
        if (!ignore(r.target, r)) {
          ours = false;
          break;
        }
      }
    } catch {
      // An ignore rule that fails on an odd record counts the change as the page's.
      ours = false;
    }
    if (ours) return;
    const now = Date.now();
    // A page quiet for a while starts afresh; one that keeps changing waits longer each time.
    if (now - lastChange > 10 * debounceMs) delay = debounceMs;
    lastChange = now;
    if (!pendingSince) pendingSince = now;
    if (timer) clearTimeout(timer);
    // Debounced, but a page that never settles is still checked once `maxWait` has passed.
    const maxWait = Math.max(4 * delay, 5_000);
    timer = setTimeout(fire, Math.max(0, blockedUntil - now, Math.min(delay, pendingSince + maxWait - now)));
  });
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    get runs() {
      return runs;
    },
  };
}

/**
 * A MutationObserver from the page's window, else from the script's own realm:
 * a page that replaced `window.MutationObserver` with something that is not a
 * constructor still gets followed when the script's own one works. Throws when
 * neither can observe (the caller then does without following).
 */
function createObserver(target: Node, callback: MutationCallback): MutationObserver {
  const view = (target.ownerDocument ?? (target as Document)).defaultView as (typeof globalThis) | null;
  let lastError: unknown = new Error('no MutationObserver');
  for (const MO of [view?.MutationObserver, globalThis.MutationObserver]) {
    if (typeof MO !== 'function') continue;
    try {
      const observer = new MO(callback);
      observer.observe(target, { childList: true, subtree: true, characterData: true });
      return observer;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}
