/** An entry file split at its `---` fences. Lines are 1-based lines of the whole file. */
export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  bodyLine: number;
  /** Whether a fence closes it; without one, the rest of the file is read as front matter. */
  closed: boolean;
}

/** The file must start with a line that is exactly `---` (after a byte-order mark, if any). */
const OPENING_FENCE = /^\uFEFF?---\r?\n/;
const CLOSING_FENCE = '\n---';

/**
 * Finds the front matter, or nothing when the file does not open with a fence.
 * The first later line that starts with `---` closes it, and the body begins
 * after that fence's line break; without a closing fence, the body is empty.
 */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  // Searching from the opening line's own line break lets `---` close an empty front matter at once.
  const closing = text.indexOf(CLOSING_FENCE, yamlStart - 1);
  if (closing === -1) {
    return { yaml: text.slice(yamlStart), yamlLine: 2, body: '', bodyLine: lineCount(text), closed: false };
  }
  const afterFence = closing + CLOSING_FENCE.length;
  const bodyStart = afterFence + (/^\r?\n?/.exec(text.slice(afterFence, afterFence + 2))?.[0].length ?? 0);
  return {
    yaml: text.slice(yamlStart, Math.max(yamlStart, closing)),
    yamlLine: 2,
    body: text.slice(bodyStart),
    bodyLine: lineCount(text.slice(0, bodyStart)),
    closed: true,
  };
}

/** 1-based number of the line a text ends on. */
function lineCount(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
