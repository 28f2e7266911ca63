/**
 * The benchmark's text: every dev-corpus article, read the way the command line reads it
 * (articleFromHtml over source.html; article.txt when a page has no article or the reader
 * is missing), plus texts cut or repeated to an exact word count.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../src/analysis/types';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTICLES = join(ROOT, 'test', 'fixtures', 'articles');

export interface CorpusArticle extends ArticleInput {
  slug: string;
  words: number;
  /** How the text was read: "html" (articleFromHtml) or "txt" (article.txt). */
  from: 'html' | 'txt';
}

/** Whitespace-separated words of `text`. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** Title and body of an article.txt: first line the title, the rest the body. */
function fromTxt(txt: string): ArticleInput {
  const nl = txt.indexOf('\n');
  return nl < 0 ? { title: txt.trim(), text: '' } : { title: txt.slice(0, nl).trim(), text: txt.slice(nl + 1).replace(/^\s+/, '') };
}

/** Loads the dev corpus; `notes` collects pages read from article.txt and why. */
export async function loadCorpus(notes: string[]): Promise<CorpusArticle[]> {
  let fromHtml: ((html: string) => ArticleInput) | undefined;
  try {
    fromHtml = (await import('../src/cli/html')).articleFromHtml;
  } catch (error) {
    notes.push(`articleFromHtml unavailable (${String(error).slice(0, 120)}): article.txt only`);
  }
  const out: CorpusArticle[] = [];
  for (const slug of readdirSync(ARTICLES).sort()) {
    const dir = join(ARTICLES, slug);
    const html = join(dir, 'source.html');
    const txt = join(dir, 'article.txt');
    let input: ArticleInput | undefined;
    let from: CorpusArticle['from'] = 'html';
    if (fromHtml && existsSync(html)) {
      try {
        input = fromHtml(readFileSync(html, 'utf8'));
      } catch (error) {
        notes.push(`${slug}: ${String(error).slice(0, 120)}`);
      }
    }
    if ((!input || !input.text.trim()) && existsSync(txt)) {
      input = fromTxt(readFileSync(txt, 'utf8'));
      from = 'txt';
    }
    if (input && input.text.trim()) out.push({ ...input, slug, from, words: countWords(input.text) });
  }
  return out;
}

/**
 * A body of exactly `words` words (±1 paragraph's tail cut at a word), built from the
 * corpus paragraphs in order and repeated as needed; paragraphs stay separated by blank lines.
 */
export function textOfWords(corpus: CorpusArticle[], words: number): string {
  const paragraphs = corpus.flatMap((a) => a.text.split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return '';
  const parts: string[] = [];
  let have = 0;
  for (let i = 0; have < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    const w = p.split(/\s+/);
    if (have + w.length > words) {
      parts.push(w.slice(0, words - have).join(' '));
      have = words;
    } else {
      parts.push(p);
      have += w.length;
    }
  }
  return parts.join('\n\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain news-like page holding `text` as paragraphs under an <article> with an <h1>. */
export function articlePage(title: string, text: string): string {
  const paras = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeHtml(title)}</h1>
${paras}
</article></main><footer>Bench page</footer></body></html>`;
}
