/**
 * Reads what the command line is given (an HTML page, a text file, or stdin) into
 * the analysis input, or a clear reason why it cannot.
 */
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../analysis/types';
import { articleFromHtml } from './html';

/** A failure a person can act on; the command prints its message and exits with status 2. */
export class InputError extends Error {}

/**
 * Plain text as an article: the first non-empty line is the title, the rest the
 * body with paragraphs separated by blank lines (CRLF read as LF).
 */
export function articleFromText(raw: string): ArticleInput {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && !lines[first]!.trim()) first++;
  const title = (lines[first] ?? '').trim();
  const body = lines.slice(first + 1).join('\n').trim();
  return { title, text: body };
}

function looksLikeHtml(name: string, content: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  if (/\.(txt|text|md)$/i.test(name) || name === '-') return false;
  return /^\s*<(?:!doctype|html|head|body|article|p|div)\b/i.test(content);
}

/**
 * Reads `name` ('-' = stdin) and returns its article. Throws InputError when the
 * file cannot be read, is empty, looks binary, or (for HTML) has no article.
 */
export function readArticleInput(name: string, readStdin: () => string = () => readFileSync(0, 'utf8')): ArticleInput {
  let content: string;
  try {
    content = name === '-' ? readStdin() : readFileSync(name, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${name === '-' ? 'stdin' : name}: ${why}`);
  }
  const label = name === '-' ? 'stdin' : name;
  if (!content.trim()) throw new InputError(`${label} is empty`);
  if (content.includes('\u0000') || content.split('\uFFFD').length > 1 + content.length / 100) {
    throw new InputError(`${label} does not look like text (binary content)`);
  }
  let article: ArticleInput;
  try {
    article = looksLikeHtml(name, content) ? articleFromHtml(content) : articleFromText(content);
  } catch (e) {
    throw new InputError(`${label}: ${(e as Error).message}`);
  }
  if (!article.text.trim()) throw new InputError(`${label} has a title but no article text`);
  return article;
}
