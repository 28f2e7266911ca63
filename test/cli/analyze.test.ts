import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', '..');
const seedHtml = join(root, 'test/fixtures/articles/kursk-seed/source.html');
const tsx = join(root, 'node_modules/.bin/tsx');

interface Result { code: number; stdout: string; stderr: string }

/** Runs `npm run analyze` the way a person would (tsx on the entry point), without a TTY. */
function analyze(args: string[], stdin?: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(tsx, ['src/cli/analyze.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '' }, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run analyze', () => {
  test('no argument analyses the demo article: one JSON document whose spans index its text', async () => {
    const { code, stdout } = await analyze(['--json']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]!);
    expect(a.version).toBe(1);
    expect(a.title).toMatch(/^First invasion of Russia/);
    // The headline is the title, not the first paragraph; page chrome outside <article> is left out.
    expect(a.text.startsWith('Bloomberg has called')).toBe(true);
    expect(a.text).not.toMatch(/4 months ago|Loading 1 comment/);
    expect(a.text.split('\n\n')).toHaveLength(11);
    for (const kind of ['numbers', 'attributions', 'claims', 'hedges', 'objectives']) {
      for (const item of a[kind]) expect(a.text.slice(item.start, item.end)).toBe(item.text);
    }
  }, 30_000);

  test('the HTML page and the text file give the same article text', async () => {
    const fromHtml = JSON.parse((await analyze([seedHtml, '--json'])).stdout);
    const fromTxt = JSON.parse((await analyze([join(root, 'test/fixtures/articles/kursk-seed/article.txt'), '--json'])).stdout);
    expect(fromTxt.title).toBe(fromHtml.title);
    // article.txt keeps the page chrome lines ("4 months ago", "Loading 1 comment...") that the page has outside <article>.
    expect(fromTxt.text).toContain(fromHtml.text);
    expect(fromHtml.text.length).toBeGreaterThan(fromTxt.text.length * 0.95);
  }, 30_000);

  test('stdin: first line is the title, blank lines separate paragraphs', async () => {
    const { code, stdout } = await analyze(['-', '--json'], 'My title\n\nFirst paragraph here.\n\nSecond one, said Ann.\n');
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(a.title).toBe('My title');
    expect(a.text).toBe('First paragraph here.\n\nSecond one, said Ann.');
  }, 30_000);

  test('the readable report lists the sections, without colour when not on a terminal', async () => {
    const { code, stdout } = await analyze([]);
    expect(code).toBe(0);
    for (const heading of ['Objectives', 'Sources', 'Claims', 'Numbers', 'Attributions', 'Hedges']) expect(stdout).toMatch(new RegExp(`^${heading} \\(\\d+\\)$`, 'm'));
    expect(stdout.includes('\u001b[')).toBe(false);
  }, 30_000);

  test.each([
    ['a missing file', join(dir, 'nope.html'), /cannot read .*no such file/],
    ['an empty file', file('empty.txt', '  \n\n'), /is empty/],
    ['binary garbage', file('garbage.bin', Buffer.from([0, 159, 146, 150, 0, 1, 2, 255])), /does not look like text/],
    ['a page with no article', file('nav.html', '<html><body><nav><a href="/">Home</a></nav><p>Hi.</p></body></html>'), /no article found/],
  ])('%s: one line on stderr, exit status 2, nothing on stdout', async (_name, path, message) => {
    const { code, stdout, stderr } = await analyze([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  }, 30_000);

  test('several files with --json: JSON Lines in order, an error line for the one that fails', async () => {
    const txt = file('a.txt', 'Title A\n\nThe council said the bridge costs $4 million.\n');
    const { code, stdout } = await analyze([txt, join(dir, 'missing.txt'), seedHtml, '--json']);
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].title).toBe('Title A');
    expect(lines[1]).toEqual({ file: join(dir, 'missing.txt'), error: expect.stringMatching(/no such file/) });
    expect(lines[2].title).toMatch(/^First invasion/);
  }, 30_000);
});
