import { whenLeaving, recordEvent } from './events.ts';

/**
 * "Was this helpful? Yes / No" under an answer. The buttons are server-rendered;
 * this element records the vote and, after a "No", offers to say what was missing.
 * A "No" waits for that comment and is recorded without it if the reader moves on.
 */
class FaqFeedback extends HTMLElement {
  private status!: HTMLElement;
  private comment!: HTMLFormElement;
  private unsentNo = false;

  connectedCallback(): void {
    this.hidden = false;
    this.status = this.querySelector('[data-feedback-status]')!;
    this.comment = this.querySelector('[data-feedback-comment]')!;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) {
      button.addEventListener('click', () => this.vote(button.dataset.helpful === 'yes'));
    }
    this.comment.addEventListener('submit', (event) => {
      event.preventDefault();
      this.sendNo(this.comment.querySelector('textarea')!.value.trim());
    });
    whenLeaving(() => this.sendNo(''));
  }

  private vote(helpful: boolean): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) button.disabled = true;
    this.status.textContent = this.dataset.thanks ?? '';
    if (helpful) {
      this.record(true);
      return;
    }
    this.unsentNo = true;
    this.comment.hidden = false;
    this.comment.querySelector('textarea')!.focus();
  }

  /** Records the "No" once: with the reader's comment when they send one, else bare. */
  private sendNo(comment: string): void {
    if (!this.unsentNo) return;
    this.unsentNo = false;
    this.record(false, comment);
    if (!this.comment.hidden) {
      const hadFocus = this.comment.contains(document.activeElement);
      this.comment.hidden = true;
      this.status.textContent = comment ? (this.dataset.thanksComment ?? '') : (this.dataset.thanks ?? '');
      // The form the focus was in is gone: the reader lands on what replaced it.
      if (hadFocus) this.status.focus();
    }
  }

  private record(helpful: boolean, comment = ''): void {
    recordEvent({ type: 'helpful', entry: this.dataset.entry ?? '', lang: document.documentElement.lang, helpful, ...(comment ? { comment } : {}) });
  }
}

customElements.define('faq-feedback', FaqFeedback);
