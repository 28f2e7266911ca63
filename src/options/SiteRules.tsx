/** Per-site rules: sites where Claimlens always runs, or never does, whatever the run mode. */
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { siteHostname } from './hostname';

type Rule = 'always' | 'never';
const RULE_WORDS: Record<Rule, string> = { always: 'Always run', never: 'Never run' };

/** The list of rules with a form to add one and a Remove button per site. */
export function SiteRules({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const [input, setInput] = useState('');
  const [rule, setRule] = useState<Rule>('never');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  const add = (e: Event) => {
    e.preventDefault();
    const host = siteHostname(input);
    if (!host) {
      setError(input.trim() ? `“${input.trim()}” is not a site name. Type one like example.com.` : 'Type a site name, like example.com.');
      return;
    }
    onChange({ ...settings, sites: { ...settings.sites, [host]: rule } });
    setInput('');
    setError('');
    setMessage(`${host}: ${RULE_WORDS[rule].toLowerCase()}.`);
  };
  const remove = (host: string) => {
    const next = { ...settings.sites };
    delete next[host];
    onChange({ ...settings, sites: next });
    setMessage(`${host} removed.`);
  };

  return (
    <div class="site-rules">
      <form class="site-form" onSubmit={add} noValidate>
        <label>
          Site
          <input
            type="text"
            name="site"
            placeholder="example.com"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <label>
          Rule
          <select name="rule" value={rule} onChange={(e) => setRule(e.currentTarget.value === 'always' ? 'always' : 'never')}>
            <option value="always">{RULE_WORDS.always}</option>
            <option value="never">{RULE_WORDS.never}</option>
          </select>
        </label>
        <button type="submit">Add site</button>
      </form>
      {error && <p id="site-error" class="form-error">{error}</p>}
      {sites.length === 0 ? (
        <p class="hint">No sites listed: the run mode above applies everywhere.</p>
      ) : (
        <ul class="sites" aria-label="Site rules" data-testid="sites">
          {sites.map(([host, r]) => (
            <li key={host}>
              <span class="site-host">{host}</span>
              <span class="site-rule">{RULE_WORDS[r] ?? r}</span>
              <button type="button" aria-label={`Remove ${host}`} onClick={() => remove(host)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">{message}</p>
    </div>
  );
}
