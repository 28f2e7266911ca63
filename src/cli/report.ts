/**
 * The human-readable report of one analysis: objectives, sources, claims with who
 * backs them, numbers and hedges. Colour only when asked (the caller decides from
 * the terminal and NO_COLOR).
 */
import type { Analysis } from '../analysis/types';

const CODES = { bold: '1', dim: '2', claim: '33', number: '36', attribution: '35', hedge: '34', heading: '1;4' } as const;
type Style = keyof typeof CODES;

/** Formats `analysis` for a person; `color` adds ANSI colours per kind. */
export function formatReport(analysis: Analysis, opts: { color: boolean; file?: string }): string {
  const paint = (style: Style, s: string) => (opts.color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const section = (name: string, count: number) => {
    out.push('');
    out.push(paint('heading', `${name} (${count})`));
  };

  if (opts.file) out.push(paint('dim', opts.file));
  out.push(paint('bold', analysis.title || '(untitled)'));
  const words = analysis.text.split(/\s+/).filter(Boolean).length;
  out.push(paint('dim', `${words} words · ${analysis.claims.length} claims · ${analysis.numbers.length} numbers · ${analysis.attributions.length} attributions · ${analysis.hedges.length} hedges`));

  section('Objectives', analysis.objectives.length);
  analysis.objectives.forEach((o, i) => out.push(`  ${i + 1}. ${one(o.text)}`));

  section('Sources', analysis.sources.length);
  for (const s of analysis.sources) {
    const backs = s.claims.length ? `, backs ${s.claims.length} claim${s.claims.length === 1 ? '' : 's'}` : '';
    out.push(`  • ${paint('attribution', s.name)} ${paint('dim', `(${s.type}, ${s.mentions} mention${s.mentions === 1 ? '' : 's'}${backs})`)}`);
  }
  const { ledger } = analysis;
  if (ledger) out.push(paint('dim', `  claims: ${ledger.named} named source, ${ledger.anonymous} anonymous, ${ledger.unsourced} unsourced`));

  section('Claims', analysis.claims.length);
  analysis.claims.forEach((c, i) => {
    const at = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
    const who = at ? `${at.source ?? 'unnamed source'} — “${one(at.text)}”` : 'cites nobody';
    const tags = [`score ${c.score.toFixed(2)}`, ...c.reasons, ...(c.hedged ? ['HEDGED'] : [])].join(', ');
    out.push(`  ${i + 1}. ${paint('claim', one(c.text))}`);
    out.push(`     ${paint(at ? 'attribution' : 'dim', who)} ${paint('dim', `[${tags}]`)}`);
  });

  section('Numbers', analysis.numbers.length);
  for (const n of analysis.numbers) {
    const value = n.value === null ? '' : ` = ${n.low !== undefined ? `${n.low}–` : ''}${n.value}${n.unit ? ` ${n.unit}` : ''}`;
    const approx = n.approximate ? ` (${n.approximate})` : '';
    out.push(`  • ${paint('number', one(n.text))}${paint('dim', `${value}${approx}, ${n.kind}`)}`);
  }

  section('Attributions', analysis.attributions.length);
  for (const a of analysis.attributions) {
    const who = a.source ?? (a.anonymous ? 'unnamed' : 'no agent');
    out.push(`  • ${paint('attribution', one(a.text))} ${paint('dim', `— source: ${who}${a.mention ? ` (as “${a.mention}”)` : ''}, cue: ${a.cue}${a.anonymous ? ', anonymous' : ''}`)}`);
  }

  section('Hedges', analysis.hedges.length);
  if (analysis.hedges.length) out.push(`  ${analysis.hedges.map((h) => paint('hedge', one(h.text))).join(', ')}`);

  if (analysis.headline?.length) {
    section('Headline check', analysis.headline.length);
    for (const h of analysis.headline) out.push(`  • “${one(h.text)}”: ${h.status}${h.body ? ` (body: “${one(h.body)}”)` : ''}`);
  }
  return out.join('\n') + '\n';
}
