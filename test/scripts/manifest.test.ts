import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodePng } from './png';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** True when the build puts `file` in extension/: copied from static/, or bundled from src/<name>/index.ts(x). */
function built(file: string): boolean {
  if (existsSync(join(ROOT, 'static', file))) return true;
  const bundle = /^(\w+)\.js$/.exec(file);
  return Boolean(bundle && ['ts', 'tsx'].some((ext) => existsSync(join(ROOT, 'src', bundle[1]!, `index.${ext}`))));
}

/** Every file path the manifest names. */
function namedFiles(): string[] {
  return [
    ...Object.values(manifest.icons as Record<string, string>),
    ...Object.values(manifest.action.default_icon as Record<string, string>),
    manifest.action.default_popup,
    manifest.options_ui.page,
    manifest.background.service_worker,
    ...manifest.background.scripts,
    ...manifest.content_scripts.flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
}

describe('manifest.json', () => {
  test.each(namedFiles())('names %s, which the build produces', (file) => {
    expect(built(file)).toBe(true);
  });

  test.each(Object.entries({ ...manifest.icons, ...manifest.action.default_icon }))('icon %s is a %s px square PNG', (size, file) => {
    const png = decodePng(readFileSync(join(ROOT, 'static', file as string)));
    expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
  });

  test('declares the toggle-highlights command with a default shortcut (CONTRACT §2)', () => {
    expect(manifest.commands['toggle-highlights'].suggested_key.default).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+/);
  });

  test('the popup is popup.html at the root (CONTRACT §3)', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
  });

  test('asks Firefox for a version with the CSS Custom Highlight API (140+), with an add-on id', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  test('declares that it collects no data', () => {
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });
});

describe('least privilege: README explains every permission and match the manifest asks for', () => {
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));
  const asked: string[] = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
  ];

  test('README has a Permissions section', () => {
    expect(section.startsWith('## Permissions')).toBe(true);
  });

  test.each(asked)('%s is explained', (entry) => {
    expect(section).toContain(`"${entry}"`);
  });
});
