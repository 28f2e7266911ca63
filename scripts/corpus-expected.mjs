// Rewrites test/fixtures/articles/<slug>/expected.json with what the analysis finds on each page
// (source.html through articleFromHtml, then analyze), so a change to the rules shows up as a diff
// a reviewer can read. Offsets are left out: they move whenever text extraction changes.
// Run: npm run corpus:expected [-- slug ...]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromHtml } from '../src/cli/html.ts';
import { analyze } from '../src/analysis/index.ts';

const ARTICLES = fileURLToPath(new URL('../test/fixtures/articles/', import.meta.url));

/** The reviewable part of an analysis: what was found, in article order, without offsets. */
function expectedOf(a) {
  return {
    title: a.title,
    numbers: a.numbers.map((n) => ({ text: n.text, value: n.value, unit: n.unit, kind: n.kind, approximate: n.approximate })),
    attributions: a.attributions.map((x) => ({ text: x.text, source: x.source, cue: x.cue, anonymous: x.anonymous })),
    hedges: a.hedges.map((h) => h.text),
    claims: a.claims.map((c) => ({
      text: c.text,
      score: c.score,
      reasons: c.reasons,
      source: c.attribution === undefined ? null : a.attributions[c.attribution]?.source ?? null,
      hedged: c.hedged,
    })),
    objectives: a.objectives.map((o) => o.text),
    sources: a.sources.map((s) => ({ name: s.name, type: s.type, mentions: s.mentions, claims: s.claims.length })),
  };
}

const wanted = process.argv.slice(2);
const slugs = readdirSync(ARTICLES)
  .filter((s) => existsSync(join(ARTICLES, s, 'source.html')))
  .filter((s) => wanted.length === 0 || wanted.includes(s))
  .sort();

for (const slug of slugs) {
  let expected;
  try {
    expected = expectedOf(analyze(articleFromHtml(readFileSync(join(ARTICLES, slug, 'source.html'), 'utf8'))));
  } catch (e) {
    expected = { error: e instanceof Error ? e.message : String(e) };
  }
  writeFileSync(join(ARTICLES, slug, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  const summary = expected.error ? `error: ${expected.error}` : `${expected.numbers.length} numbers, ${expected.attributions.length} attributions, ${expected.claims.length} claims, ${expected.objectives.length} objectives, ${expected.sources.length} sources`;
  console.log(`${slug}: ${summary}`);
}
