import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { followPage } from '../../src/dom/follow';
import { page } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Changes the page every `everyMs` until stopped. */
function mutateForever(doc: Document, everyMs: number): () => void {
  const live = doc.getElementById('live')!;
  let n = 0;
  const id = setInterval(() => {
    live.textContent = `tick ${n++}`;
  }, everyMs);
  return () => clearInterval(id);
}

describe('followPage', () => {
  test('one change is checked once, after the page settles', async () => {
    const doc = page('<article><p>Story</p></article><div id="live"></div>');
    const onChange = vi.fn();
    const follower = followPage(doc.body, onChange, { debounceMs: 500 });
    doc.querySelector('article')!.append(doc.createElement('p'));
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    follower.stop();
  });

  test('a burst of changes gives one check', async () => {
    const doc = page('<div id="live"></div>');
    const onChange = vi.fn();
    followPage(doc.body, onChange, { debounceMs: 500 });
    const stop = mutateForever(doc, 50);
    await vi.advanceTimersByTimeAsync(1_000);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('a page that never stops changing is still followed, but within the cap, and less and less often', async () => {
    const doc = page('<div id="live"></div>');
    const onChange = vi.fn();
    const follower = followPage(doc.body, onChange, { debounceMs: 500, maxPerMinute: 6 });
    const stop = mutateForever(doc, 100);
    const perMinute: number[] = [];
    for (let minute = 0; minute < 10; minute++) {
      const before = onChange.mock.calls.length;
      await vi.advanceTimersByTimeAsync(60_000);
      perMinute.push(onChange.mock.calls.length - before);
    }
    stop();
    follower.stop();
    console.log('checks per minute on a page that never settles:', perMinute.join(' '));
    expect(perMinute[0]).toBeGreaterThan(0);
    for (const n of perMinute) expect(n).toBeLessThanOrEqual(6);
    expect(perMinute.slice(5).reduce((a, b) => a + b, 0)).toBeLessThan(perMinute.slice(0, 5).reduce((a, b) => a + b, 0) + 1);
    expect(follower.runs).toBe(perMinute.reduce((a, b) => a + b, 0));
  });

  test('changes inside ignored nodes (Claimlens\'s own host) are not changes', async () => {
    const doc = page('<div id="own"></div><div id="live"></div>');
    const own = doc.getElementById('own')!;
    const onChange = vi.fn();
    followPage(doc.body, onChange, { debounceMs: 100, ignore: (n) => own.contains(n) });
    for (let i = 0; i < 20; i++) own.append(doc.createElement('span'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('stop ends all work: no check after it, even with changes pending', async () => {
    const doc = page('<div id="live"></div>');
    const onChange = vi.fn();
    const follower = followPage(doc.body, onChange, { debounceMs: 100 });
    doc.getElementById('live')!.textContent = 'x';
    await vi.advanceTimersByTimeAsync(10);
    follower.stop();
    doc.getElementById('live')!.textContent = 'y';
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('an onChange that throws does not stop the following', async () => {
    const doc = page('<div id="live"></div>');
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    followPage(doc.body, onChange, { debounceMs: 100 });
    doc.getElementById('live')!.textContent = 'x';
    await vi.advanceTimersByTimeAsync(500);
    doc.getElementById('live')!.textContent = 'y';
    await vi.advanceTimersByTimeAsync(5_000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
