/**
 * What a reader can do with the report: open it in a tab of its own, copy it as
 * Markdown, or download the analysis as JSON (a blob link: no downloads permission).
 */
import { useState } from 'preact/hooks';
import type { Analysis } from '../analysis/types';
import { browser } from '../shared/browser';
import { analysisToMarkdown } from './markdown';
import { exportFileName } from './report-data';

export interface ExportsProps {
  analysis: Analysis;
  tabId: number;
  url?: string;
  /** True in the full report, where "Open as full report" has nothing left to do. */
  report: boolean;
}

/** Opens popup.html?tab=<id> in a new tab and closes the small popup. */
async function openReport(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`) });
  window.close();
}

/** Saves `text` as a file through a temporary object URL and `<a download>`. */
function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The row of export buttons, with a live line saying what happened. */
export function Exports({ analysis, tabId, url, report }: ExportsProps) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async () => {
    const markdown = analysisToMarkdown(analysis, url);
    try {
      await navigator.clipboard.writeText(markdown);
      setFallback(null);
      setStatus('Copied the report as Markdown.');
    } catch {
      setFallback(markdown);
      setStatus('Could not copy. The Markdown is in the box below: select it and copy.');
    }
  };
  const download = () => {
    try {
      downloadText(JSON.stringify({ ...analysis, url }, null, 2), exportFileName(analysis.title));
      setStatus('Downloaded the analysis as JSON.');
    } catch {
      setStatus('Could not download the analysis.');
    }
  };

  return (
    <section class="exports" aria-label="Export">
      <div class="button-row">
        {!report && (
          <button type="button" onClick={() => void openReport(tabId).catch(() => setStatus('Could not open the full report.'))}>
            Open as full report
          </button>
        )}
        <button type="button" onClick={() => void copy()}>Copy as Markdown</button>
        <button type="button" onClick={download}>Download JSON</button>
      </div>
      <p class="export-status" role="status">{status}</p>
      {fallback !== null && (
        <label class="fallback">
          Report as Markdown
          <textarea readOnly rows={8} value={fallback} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
