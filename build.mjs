#!/usr/bin/env node
/**
 * Builds the loadable extension into extension/: bundle → copy static files → manifest.
 *   node build.mjs            one build
 *   node build.mjs --watch    rebuild on change
 *   node build.mjs --package  build, then write dist/claimlens-{chrome,firefox}.zip
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { watch as watchFiles } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, 'extension');
const args = new Set(process.argv.slice(2));

const entries = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

/** esbuild options shared by one build and watch mode. */
function bundleOptions() {
  return {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: ['chrome105', 'firefox140'],
    // esbuild turns every /\p{…}/u literal into `new RegExp("…")` for browser targets (it cannot know
    // which Unicode properties a browser has); the analysis uses only Lu, Ll, L and N, which both
    // targets have, so its regexes stay literals (0.6 KB smaller). bench/analysis-bundle.ts matches this.
    supported: { 'regexp-unicode-property-escapes': true },
    minify: !args.has('--watch'),
    sourcemap: args.has('--watch') ? 'inline' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
}

async function bundle() {
  await esbuild.build(bundleOptions());
}

/** Copies the HTML, CSS and icons that the bundles need beside them. */
async function copyStatic() {
  await cp(join(root, 'static'), out, { recursive: true });
}

/** Writes the one manifest both browsers read. */
async function writeManifest() {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/** Empties extension/ but keeps its committed README.md. */
async function clean() {
  await mkdir(out, { recursive: true });
  for (const name of await readdir(out)) {
    if (name !== 'README.md') await rm(join(out, name), { recursive: true, force: true });
  }
}

export async function build() {
  await clean();
  await bundle();
  await copyStatic();
  await writeManifest();
}

async function watch() {
  await clean();
  await copyStatic();
  await writeManifest();
  const ctx = await esbuild.context(bundleOptions());
  await ctx.watch();
  // esbuild watches the sources; static files and the manifest are copied again when they change.
  let pending;
  const recopy = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      Promise.all([copyStatic(), writeManifest()])
        .then(() => console.log('copied static/ and manifest.json'))
        .catch((error) => console.error(`copy failed: ${error.message}`));
    }, 100);
  };
  watchFiles(join(root, 'static'), { recursive: true }, recopy);
  watchFiles(join(root, 'manifest.json'), recopy);
  console.log('watching src/, static/, manifest.json → extension/ (Ctrl+C to stop)');
}

if (args.has('--watch')) await watch();
else {
  await build();
  if (args.has('--package')) {
    const { packageZips } = await import('./scripts/package.mjs');
    await packageZips(root, out);
  }
}
