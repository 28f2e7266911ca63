// The options page's entry: mounts the options on #app.
import { render } from 'preact';
import { Options } from './Options';

const root = document.getElementById('app');
if (root) {
  // The HTML's "Opening…" sentence goes first: preact would otherwise try to reuse it.
  root.replaceChildren();
  render(<Options />, root);
}
