/**
 * The explanation card: a small box in Claimlens's own shadow-DOM host, which page
 * CSS cannot reach. The host is added to <html> only while the card is visible and
 * removed when it closes, so the page's DOM is otherwise untouched.
 */
import type { Explanation } from './explain';

const CARD_CSS = `
:host { all: initial !important; }
.card { position: fixed; z-index: 2147483647; max-width: min(360px, calc(100vw - 16px)); box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; border: 1px solid #4b5563; background: #111827; color: #f9fafb;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.35); }
h2 { margin: 0 0 4px; font-size: 13px; font-weight: 700; }
ul { margin: 0; padding: 0 0 0 0; list-style: none; }
li { margin: 2px 0; }
section + section { margin-top: 8px; padding-top: 8px; border-top: 1px solid #374151; }
button { margin-top: 8px; font: inherit; color: #111827; background: #e5e7eb; border: 1px solid #9ca3af; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 2px; }
`;

/** The card: shown next to a rectangle, hidden again; one per page. */
export interface ExplanationCard {
  show(explanations: Explanation[], anchor: DOMRect): void;
  hide(): void;
  readonly visible: boolean;
  /** True when `node` is the card's host (events from inside a closed shadow root retarget to it). */
  owns(node: EventTarget | null): boolean;
  /** Moves keyboard focus into the card (its close button). */
  focus(): void;
}

/** Creates the (hidden) card for `doc`; `onClose` hears when the reader closes it. */
export function createCard(doc: Document, onClose: () => void = () => {}): ExplanationCard {
  const host = doc.createElement('div');
  host.setAttribute('data-claimlens', 'card');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const box = doc.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Claimlens explanation');
  box.setAttribute('aria-live', 'polite');
  root.append(style, box);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close (Esc)';
  close.addEventListener('click', () => {
    card.hide();
    onClose();
  });

  const card: ExplanationCard = {
    get visible() {
      return host.isConnected;
    },
    show(explanations, anchor) {
      box.replaceChildren();
      for (const e of explanations) {
        const section = doc.createElement('section');
        const h = doc.createElement('h2');
        h.textContent = e.heading;
        const ul = doc.createElement('ul');
        for (const line of e.lines) {
          const li = doc.createElement('li');
          li.textContent = line;
          ul.append(li);
        }
        section.append(h, ul);
        box.append(section);
      }
      box.append(close);
      if (!host.isConnected) doc.documentElement.append(host);
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const width = Math.min(360, vw - 16);
      const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
      const below = anchor.bottom + 8;
      const height = box.getBoundingClientRect?.().height || 120;
      const top = below + height < vh || anchor.top - height - 8 < 0 ? below : anchor.top - height - 8;
      box.style.left = `${left}px`;
      box.style.top = `${Math.max(8, top)}px`;
    },
    hide() {
      if (host.isConnected) host.remove();
    },
    owns(node) {
      return node === host;
    },
    focus() {
      if (host.isConnected) close.focus();
    },
  };
  return card;
}
