/**
 * `npm run analyze -- [FILE.html | FILE.txt | -]... [--json]` (CONTRACT §1):
 * analyses each input and prints a report, or one JSON document per input.
 * No input = the bundled demo article. Exit 2 when an input cannot be used.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analysis/index';
import { InputError, readArticleInput } from './input';
import { formatReport } from './report';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'articles', 'kursk-seed', 'source.html');
const USAGE = 'usage: npm run analyze -- [FILE.html | FILE.txt | -]... [--json]';

/** What one run of the command was asked to do. */
export interface Options {
  files: string[];
  json: boolean;
}

/** Parses the arguments; unknown flags are an InputError. No file means the demo article. */
export function parseArgs(argv: string[]): Options {
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else throw new InputError(`unknown option ${arg}; ${USAGE}`);
  }
  return { files: files.length ? files : [DEMO], json };
}

/** Runs the command with explicit streams (so tests can call it); resolves with the exit status. */
export function run(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; color: boolean }): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    io.err(`analyze: ${(e as Error).message}\n`);
    return 2;
  }
  let status = 0;
  for (const file of options.files) {
    try {
      const analysis = analyze(readArticleInput(file));
      if (options.json) io.out(JSON.stringify(analysis) + '\n');
      else io.out((options.files.length > 1 ? '\n' : '') + formatReport(analysis, { color: io.color, file: options.files.length > 1 ? file : undefined }));
    } catch (e) {
      status = 2;
      const message = e instanceof InputError ? e.message : `${file}: analysis failed: ${(e as Error).message}`;
      io.err(`analyze: ${message.split('\n')[0]}\n`);
      if (options.json) io.out(JSON.stringify({ file, error: message }) + '\n');
    }
  }
  return status;
}

const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
process.exitCode = run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color,
});
