import { findRuns, foldWord, type TextRun } from './normalize.ts';
import { STOPWORDS, stemWord } from './stem.ts';

/** One searchable unit of text and where it came from. */
export interface Token {
  /** What the index stores: a stemmed word, or one or two CJK characters. */
  term: string;
  /** The folded word before stemming (Latin), or the characters themselves (CJK). */
  word: string;
  /** `[start, end)` in the original text. */
  start: number;
  end: number;
  /** True for CJK bigrams and unigrams. */
  unspaced: boolean;
  /** Index of the word run the token came from, so phrases can be recognized. */
  run: number;
  /**
   * For `wi-fi`, `e-mail`, `gnome-open`: the hyphenated words written as one
   * (`wifi`), emitted after its parts so either spelling finds the other.
   * `parts` are the terms of the words it joins.
   */
  parts?: string[];
  /**
   * A stopword written on its own between CJK text: `their` in
   * `their是什么意思` is the word being asked about, not part of an English
   * sentence, so it is searched for like any other word.
   */
  mentioned?: boolean;
}

/** A word searched for by the words around it, not by itself. */
export function isStopword(token: Token): boolean {
  return !token.unspaced && !token.mentioned && STOPWORDS.has(token.word);
}

export interface TokenizeOptions {
  /**
   * Also emit every CJK character on its own. Bigrams find words inside
   * sentences (`退货` in `如何申请退货`); single characters let a one-character
   * query find something.
   */
  unigrams?: boolean;
  /** Keep English stopwords (for highlighting and phrase matching). */
  keepStopwords?: boolean;
}

/**
 * Text to tokens, the same way at build time and in the browser: Latin words
 * folded and stemmed, CJK runs as overlapping character bigrams.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const runs = findRuns(text);
  let chain: { run: TextRun; word: string }[] = [];
  runs.forEach((run, runIndex) => {
    if (run.unspaced) {
      pushUnspaced(tokens, run.text, run.start, runIndex, options.unigrams === true);
      chain = [];
      return;
    }
    const word = foldWord(run.text);
    if (!word) return;
    const previous = runs[runIndex - 1];
    const joined = previous && !previous.unspaced && /^[-_]$/.test(text.slice(previous.start + previous.text.length, run.start));
    chain = joined ? [...chain, { run, word }] : [{ run, word }];
    const mentioned = STOPWORDS.has(word) && standsAloneAmongCjk(runs, runIndex);
    if (options.keepStopwords || mentioned || !STOPWORDS.has(word)) {
      const token: Token = { term: stemWord(word), word, start: run.start, end: run.start + run.text.length, unspaced: false, run: runIndex };
      tokens.push(mentioned ? { ...token, mentioned } : token);
    }
    const next = runs[runIndex + 1];
    const continues = next && !next.unspaced && /^[-_]$/.test(text.slice(run.start + run.text.length, next.start));
    if (chain.length > 1 && !continues) tokens.push(joinedToken(chain, runIndex));
  });
  return tokens;
}

/** A Latin word with CJK text beside it and no other Latin word next to it. */
function standsAloneAmongCjk(runs: readonly TextRun[], index: number): boolean {
  const previous = runs[index - 1];
  const next = runs[index + 1];
  if (previous && !previous.unspaced) return false;
  if (next && !next.unspaced) return false;
  return Boolean(previous ?? next);
}

function joinedToken(chain: readonly { run: TextRun; word: string }[], runIndex: number): Token {
  const word = chain.map((link) => link.word).join('');
  const first = chain[0]?.run;
  const last = chain[chain.length - 1]?.run;
  return {
    term: stemWord(word),
    word,
    start: first?.start ?? 0,
    end: (last?.start ?? 0) + (last?.text.length ?? 0),
    unspaced: false,
    run: runIndex,
    parts: chain.filter((link) => !STOPWORDS.has(link.word)).map((link) => stemWord(link.word)),
  };
}

function pushUnspaced(tokens: Token[], text: string, start: number, run: number, unigrams: boolean): void {
  const chars: { value: string; start: number; end: number }[] = [];
  let offset = start;
  for (const char of text) {
    chars.push({ value: foldWord(char), start: offset, end: offset + char.length });
    offset += char.length;
  }
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    if (next) {
      const term = char.value + next.value;
      tokens.push({ term, word: term, start: char.start, end: next.end, unspaced: true, run });
    }
    if (unigrams || chars.length === 1) {
      tokens.push({ term: char.value, word: char.value, start: char.start, end: char.end, unspaced: true, run });
    }
  });
}

/** The terms of a text in order, as the index receives them. */
export function termsOf(text: string, options: TokenizeOptions = {}): string[] {
  return tokenize(text, options).map((token) => token.term);
}
