// The popup page's entry: mounts the popup on #app.
import { render } from 'preact';
import { Popup } from './Popup';
import { readQuery } from './target';

// Set before the first paint, so a full report never flashes at popup width.
document.documentElement.dataset.layout = readQuery(location.search).report ? 'report' : 'popup';

const root = document.getElementById('app');
if (root) {
  // The HTML's "Opening…" sentence goes first: preact would otherwise try to reuse it.
  root.replaceChildren();
  render(<Popup search={location.search} />, root);
}
