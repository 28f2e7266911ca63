/**
 * The highlights a page should get, from `npm run analyze -- <files> --json` (CONTRACT §1):
 * the same article finding and analysis as the content script, run in Node.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './server';
import { HIGHLIGHT_NAMES, normalizeText, type HighlightName } from './page';

interface Span {
  text: string;
}

/** The fields of the CLI's JSON document these tests read. */
export interface CliAnalysis {
  title: string;
  text: string;
  claims: Span[];
  numbers: Span[];
  attributions: (Span & { source: string })[];
  hedges: Span[];
  objectives: Span[];
  sources: { name: string; type: string }[];
}

/** Runs the analyze CLI once over `files` (JSON Lines out) and returns one analysis per file, in order. */
export function analyzeFiles(files: readonly string[]): Promise<CliAnalysis[]> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve, reject) => {
    execFile(tsx, [join(ROOT, 'src', 'cli', 'analyze.ts'), ...files, '--json'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`npm run analyze -- … --json failed: ${error.message}\n${stderr}`));
      const lines = stdout.split('\n').filter((line) => line.trim() !== '');
      const docs = lines.map((line) => JSON.parse(line) as CliAnalysis & { error?: string; file?: string });
      if (docs.length !== files.length) return reject(new Error(`analyze gave ${docs.length} JSON lines for ${files.length} files`));
      const failed = docs.find((d) => d.error);
      if (failed) return reject(new Error(`analyze failed on ${failed.file}: ${failed.error}`));
      resolve(docs);
    });
  });
}

const FIELD: Record<HighlightName, keyof Pick<CliAnalysis, 'claims' | 'numbers' | 'attributions' | 'hedges'>> = {
  'claimlens-claim': 'claims',
  'claimlens-number': 'numbers',
  'claimlens-attribution': 'attributions',
  'claimlens-hedge': 'hedges',
};

/** What the page's registry should hold for `analysis`: per highlight name, sorted normalized texts. */
export function expectedHighlights(analysis: CliAnalysis): Record<HighlightName, string[]> {
  const out = {} as Record<HighlightName, string[]>;
  for (const name of HIGHLIGHT_NAMES) out[name] = analysis[FIELD[name]].map((s) => normalizeText(s.text)).sort();
  return out;
}
