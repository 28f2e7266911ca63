/**
 * The popup (and the full report, the same page in a tab of its own): finds the
 * tab, follows its page state, and shows the report or a sentence for the state.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { HighlightSwitches } from '../shared/ui/HighlightSwitches';
import { useSettings } from '../shared/ui/use-settings';
import { Report } from './Report';
import { TabContext } from './Jump';
import { SENTENCES, runModeFor, unreachableSentence } from './states';
import { chooseTab, readQuery, type TabChoice } from './target';
import { usePageState } from './use-page-state';

/** A state with no report: a heading-level sentence, and what the reader can do. */
function StateMessage({ sentence, detail, busy, children }: { sentence: string; detail?: string; busy?: boolean; children?: ComponentChildren }) {
  return (
    <div class="state" data-testid="state" aria-busy={busy ? 'true' : undefined}>
      <p class="state-sentence">{sentence}</p>
      {detail && <p class="state-detail">{detail}</p>}
      {children}
    </div>
  );
}

interface TabViewProps {
  tabId: number;
  url?: string;
  initial?: PageState;
  report: boolean;
  pollMs?: number;
  settings: Settings | null;
  saveSettings: (next: Settings) => void;
}

function TabView({ tabId, url, initial, report, pollMs, settings, saveSettings }: TabViewProps) {
  const [view, run] = usePageState(tabId, initial, pollMs);
  const [runAsked, setRunAsked] = useState(false);
  const state = view.kind === 'state' ? view.state : undefined;
  const pageUrl = state?.url || url;
  const title = state?.analysis?.title || state?.title || 'Claimlens';
  const mode = runModeFor(settings, pageUrl);
  const waitsForClick = state?.status === 'idle' || (state?.status === 'loading' && mode !== 'always' && !runAsked);

  useEffect(() => {
    document.title = title === 'Claimlens' ? 'Claimlens' : `${title} · Claimlens`;
  }, [title]);

  const onRun = () => {
    setRunAsked(true);
    run();
  };

  let body: ComponentChildren;
  if (view.kind === 'asking') body = <StateMessage sentence={SENTENCES.loading} busy />;
  else if (view.kind === 'unreachable') body = <StateMessage sentence={unreachableSentence(pageUrl)} />;
  else if (waitsForClick) {
    body = (
      <StateMessage sentence={mode === 'never' ? SENTENCES.idleNever : SENTENCES.idle}>
        <button type="button" class="primary" onClick={onRun}>Run on this page</button>
      </StateMessage>
    );
  } else if (state?.status === 'loading' || (state?.status === 'idle' && runAsked)) body = <StateMessage sentence={SENTENCES.loading} busy />;
  else if (state?.status === 'no-article') body = <StateMessage sentence={state.message || SENTENCES.noArticle} />;
  else if (state?.status === 'ready' && state.analysis) body = <Report analysis={state.analysis} tabId={tabId} url={pageUrl} report={report} />;
  else body = <StateMessage sentence={SENTENCES.error} detail={state?.message} />;

  const reachable = view.kind === 'state';
  const revealTarget = useMemo(() => ({ tabId, activate: report }), [tabId, report]);
  return (
    <TabContext.Provider value={revealTarget}>
      <header class="top">
        <p class="brand">Claimlens</p>
        <h1>{title}</h1>
      </header>
      <main>
        {reachable && settings && <HighlightSwitches settings={settings} onChange={saveSettings} legend="Highlights on the page" />}
        {body}
      </main>
    </TabContext.Provider>
  );
}

export interface PopupProps {
  /** The page's location.search (`?tab=…`, `?url=…`). */
  search: string;
  /** Delay between questions to a busy page (tests shorten it). */
  pollMs?: number;
}

/** The whole popup page. */
export function Popup({ search, pollMs }: PopupProps) {
  const query = useMemo(() => readQuery(search), [search]);
  const [choice, setChoice] = useState<TabChoice | null>(null);
  const [settings, saveSettings] = useSettings();

  useEffect(() => {
    document.documentElement.dataset.layout = query.report ? 'report' : 'popup';
    let live = true;
    void chooseTab(query).then((c) => live && setChoice(c));
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <div class="app" data-layout={query.report ? 'report' : 'popup'}>
      {choice === null ? (
        <StateMessage sentence={SENTENCES.finding} busy />
      ) : choice.found ? (
        <TabView key={choice.tabId} tabId={choice.tabId} url={choice.url} initial={choice.state} report={query.report} pollMs={pollMs} settings={settings} saveSettings={saveSettings} />
      ) : (
        <>
          <header class="top"><h1>Claimlens</h1></header>
          <main><StateMessage sentence={choice.sentence} /></main>
        </>
      )}
    </div>
  );
}
