import type { MarkdownIt } from 'markdown-it';
import { fill, uiStrings } from '../i18n/strings.ts';
import { embedUrl, loneVideoLink, type VideoLink, type VideoProvider } from './video-links.ts';
import type { RenderEnv } from './render-env.ts';

/**
 * A link to a video alone in its paragraph becomes a click-to-load embed, for
 * the providers the site enables: our own poster and a "Play video" button,
 * and the link itself for readers without JavaScript. Nothing is fetched from
 * the provider until the reader presses play (`<faq-video>` in src/scripts
 * then creates the player). Links to providers the site does not enable stay
 * ordinary links.
 */
export function videoEmbeds(providers: readonly VideoProvider[]) {
  const enabled = new Set(providers);
  return (md: MarkdownIt): void => {
    md.core.ruler.push('video_embeds', (state) => {
      const tokens = state.tokens;
      for (let index = 0; index < tokens.length; index++) {
        const inline = tokens[index + 1];
        if (tokens[index]!.type !== 'paragraph_open' || inline?.type !== 'inline' || tokens[index + 2]?.type !== 'paragraph_close') continue;
        const video = loneVideoLink(inline);
        if (!video || !enabled.has(video.provider)) continue;
        const embed = new state.Token('video', '', 0);
        embed.meta = video;
        // The link itself, rendered by the same rules as every other link, is the fallback without script.
        embed.children = inline.children;
        embed.block = true;
        // The paragraph's lines, so the content checks read the link's line from the same tokens.
        embed.map = inline.map;
        tokens.splice(index, 3, embed);
      }
    });

    md.renderer.rules.video = (tokens, index, options, env, self) => {
      const video = tokens[index]!.meta as VideoLink;
      const escape = md.utils.escapeHtml;
      const strings = (env as Partial<RenderEnv>).strings ?? uiStrings('en');
      return (
        `<faq-video class="video" data-embed="${escape(embedUrl(video))}" data-title="${escape(video.text)}">\n` +
        `<div class="video-poster video-${video.provider}"><button type="button" class="video-play" hidden><span class="video-play-icon" aria-hidden="true"></span>${escape(fill(strings.playVideo, { title: video.text }))}</button></div>\n` +
        `<p class="video-link">${self.renderInline(tokens[index]!.children ?? [], options, env)}</p>\n` +
        '</faq-video>\n'
      );
    };
  };
}
