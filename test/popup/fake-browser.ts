/**
 * An in-memory stand-in for src/shared/browser.ts: tabs with content scripts that
 * answer (or not), extension storage with change events, runtime URLs and
 * commands. Tests install it with
 *   vi.mock('../../src/shared/browser', async () => (await import('./fake-browser')).browserModule);
 * and arrange it through `fake`.
 */
import type { ContentRequest } from '../../src/shared/messages';
import { SETTINGS_KEY, withDefaults, type Settings } from '../../src/shared/settings';

export interface FakeTab {
  id: number;
  active?: boolean;
  /** The tab's URL as the browser shows it to the extension; absent without the `tabs` permission. */
  url?: string;
  status?: 'loading' | 'complete';
}

/** A tab's content script: answers a request, or throws to make sendMessage reject. */
export type ContentScript = (request: ContentRequest) => unknown;

type TabUpdatedListener = (tabId: number, changeInfo: { status?: string }) => void;
type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export const fake = {
  tabs: [] as FakeTab[],
  /** Content scripts by tab id; a tab without one behaves like a page where extensions cannot run. */
  scripts: new Map<number, ContentScript>(),
  sent: [] as { tabId: number; request: ContentRequest }[],
  created: [] as { url?: string }[],
  /** Tabs brought to the front by tabs.update({ active: true }), in order. */
  activated: [] as number[],
  storage: {} as Record<string, unknown>,
  listeners: new Set<StorageListener>(),
  tabListeners: new Set<TabUpdatedListener>(),
  commands: [{ name: 'toggle-highlights', shortcut: 'Alt+Shift+H', description: 'Turn Claimlens highlights off and on' }] as { name?: string; shortcut?: string; description?: string }[],
  baseUrl: 'chrome-extension://claimlens-test/',
  /** Firefox's commands.openShortcutSettings, when a test gives one. */
  openShortcutSettings: undefined as undefined | (() => Promise<void>),
  /** When set, tabs.create rejects with this message (as for privileged URLs). */
  createFails: null as string | null,

  reset(): void {
    this.tabs = [];
    this.scripts = new Map();
    this.sent = [];
    this.created = [];
    this.activated = [];
    this.storage = {};
    this.listeners = new Set();
    this.tabListeners = new Set();
    this.commands = [{ name: 'toggle-highlights', shortcut: 'Alt+Shift+H', description: 'Turn Claimlens highlights off and on' }];
    this.baseUrl = 'chrome-extension://claimlens-test/';
    this.openShortcutSettings = undefined;
    this.createFails = null;
  },

  /** Stores settings as another page would, firing the change event. */
  writeSettings(settings: Settings): void {
    const oldValue = this.storage[SETTINGS_KEY];
    this.storage[SETTINGS_KEY] = structuredClone(settings);
    for (const l of [...this.listeners]) l({ [SETTINGS_KEY]: { oldValue, newValue: structuredClone(settings) } }, 'local');
  },

  /** Fires tabs.onUpdated for a tab's status, as a reload or navigation does. */
  tabStatus(tabId: number, status: 'loading' | 'complete'): void {
    const tab = this.tabs.find((t) => t.id === tabId);
    if (tab) tab.status = status;
    for (const l of [...this.tabListeners]) l(tabId, { status });
  },

  /** The settings as stored now (defaults filled in). */
  storedSettings(): Settings {
    return withDefaults(this.storage[SETTINGS_KEY]);
  },
};

async function sendMessage(tabId: number, request: ContentRequest): Promise<unknown> {
  fake.sent.push({ tabId, request });
  const script = fake.scripts.get(tabId);
  if (!script) throw new Error('Could not establish connection. Receiving end does not exist.');
  return structuredClone(await script(request));
}

const browser = {
  tabs: {
    async query(q: { active?: boolean; currentWindow?: boolean }) {
      const tabs = q.active ? fake.tabs.filter((t) => t.active) : fake.tabs;
      return tabs.map((t) => ({ ...t }));
    },
    async get(id: number) {
      const tab = fake.tabs.find((t) => t.id === id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      return { ...tab };
    },
    async create(props: { url?: string }) {
      if (fake.createFails) throw new Error(fake.createFails);
      fake.created.push(props);
      return { id: 1000 + fake.created.length, url: props.url };
    },
    async update(id: number, props: { active?: boolean }) {
      const tab = fake.tabs.find((t) => t.id === id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      if (props.active) for (const t of fake.tabs) t.active = t.id === id;
      fake.activated.push(id);
      return { ...tab };
    },
    sendMessage,
    onUpdated: {
      addListener: (l: TabUpdatedListener) => void fake.tabListeners.add(l),
      removeListener: (l: TabUpdatedListener) => void fake.tabListeners.delete(l),
    },
  },
  runtime: {
    getURL: (path: string) => fake.baseUrl + path.replace(/^\//, ''),
  },
  commands: {
    async getAll() {
      return fake.commands.map((c) => ({ ...c }));
    },
    get openShortcutSettings() {
      return fake.openShortcutSettings;
    },
  },
  storage: {
    local: {
      async get(key: string) {
        return key in fake.storage ? { [key]: structuredClone(fake.storage[key]) } : {};
      },
      async set(items: Record<string, unknown>) {
        for (const [key, value] of Object.entries(items)) {
          const oldValue = fake.storage[key];
          fake.storage[key] = structuredClone(value);
          for (const l of [...fake.listeners]) l({ [key]: { oldValue, newValue: structuredClone(value) } }, 'local');
        }
      },
    },
    onChanged: {
      addListener: (l: StorageListener) => void fake.listeners.add(l),
      removeListener: (l: StorageListener) => void fake.listeners.delete(l),
    },
  },
};

/** The module that replaces src/shared/browser.ts: same exports, backed by `fake`. */
export const browserModule = {
  browser,
  sendToTab: (tabId: number, request: ContentRequest) => sendMessage(tabId, request),
  sendToBackground: async () => {
    throw new Error('no background in popup tests');
  },
  loadSettings: async () => withDefaults(fake.storage[SETTINGS_KEY]),
  saveSettings: (settings: Settings) => browser.storage.local.set({ [SETTINGS_KEY]: settings }),
  onSettingsChanged: (listener: (s: Settings) => void) => {
    const handler: StorageListener = (changes, area) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) listener(withDefaults(change.newValue));
    };
    fake.listeners.add(handler);
    return () => void fake.listeners.delete(handler);
  },
};
