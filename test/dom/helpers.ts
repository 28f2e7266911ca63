/** Test helpers: a happy-dom page, and the CSS Custom Highlight API that happy-dom lacks. */
import { Window } from 'happy-dom';

/** A fresh page whose body is `html`. */
export function page(html: string, url = 'https://news.example/story'): Document {
  const window = new Window({ url });
  window.document.write(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

/** A stand-in for the browser's Highlight: a set of ranges with a priority. */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** Installs a `CSS.highlights` registry (a Map) and `Highlight` on the page's window; returns the registry. */
export function installHighlightApi(doc: Document): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const view = doc.defaultView as unknown as object;
  Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(view, 'Highlight', { value: FakeHighlight, configurable: true });
  return registry;
}
