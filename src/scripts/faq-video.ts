import { isPlayerUrl } from '../core/markdown/video-links.ts';

/**
 * A video that loads nothing from its provider until the reader asks for it.
 * The poster, the button and the plain link are server-rendered; this element
 * only shows the button (useless without script) and, on press, puts the
 * provider's player in the poster's place and moves focus to it, so keyboard
 * and screen-reader users land in the video they started.
 */
class FaqVideo extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button.video-play');
    if (!button || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', () => this.play(), { once: true });
  }

  private play(): void {
    const src = this.dataset.embed ?? '';
    const poster = this.querySelector('.video-poster');
    if (!poster || !isPlayerUrl(src)) return;
    const player = document.createElement('iframe');
    player.className = 'video-player';
    player.src = src;
    player.title = this.dataset.title ?? '';
    player.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
    player.allowFullscreen = true;
    player.referrerPolicy = 'strict-origin-when-cross-origin';
    poster.replaceChildren(player);
    player.focus();
  }
}

if (!customElements.get('faq-video')) customElements.define('faq-video', FaqVideo);
