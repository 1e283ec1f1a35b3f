import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

/** What the conversion asks of the import about one answer: where links and pictures go, and where to report. */
export interface AnswerHooks {
  /** The Markdown address for a link's href, or undefined to keep only its words (the hook reports why). */
  link(href: string): string | undefined;
  /** The Markdown for a picture (the hook decides whether it is copied, linked or dropped, and reports it). */
  image(src: string, alt: string, title: string | undefined): string;
  /** Something dropped from the answer, and how it was handled. */
  report(message: string, handled: string): void;
}

/** Elements that carry code or page furniture, never an answer's words. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea'] as const;

let hooks: AnswerHooks | undefined;

/**
 * One shared converter: building turndown's rules per answer would cost more
 * than converting a short answer. The rules read the hooks of the answer
 * being converted.
 */
const converter = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_', strongDelimiter: '**', hr: '---' });
converter.use(gfm);
// Turndown pads list markers to four columns (`-   item`); editors write `- item`, and the list reads the same.
converter.addRule('listItem', {
  filter: 'li',
  replacement: (content, node) => {
    const parent = node.parentNode as HTMLElement | null;
    let prefix = '- ';
    if (parent?.nodeName === 'OL') {
      const start = Number(parent.getAttribute('start') ?? '1');
      prefix = `${(Number.isFinite(start) ? start : 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
    }
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
    return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
  },
});
// turndown-plugin-gfm keeps a table without a heading row as raw HTML, which an answer shows as text; its first row becomes the heading instead.
converter.addRule('tableWithoutHeading', {
  filter: (node) => node.nodeName === 'TABLE' && !hasHeadingRow(node as HTMLTableElement),
  replacement: (content, node) => {
    const rows = content.split('\n').filter((line) => line.trim());
    const columns = (node as HTMLTableElement).rows[0]?.cells.length ?? 0;
    if (!rows.length || !columns) return '';
    return `\n\n${[rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n')}\n\n`;
  },
});
converter.addRule('dropped', {
  filter: [...DROPPED],
  replacement: (_content, node) => {
    hooks?.report(`a <${node.nodeName.toLowerCase()}> in the answer`, 'dropped: an answer is text, pictures and links');
    return '';
  },
});
converter.addRule('iframe', {
  filter: 'iframe',
  replacement: (_content, node) => {
    const src = (node as HTMLElement).getAttribute('src') ?? '';
    const video = videoLinkFor(src);
    if (video) {
      const title = (node as HTMLElement).getAttribute('title')?.trim();
      return `\n\n${title ? `[${escapeLinkText(title)}](${video})` : video}\n\n`;
    }
    hooks?.report(`an embedded frame${src ? ` from ${safeOrigin(src)}` : ''}`, 'dropped: only YouTube and Vimeo videos become video links');
    return '';
  },
});
converter.addRule('image', {
  filter: 'img',
  replacement: (_content, node) => {
    const element = node as HTMLElement;
    const src = element.getAttribute('src')?.trim() ?? '';
    if (isTrackingPixel(element)) {
      hooks?.report(`a 1×1 tracking image${src ? ` (${safeOrigin(src)})` : ''}`, 'dropped');
      return '';
    }
    if (!src) {
      hooks?.report('a picture without an address', 'dropped');
      return '';
    }
    return hooks ? hooks.image(src, (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(), element.getAttribute('title') ?? undefined) : '';
  },
});
converter.addRule('link', {
  filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
  replacement: (content, node) => {
    const href = (node as HTMLElement).getAttribute('href')!.trim();
    const text = content.trim();
    if (!text) return '';
    if (/^(javascript|data|vbscript):/i.test(href)) {
      hooks?.report(`a ${href.split(':')[0]!.toLowerCase()}: link`, 'kept its words without the link');
      return text;
    }
    const target = hooks ? hooks.link(href) : href;
    return target === undefined ? text : `[${text}](${target.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  },
});

/** Clean Markdown for an HTML answer: lists, tables, links and pictures kept; code, styles and tracking dropped and reported. */
export function htmlToMarkdown(html: string, answerHooks: AnswerHooks): string {
  hooks = answerHooks;
  try {
    return tidy(converter.turndown(html));
  } finally {
    hooks = undefined;
  }
}

/** Markdown as the source wrote it, with the import's line ends and no trailing blank lines. */
export function tidy(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

/** A YouTube or Vimeo player address as the link content-format.md turns into a video. */
export function videoLinkFor(src: string): string | undefined {
  const address = src.startsWith('//') ? `https:${src}` : src;
  const youtube = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([A-Za-z0-9_-]{11})/.exec(address);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^https?:\/\/player\.vimeo\.com\/video\/(\d{1,12})/.exec(address);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return undefined;
}

/** As turndown-plugin-gfm tells a heading row: in <thead>, or every cell a <th>. */
function hasHeadingRow(table: HTMLTableElement): boolean {
  const first = table.rows[0];
  return !!first && (first.parentNode?.nodeName === 'THEAD' || Array.from(first.cells).every((cell) => cell.nodeName === 'TH'));
}

function isTrackingPixel(element: HTMLElement): boolean {
  const tiny = (value: string | null | undefined) => value !== null && value !== undefined && /^\s*[01](px)?\s*$/.test(value);
  const style = element.getAttribute('style') ?? '';
  const styleWidth = /(?:^|;)\s*width\s*:\s*([^;]+)/i.exec(style)?.[1];
  const styleHeight = /(?:^|;)\s*height\s*:\s*([^;]+)/i.exec(style)?.[1];
  return (tiny(element.getAttribute('width')) || tiny(styleWidth)) && (tiny(element.getAttribute('height')) || tiny(styleHeight));
}

/** Only the origin of an address in a message: a tracking address's query can carry a customer's id. */
function safeOrigin(src: string): string {
  if (!URL.canParse(src, 'https://relative.invalid')) return 'an unreadable address';
  const url = new URL(src.startsWith('//') ? `https:${src}` : src, 'https://relative.invalid');
  return url.origin === 'https://relative.invalid' ? 'a relative address' : url.origin;
}

function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}
