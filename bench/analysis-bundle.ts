/**
 * The analysis as it ships: src/analysis/index.ts bundled and minified by esbuild with the
 * extension's target. The bench sizes this bundle and times it, so both figures describe the
 * code a browser runs, not the TypeScript as tsx loads it (tsx keeps function names with a
 * wrapper per closure, which the shipped build does not).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { ArticleInput, Analysis } from '../src/analysis/types';
import { ROOT } from './corpus';

/** Minified ESM bundle of the analysis of the checkout at `root` (this one by default), in memory. */
export async function buildAnalysisBundle(root = ROOT): Promise<Uint8Array> {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'analysis', 'index.ts')],
    bundle: true, minify: true, write: false, format: 'esm', target: ['chrome105', 'firefox140'], legalComments: 'none',
  });
  return result.outputFiles[0]!.contents;
}

/** `analyze` from the minified bundle of the checkout at `root`, written to a temporary file and imported. */
export async function loadBundledAnalyze(root = ROOT): Promise<(input: ArticleInput) => Analysis> {
  const file = join(mkdtempSync(join(tmpdir(), 'claimlens-bench-')), 'analysis.mjs');
  writeFileSync(file, await buildAnalysisBundle(root));
  const module = (await import(pathToFileURL(file).href)) as { analyze: (input: ArticleInput) => Analysis };
  return module.analyze;
}
