import { sendFeedback } from './feedback-client.ts';

/**
 * "Was this helpful? Yes / No" under an answer. The buttons are server-rendered;
 * this element only sends the answer and thanks the reader.
 */
class FaqFeedback extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) {
      button.addEventListener('click', () => this.answer(button.dataset.helpful === 'yes'));
    }
  }

  private answer(helpful: boolean): void {
    const status = this.querySelector<HTMLElement>('[data-feedback-status]');
    for (const button of this.querySelectorAll('button')) button.disabled = true;
    if (status) status.textContent = this.dataset.thanks ?? '';
    void sendFeedback({ type: 'helpful', entry: this.dataset.entry ?? '', lang: document.documentElement.lang, helpful });
  }
}

customElements.define('faq-feedback', FaqFeedback);
