// The popup page's entry: mounts the popup on #app.
import { render } from 'preact';
import { Popup } from './Popup';

const root = document.getElementById('app');
if (root) render(<Popup search={location.search} />, root);
