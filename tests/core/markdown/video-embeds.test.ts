import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { uiStrings } from '../../../src/core/i18n/strings.ts';
import { embedUrl, isPlayerUrl } from '../../../src/core/markdown/video-links.ts';

const withVideos = createRenderer({ videoProviders: ['youtube', 'vimeo'] });
const html = (markdown: string, lang?: string) => withVideos(markdown, { strings: { ...uiStrings(lang ?? 'en'), externalLink: '(opens another site)' } }).html;

describe('video links alone on a line', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&amp;dnt=1'],
  ])('turn %s into a click-to-load embed of the privacy-friendly player', (link, embed) => {
    const output = html(link);
    expect(output).toContain(`<faq-video class="video" data-embed="${embed}"`);
    // Nothing on the page loads from the provider: no frame, no thumbnail, until the reader presses play.
    expect(output).not.toMatch(/<iframe|<img|src=/);
  });

  it('give the button and the player the link’s words as the title, and keep the link for readers without JavaScript', () => {
    expect(html('[Pairing the hub](https://youtu.be/dQw4w9WgXcQ)')).toBe(
      '<faq-video class="video" data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-title="Pairing the hub">\n' +
        '<div class="video-poster video-youtube"><button type="button" class="video-play" hidden><span class="video-play-icon" aria-hidden="true"></span>Play video: Pairing the hub</button></div>\n' +
        '<p class="video-link"><a href="https://youtu.be/dQw4w9WgXcQ" rel="noopener noreferrer" class="external">Pairing the hub<span class="visually-hidden"> (opens another site)</span></a></p>\n' +
        '</faq-video>\n',
    );
  });

  it('label the button in the answer’s language', () => {
    expect(html('[配对集线器](https://vimeo.com/76979871)', 'zh')).toContain('</span>播放视频：配对集线器</button>');
  });

  it('escape the title wherever it goes', () => {
    const output = html('[a "b" <c>](https://youtu.be/dQw4w9WgXcQ)');
    expect(output).toContain('data-title="a &quot;b&quot; &lt;c&gt;"');
    expect(output).toContain('Play video: a &quot;b&quot; &lt;c&gt;</button>');
  });
});

describe('video links that stay links', () => {
  it.each([
    ['inside a sentence', 'Watch https://youtu.be/dQw4w9WgXcQ first.'],
    ['with another link in the paragraph', '[a](https://youtu.be/dQw4w9WgXcQ) [b](https://vimeo.com/76979871)'],
    ['to a YouTube page that is no video', 'https://www.youtube.com/channel/UC123'],
    ['with a malformed id', 'https://youtu.be/not-an-id'],
    ['to another video site', 'https://www.dailymotion.com/video/x7tgad0'],
    ['to a look-alike host', 'https://youtu.be.evil.example/dQw4w9WgXcQ'],
  ])('keep a link %s', (_name, markdown) => {
    expect(html(markdown)).not.toContain('<faq-video');
    expect(html(markdown)).toContain('<a href=');
  });

  it('keep a link to a provider the site does not enable, and embed nothing by default', () => {
    const youtubeOnly = createRenderer({ videoProviders: ['youtube'] });
    expect(youtubeOnly('https://vimeo.com/76979871', {}).html).toBe(
      '<p><a href="https://vimeo.com/76979871" rel="noopener noreferrer" class="external">https://vimeo.com/76979871<span class="visually-hidden"> (opens another site)</span></a></p>\n',
    );
    expect(youtubeOnly('https://youtu.be/dQw4w9WgXcQ', {}).html).toContain('<faq-video');
    expect(createRenderer()('https://youtu.be/dQw4w9WgXcQ', {}).html).not.toContain('<faq-video');
  });
});

describe('the players the browser may load', () => {
  it('are the ones embeds name, and nothing else', () => {
    expect(isPlayerUrl(embedUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' }))).toBe(true);
    expect(isPlayerUrl(embedUrl({ provider: 'vimeo', id: '76979871' }))).toBe(true);
    for (const other of ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://player.vimeo.com.evil.example/video/1', 'javascript:alert(1)', '']) expect(isPlayerUrl(other)).toBe(false);
  });
});
