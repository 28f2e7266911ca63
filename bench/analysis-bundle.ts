/**
 * The analysis as it ships: src/analysis/index.ts bundled and minified by esbuild with the
 * extension's target. The bench sizes this bundle and times it, so both figures describe the
 * code a browser runs, not the TypeScript as tsx loads it (tsx keeps function names with a
 * wrapper per closure, which the shipped build does not). The per-step timing bundles the steps
 * the same way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { ArticleInput, Analysis } from '../src/analysis/types';
import { ROOT } from './corpus';
import type { StepFunctions } from './steps';

/** Minified ESM bundle of `entry` (the analysis of the checkout at `root` by default), in memory. */
export async function buildAnalysisBundle(root = ROOT, entry = join(root, 'src', 'analysis', 'index.ts')): Promise<Uint8Array> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true, minify: true, write: false, format: 'esm', target: ['chrome105', 'firefox140'], legalComments: 'none',
    // As build.mjs: /\p{…}/u regexes stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
  });
  return result.outputFiles[0]!.contents;
}

/** The minified bundle of `entry`, written to a temporary file and imported. */
async function loadBundle<T>(root: string, entry?: string): Promise<T> {
  const file = join(mkdtempSync(join(tmpdir(), 'claimlens-bench-')), 'analysis.mjs');
  writeFileSync(file, await buildAnalysisBundle(root, entry));
  return (await import(pathToFileURL(file).href)) as T;
}

/** `analyze` from the minified bundle of the checkout at `root`. */
export async function loadBundledAnalyze(root = ROOT): Promise<(input: ArticleInput) => Analysis> {
  return (await loadBundle<{ analyze: (input: ArticleInput) => Analysis }>(root)).analyze;
}

/** The pipeline's steps one by one (bench/steps-entry.ts), from a minified bundle of this checkout. */
export function loadBundledSteps(): Promise<StepFunctions> {
  return loadBundle<StepFunctions>(ROOT, join(ROOT, 'bench', 'steps-entry.ts'));
}
