/** Bundle sizes: gzip bytes of each built script, and of the analysis alone minified. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAnalysisBundle } from './analysis-bundle';
import { ROOT } from './corpus';

export interface BundleFigures {
  content: number | null;
  background: number | null;
  popup: number | null;
  options?: number | null;
  /** src/analysis/ alone, bundled and minified as the content script would carry it. */
  analysis?: number | null;
  note?: string;
}

const gz = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

/** Measures extension/*.js (built by `node build.mjs`) and a minified analysis bundle. */
export async function benchBundles(): Promise<BundleFigures> {
  const dir = join(ROOT, 'extension');
  const size = (name: string): number | null => {
    const file = join(dir, `${name}.js`);
    return existsSync(file) ? gz(readFileSync(file)) : null;
  };
  const out: BundleFigures = { content: size('content'), background: size('background'), popup: size('popup'), options: size('options') };
  const missing = (['content', 'background', 'popup'] as const).filter((k) => out[k] === null);
  if (missing.length) out.note = `not built: ${missing.join(', ')} (run node build.mjs)`;
  try {
    out.analysis = gz(await buildAnalysisBundle());
  } catch (error) {
    out.analysis = null;
    out.note = [out.note, `analysis bundle failed: ${String(error).slice(0, 160)}`].filter(Boolean).join('; ');
  }
  return out;
}
