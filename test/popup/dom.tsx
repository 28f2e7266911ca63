/**
 * Small helpers to render a preact page into happy-dom and find what a reader
 * finds: controls by their accessible names, lists by data-testid, sentences.
 */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/** Renders `node` into a fresh container in the document; returns the container. */
export async function mount(node: VNode): Promise<HTMLElement> {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(node, root);
  });
  return root;
}

/** Unmounts what `mount` rendered. */
export async function unmount(root: HTMLElement): Promise<void> {
  await act(async () => {
    render(null, root);
  });
}

/** Lets promises, effects and short timers run, in steps, until `check` holds; throws with `what` if it never does. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const holds = () => {
    try {
      return check();
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 200; i++) {
    if (holds()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 2));
    });
  }
  throw new Error(`never happened: ${what}\n${document.body.textContent?.slice(0, 500) ?? ''}`);
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of a labelled control or button (label text, aria-label, or content). */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) return labelledby.split(/\s+/).map((id) => text(el.ownerDocument.getElementById(id))).join(' ');
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
    const id = el.id;
    const byFor = id ? el.ownerDocument.querySelector(`label[for="${id}"]`) : null;
    return text(byFor ?? el.closest('label'));
  }
  return text(el);
}

/** The checkbox whose accessible name is exactly `name`. */
export function checkbox(root: Element, name: string): HTMLInputElement {
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((c) => nameOf(c) === name);
  if (found.length !== 1) throw new Error(`expected one checkbox named "${name}", found ${found.length}`);
  return found[0] as HTMLInputElement;
}

/** The buttons whose accessible name is `name` (exact) or matches it (RegExp). */
export function buttons(root: Element, name: string | RegExp): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => (typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b))));
}

/** The one button named `name`. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const found = buttons(root, name);
  if (found.length !== 1) throw new Error(`expected one button named ${String(name)}, found ${found.length}`);
  return found[0] as HTMLButtonElement;
}

/** Texts of the direct items of the list with `data-testid`. */
export function listItems(root: Element, testid: string): HTMLLIElement[] {
  const list = root.querySelector(`[data-testid="${testid}"]`);
  if (!list) throw new Error(`no list with data-testid="${testid}"`);
  return [...list.children].filter((c): c is HTMLLIElement => c.tagName === 'LI');
}

export { text };

/** Clicks an element inside act(), so effects of the click have run afterwards. */
export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}
