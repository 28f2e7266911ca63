/** The options page: highlights on by default, run mode and site rules, theme, shortcut. */
import { HighlightSwitches } from '../shared/ui/HighlightSwitches';
import { useSettings } from '../shared/ui/use-settings';
import { RunModeChoice } from './RunMode';
import { ShortcutHint } from './Shortcut';
import { SiteRules } from './SiteRules';
import { ThemeChoice } from './Theme';

/** The whole page; every change is stored at once and reaches open pages and the popup. */
export function Options() {
  const [settings, save] = useSettings();
  return (
    <main class="options">
      <h1>Claimlens options</h1>
      <p>Changes are saved as you make them. Nothing leaves your browser.</p>
      {!settings ? (
        <p role="status">Reading your settings…</p>
      ) : (
        <>
          <section class="panel" aria-labelledby="kinds-heading">
            <h2 id="kinds-heading">Highlights</h2>
            <HighlightSwitches settings={settings} onChange={save} legend="Shown on pages by default" />
          </section>
          <section class="panel" aria-labelledby="run-heading">
            <h2 id="run-heading">When Claimlens runs</h2>
            <RunModeChoice settings={settings} onChange={save} />
            <h3>Sites</h3>
            <SiteRules settings={settings} onChange={save} />
          </section>
          <section class="panel" aria-labelledby="theme-heading">
            <h2 id="theme-heading">Appearance</h2>
            <ThemeChoice settings={settings} onChange={save} />
          </section>
          <section class="panel" aria-labelledby="shortcut-heading">
            <h2 id="shortcut-heading">Keyboard shortcut</h2>
            <ShortcutHint />
          </section>
        </>
      )}
    </main>
  );
}
