// Guard for changes that must not change what the analysis finds (speed work, refactors):
// analyses every corpus page (source.html through articleFromHtml), every Recognizers-Text
// spec input, and a few hostile texts, and saves or compares the whole Analysis JSON, offsets
// included. `--save FILE` writes the snapshot; `--check FILE` prints the first differences
// per text and exits 1 when any text's analysis changed.
// Run: node --import tsx scripts/analysis-snapshot.mjs --save /tmp/before.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromHtml } from '../src/cli/html.ts';
import { analyze } from '../src/analysis/index.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** Every Input string of a Recognizers-Text spec file tree. */
function specInputs(dir) {
  const out = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) out.push(...specInputs(path));
    else if (name.name.endsWith('.json')) {
      for (const c of JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))) if (typeof c.Input === 'string') out.push(c.Input);
    }
  }
  return out;
}

/** The texts: name → article input. */
function texts() {
  const out = new Map();
  const articles = join(FIXTURES, 'articles');
  for (const slug of readdirSync(articles).sort()) {
    const html = join(articles, slug, 'source.html');
    if (existsSync(html)) out.set(`article:${slug}`, articleFromHtml(readFileSync(html, 'utf8')));
  }
  specInputs(join(FIXTURES, 'recognizers-specs')).forEach((text, i) => out.set(`spec:${i}`, { title: '', text }));
  const q = '"He said \'she said “they said”\'" ';
  out.set('hostile:nested-quotes', { title: 'Quotes', text: q.repeat(2000) });
  out.set('hostile:no-spaces', { title: '', text: 'x'.repeat(200_000) + '5'.repeat(1000) });
  out.set('hostile:binary', { title: '', text: Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('') });
  return out;
}

/** First differing paths between two JSON values, at most `max`. */
function diff(a, b, path = '', out = [], max = 5) {
  if (out.length >= max) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== b) out.push(`${path || '.'}: ${JSON.stringify(a)?.slice(0, 160)} → ${JSON.stringify(b)?.slice(0, 160)}`);
    return out;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], `${path}.${k}`, out, max);
  return out;
}

const [mode, file] = process.argv.slice(2);
if (!['--save', '--check'].includes(mode) || !file) {
  process.stderr.write('usage: analysis-snapshot.mjs --save FILE | --check FILE\n');
  process.exit(2);
}
const now = {};
for (const [name, input] of texts()) now[name] = JSON.parse(JSON.stringify(analyze(input)));
if (mode === '--save') {
  writeFileSync(file, JSON.stringify(now));
  process.stdout.write(`saved ${Object.keys(now).length} analyses to ${file}\n`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  let changed = 0;
  for (const name of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const d = diff(before[name], now[name]);
    if (d.length === 0) continue;
    changed++;
    if (changed <= 12) process.stdout.write(`${name}\n  ${d.join('\n  ')}\n`);
  }
  process.stdout.write(`${changed} of ${Object.keys(now).length} analyses changed\n`);
  process.exit(changed ? 1 : 0);
}
