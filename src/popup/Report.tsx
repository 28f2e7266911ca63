/** The report on an analysed article: title, counts, then each section. */
import type { Analysis } from '../analysis/types';
import { HIGHLIGHT_KINDS } from '../shared/messages';
import { KIND_NOUNS, countOf } from '../shared/ui/labels';
import { Annotations } from './Annotations';
import { Exports } from './Exports';
import { Headline } from './Headline';
import { Ledger } from './Ledger';
import { Objectives } from './Objectives';
import { Sources } from './Sources';
import { Unsourced } from './Unsourced';

export interface ReportProps {
  analysis: Analysis;
  tabId: number;
  url?: string;
  report: boolean;
}

const countsOf = (a: Analysis) => ({ claim: a.claims.length, number: a.numbers.length, attribution: a.attributions.length, hedge: a.hedges.length });

/** The counts per kind, as a list a screen reader can step through. */
export function Counts({ analysis }: { analysis: Analysis }) {
  const counts = countsOf(analysis);
  return (
    <ul class="counts" aria-label="Found in this article" data-testid="counts">
      {HIGHLIGHT_KINDS.map((k) => (
        <li key={k} class={`count kind-${k}`}>
          <span class="swatch" aria-hidden="true" />
          {countOf(counts[k], KIND_NOUNS[k])}
        </li>
      ))}
    </ul>
  );
}

/** Renders every section of the report; in the full report the sections sit in two columns. */
export function Report({ analysis, tabId, url, report }: ReportProps) {
  return (
    <>
      <Counts analysis={analysis} />
      <Exports analysis={analysis} tabId={tabId} url={url} report={report} />
      <div class="sections">
        <div class="column">
          <Objectives objectives={analysis.objectives} />
          <Headline checks={analysis.headline ?? []} />
          <Ledger analysis={analysis} />
          <Sources analysis={analysis} />
          <Unsourced analysis={analysis} />
        </div>
        <div class="column">
          <Annotations analysis={analysis} startOpen={report} />
        </div>
      </div>
    </>
  );
}
