/**
 * The report as Markdown, for "Copy as Markdown": the same sections as the popup,
 * with the page's words escaped so they stay words.
 */
import type { Analysis } from '../analysis/types';
import { HEADLINE_LABELS, KIND_NOUNS, countOf } from '../shared/ui/labels';
import { claimsOf, groupSources, unsourced } from './report-data';

/** Escapes Markdown's punctuation and folds line breaks, so page text cannot add links, emphasis or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]{}()<>#+!|~]/g, '\\$&').replace(/^(\d+)\./, '$1\\.').replace(/^-/, '\\-');
}

const hedged = (on: boolean) => (on ? ' _(hedged)_' : '');

/** Renders the analysis (and the page address, when known) as a Markdown document. */
export function analysisToMarkdown(a: Analysis, url?: string): string {
  const out: string[] = [`# ${escapeMarkdown(a.title || 'Untitled article')}`, ''];
  if (url) out.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(
    [countOf(a.claims.length, KIND_NOUNS.claim), countOf(a.numbers.length, KIND_NOUNS.number), countOf(a.attributions.length, KIND_NOUNS.attribution), countOf(a.hedges.length, KIND_NOUNS.hedge)].join(' · '),
    '',
  );

  out.push('## Stated objectives', '');
  if (a.objectives.length === 0) out.push('None stated.');
  a.objectives.forEach((o, i) => out.push(`${i + 1}. ${escapeMarkdown(o.text)}`));
  out.push('');
  if (a.ledger.summary) out.push('## Source ledger', '', escapeMarkdown(a.ledger.summary), '');

  if (a.headline.length > 0) {
    out.push('## Headline against body', '');
    for (const h of a.headline) {
      const body = h.body ? ` (body: “${escapeMarkdown(h.body)}”)` : '';
      out.push(`- “${escapeMarkdown(h.text)}”: ${HEADLINE_LABELS[h.status] ?? h.status}${body}`);
    }
    out.push('');
  }

  out.push('## Sources', '');
  if (a.sources.length === 0) out.push('No sources cited.', '');
  for (const group of groupSources(a)) {
    out.push(`### ${group.heading}`, '');
    for (const { source } of group.sources) {
      out.push(`- **${escapeMarkdown(source.name)}**: ${countOf(source.mentions, ['mention', 'mentions'])}, ${countOf(source.claims.length, KIND_NOUNS.claim)}`);
      for (const ci of claimsOf(a, source)) {
        const c = a.claims[ci];
        if (c) out.push(`  - ${escapeMarkdown(c.text)}${hedged(c.hedged)}`);
      }
    }
    out.push('');
  }

  const none = unsourced(a);
  if (none) {
    out.push('## No source given', '');
    if (none.claims.length === 0 && none.numbers.length === 0) out.push('Every claim cites a source.');
    for (const i of none.claims) {
      const c = a.claims[i];
      if (c) out.push(`- ${escapeMarkdown(c.text)}${hedged(c.hedged)}`);
    }
    for (const i of none.numbers) {
      const n = a.numbers[i];
      if (n) out.push(`- Number: ${escapeMarkdown(n.text)}`);
    }
    out.push('');
  }

  if (a.hedges.length > 0) out.push('## Hedges', '', a.hedges.map((h) => escapeMarkdown(h.text)).join(', '), '');
  return out.join('\n');
}
