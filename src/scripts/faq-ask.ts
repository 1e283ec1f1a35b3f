import { checkEmail } from '../core/ask/email-check.ts';
import { askMail, askPayload, mailtoHref, type AskFields } from '../core/ask/ask-message.ts';
import { MEMBERS_ONLY_ENTRY } from '../core/events/reader-events.ts';
import { redactText, withoutPersonalDetails } from '../core/events/redact.ts';
import { fill } from '../core/i18n/fill.ts';
import type { SearchHit } from '../core/search/types.ts';
import { recordEvent } from './events.ts';
import { onThisSite } from './site-path.ts';
import { keepInSightWhileTyping } from './keep-in-sight.ts';

interface Messages {
  count: string;
  one: string;
  none: string;
  loading: string;
  failed: string;
  hint: string;
  members: string;
  emailProblem: Record<string, string>;
  emailTypo: string;
  emailUseSuggestion: string;
  sending: string;
  sentTitle: string;
  sentReplyTo: string;
  sentWhat: string;
  mailtoTitle: string;
  mailtoOpened: string;
  mailtoLink: string;
  answeredThanks: string;
  sendFailed: string;
  copied: string;
  mail: { details: string; topic: string; product: string; page: string };
  labels: { question: string; details: string; topic: string; product: string; email: string };
}

type Engine = typeof import('./search-engine.ts');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./search-engine.ts'));

/** Suggestions wait for a pause in typing: a search per keystroke would flicker and announce half-words. */
const SUGGESTION_DELAY = 250;
/** As many as the page keeps room for, so suggestions never move what is below them. */
const SUGGESTION_COUNT = 3;

/**
 * The ask page: answers that match a question while it is typed, one opened
 * in place, and when none answers it, the question handed on through the
 * channel site.yaml names. The form is server-rendered and works without this
 * element (it posts to the endpoint or Netlify, or offers a mailto: link).
 */
class FaqAsk extends HTMLElement {
  private form!: HTMLFormElement;
  private question!: HTMLTextAreaElement;
  private email: HTMLInputElement | null = null;
  private emailCheck: HTMLElement | null = null;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private answer!: HTMLElement;
  private done!: HTMLElement;
  private sendStatus: HTMLElement | null = null;
  private messages!: Messages;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private shown: SearchHit[] = [];
  private opened = new Set<string>();
  private openHit: SearchHit | undefined;
  private reported = false;
  private sending = false;
  /** An address the customer kept after being told it looks mistyped: sent as it is on the next try. */
  private typoKept: string | undefined;

  connectedCallback(): void {
    this.form = this.querySelector('[data-ask-form]')!;
    this.question = this.form.querySelector('textarea[name="question"]')!;
    this.email = this.form.querySelector('input[name="email"]');
    this.emailCheck = this.querySelector('[data-ask-email-check]');
    this.status = this.querySelector('[data-ask-status]')!;
    this.list = this.querySelector('[data-ask-suggestions]')!;
    this.answer = this.querySelector('[data-ask-answer]')!;
    this.done = this.querySelector('[data-ask-done]')!;
    this.sendStatus = this.querySelector('[data-ask-send-status]');
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;

    this.querySelector<HTMLButtonElement>('[data-ask-send]')?.removeAttribute('hidden');
    this.question.addEventListener('focus', () => void loadEngine().then((module) => module.openPublicIndex(this.lang)).catch(() => undefined));
    this.question.addEventListener('input', () => this.scheduleSuggestions());
    this.email?.addEventListener('change', () => this.showEmailCheck(false));
    this.email?.addEventListener('input', () => {
      this.email!.removeAttribute('aria-invalid');
      this.emailCheck!.replaceChildren();
    });
    this.form.addEventListener('submit', (event) => void this.onSubmit(event));
    this.querySelector('[data-ask-answered]')!.addEventListener('click', () => this.onAnswered());
    this.querySelector('[data-ask-again]')!.addEventListener('click', () => this.startAgain());
    this.querySelector('[data-ask-copy]')?.addEventListener('click', () => void this.copyQuestion());
    // Captured on the window, so the suggestions are queued before the page's events are sent as it is hidden.
    addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.reportSuggested(), { capture: true });

    // A search that found nothing links here with its words: start from them.
    const carried = new URLSearchParams(location.search).get('q')?.trim();
    if (carried) {
      this.question.value = carried;
      void this.suggest();
    }
  }

  override get lang(): string {
    return this.dataset.lang ?? document.documentElement.lang;
  }

  private get channel(): string {
    return this.dataset.channel ?? 'none';
  }

  private scheduleSuggestions(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.suggest(), SUGGESTION_DELAY);
  }

  private async suggest(): Promise<void> {
    const query = this.question.value.trim();
    const generation = ++this.generation;
    if (!query) {
      this.renderSuggestions([], query);
      this.announce(this.messages.hint);
      return;
    }
    const slow = setTimeout(() => generation === this.generation && this.announce(this.messages.loading), 300);
    try {
      const { search } = await loadEngine();
      const searched = withoutPersonalDetails(query);
      const response = searched ? await search(this.lang, searched, { limit: SUGGESTION_COUNT }) : { hits: [] };
      // Typing outruns the index: only the newest question may paint.
      if (generation !== this.generation) return;
      this.renderSuggestions(response.hits, query);
      const count = response.hits.length;
      this.announce(count === 0 ? this.messages.none : count === 1 ? this.messages.one : fill(this.messages.count, { count }));
    } catch {
      if (generation === this.generation) {
        this.renderSuggestions([], query);
        this.announce(this.messages.failed);
      }
    } finally {
      clearTimeout(slow);
    }
  }

  /** The live region speaks only when its words change, so a pause in typing doesn't repeat the same sentence. */
  private announce(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** `query`: the question these suggestions answer, kept on the list so what reads it knows they are current. */
  private renderSuggestions(hits: SearchHit[], query: string): void {
    this.shown = hits;
    this.list.dataset.question = query;
    this.list.replaceChildren(...hits.map((hit) => this.renderSuggestion(hit)));
    // An answer open for a suggestion no longer listed stays open: the customer is reading it.
    keepInSightWhileTyping(this.question.closest('.ask-field')!, this.question, this.list.firstElementChild);
  }

  private renderSuggestion(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    const text = document.createElement('span');
    text.className = 'ask-suggestion-text';
    // The engine escapes all text and adds only <mark>: safe to set as HTML.
    text.innerHTML = hit.question.html;
    const url = entryUrl(hit);
    if (hit.members) {
      // A members-only answer opens decrypted on its own page only.
      const link = document.createElement('a');
      link.className = 'ask-suggestion';
      link.href = url;
      const mark = document.createElement('span');
      mark.className = 'members-mark';
      mark.textContent = this.messages.members;
      text.append(mark);
      link.append(text);
      link.addEventListener('click', () => this.opened.add(MEMBERS_ONLY_ENTRY));
      item.append(link);
      return item;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ask-suggestion';
    button.dataset.entry = hit.id;
    button.setAttribute('aria-expanded', String(this.openHit?.id === hit.id && !this.answer.hidden));
    button.setAttribute('aria-controls', this.answer.id);
    button.append(text);
    button.addEventListener('click', () => void this.openAnswer(hit));
    item.append(button);
    return item;
  }

  /** Shows an answer under the suggestions, read from its own page: the very answer readers see there. */
  private async openAnswer(hit: SearchHit): Promise<void> {
    this.openHit = hit;
    this.opened.add(hit.id);
    for (const button of this.list.querySelectorAll('button')) button.setAttribute('aria-expanded', String(button.dataset.entry === hit.id));
    const url = entryUrl(hit);
    this.answer.querySelector('[data-ask-answer-title]')!.textContent = plainText(hit.question.html);
    this.answer.querySelector<HTMLAnchorElement>('[data-ask-answer-link]')!.href = url;
    const body = this.answer.querySelector('[data-ask-answer-body]')!;
    body.replaceChildren(paragraph(plainText(hit.snippet.html)));
    this.answer.hidden = false;
    this.answer.focus();
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const content = page.querySelector('.answer');
      if (!content || this.openHit !== hit) return;
      // On its page the answer sits under the question's h1; here under an h3: its headings move two levels down.
      for (const heading of content.querySelectorAll('h2, h3, h4')) {
        const lower = document.createElement(`h${Math.min(6, Number(heading.tagName[1]) + 2)}`);
        for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
        lower.append(...heading.childNodes);
        heading.replaceWith(lower);
      }
      for (const element of content.querySelectorAll('[id]')) element.removeAttribute('id');
      body.replaceChildren(...[...content.childNodes].map((node) => document.importNode(node, true)));
    } catch {
      // The snippet stays, with the link to the whole answer.
    }
  }

  private onAnswered(): void {
    const hit = this.openHit;
    if (!hit) return;
    this.reportSuggested();
    recordEvent({ type: 'answered', lang: this.lang, entry: hit.members ? MEMBERS_ONLY_ENTRY : hit.id, question: redactText(this.question.value.trim()) });
    this.finish(this.messages.answeredThanks, []);
  }

  /** What the customer saw while typing, once per question: sent when they decide, or leave. */
  private reportSuggested(): void {
    const question = this.question.value.trim();
    if (this.reported || !question) return;
    this.reported = true;
    recordEvent({
      type: 'ask-suggested',
      lang: this.lang,
      question: redactText(question),
      shown: this.shown.map(entryName),
      opened: [...this.opened],
    });
  }

  private fields(): AskFields {
    const value = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    return { question: value('question'), details: value('details'), topic: value('topic'), product: value('product'), email: value('email'), lang: value('lang') || this.lang, page: value('page') || location.pathname };
  }

  /** The option's text as the customer chose it (topics are indented by depth in the list). */
  private chosenLabel(name: string): string | undefined {
    const select = this.form.elements.namedItem(name) as HTMLSelectElement | null;
    return select?.value ? select.selectedOptions[0]?.textContent?.trim() : undefined;
  }

  /** Whether the address may be sent; otherwise says what is wrong under the field. On submit, focus goes there. */
  private showEmailCheck(submitting: boolean): boolean {
    if (!this.email || !this.emailCheck) return true;
    const value = this.email.value.trim();
    const result = checkEmail(value);
    this.emailCheck.replaceChildren();
    this.email.removeAttribute('aria-invalid');
    if (result.kind === 'ok' || (result.kind === 'typo' && this.typoKept === value)) return true;
    if (result.kind === 'empty' && !submitting) return true;
    if (result.kind === 'typo') {
      const use = document.createElement('button');
      use.type = 'button';
      use.className = 'button button-secondary';
      use.textContent = fill(this.messages.emailUseSuggestion, { suggestion: result.suggestion });
      use.addEventListener('click', () => {
        this.email!.value = result.suggestion;
        this.emailCheck!.replaceChildren();
        this.email!.focus();
      });
      this.emailCheck.append(paragraph(fill(this.messages.emailTypo, { suggestion: result.suggestion })), use);
      // Told once: sending again keeps the address as typed (it may be right).
      if (submitting) this.typoKept = value;
    } else {
      this.email.setAttribute('aria-invalid', 'true');
      this.emailCheck.append(paragraph(this.messages.emailProblem[result.kind === 'empty' ? 'empty' : result.problem] ?? ''));
    }
    if (submitting) this.email.focus();
    return false;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.question.value.trim()) {
      this.question.focus();
      return;
    }
    if (!this.showEmailCheck(true)) return;
    const fields = this.fields();
    if (this.channel === 'mailto') return this.openMail(fields);
    this.sending = true;
    this.setSendStatus(this.messages.sending, 'sending');
    try {
      const response = await this.post(fields);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.reportAsked(fields);
      this.finish(this.messages.sentTitle, [paragraph(fill(this.messages.sentReplyTo, { email: fields.email.trim() })), paragraph(this.messages.sentWhat), this.summary(fields)]);
    } catch (error) {
      // Nothing is cleared: the form keeps every word, and the question can be copied to send another way.
      this.setSendStatus(fill(this.messages.sendFailed, { reason: error instanceof Error ? error.message : String(error) }), 'failed');
      this.querySelector<HTMLElement>('[data-ask-copy-row]')!.hidden = false;
    } finally {
      this.sending = false;
    }
  }

  private post(fields: AskFields): Promise<Response> {
    if (this.channel === 'netlify') {
      // Netlify Forms takes the form as posted, with its name, at the page's own address.
      const body = new URLSearchParams([...new FormData(this.form)].map(([name, value]) => [name, String(value)]));
      return fetch(location.pathname, { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    }
    return fetch(this.dataset.endpoint!, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(askPayload(fields)),
    });
  }

  private mail(fields: AskFields): { subject: string; body: string } {
    return askMail(fields, this.messages.mail, { topic: this.chosenLabel('topic'), product: this.chosenLabel('product'), pageUrl: this.dataset.pageUrl ?? location.href });
  }

  private openMail(fields: AskFields): void {
    const address = this.dataset.address!;
    const href = mailtoHref(address, this.mail(fields));
    const link = document.createElement('a');
    link.href = href;
    link.textContent = address;
    const fallback = document.createElement('p');
    const [before, after = ''] = this.messages.mailtoLink.split('{address}');
    fallback.append(before ?? '', link, after);
    this.reportAsked(fields);
    this.finish(this.messages.mailtoTitle, [paragraph(this.messages.mailtoOpened), fallback, this.summary(fields)]);
    location.href = href;
  }

  private reportAsked(fields: AskFields): void {
    this.reportSuggested();
    recordEvent({ type: 'asked', lang: this.lang, question: redactText(fields.question.trim()), topic: fields.topic || null, product: fields.product || null });
  }

  /** What was sent, as the customer typed it. */
  private summary(fields: AskFields): HTMLDListElement {
    const list = document.createElement('dl');
    const labels = this.messages.labels;
    const rows: [string, string | undefined][] = [
      [labels.question, fields.question.trim()],
      [labels.details, fields.details.trim() || undefined],
      [labels.topic, this.chosenLabel('topic')],
      [labels.product, this.chosenLabel('product')],
    ];
    for (const [label, value] of rows) {
      if (!value) continue;
      const term = document.createElement('dt');
      term.textContent = label;
      const description = document.createElement('dd');
      description.textContent = value;
      list.append(term, description);
    }
    return list;
  }

  private setSendStatus(text: string, state: 'sending' | 'failed'): void {
    if (!this.sendStatus) return;
    this.sendStatus.dataset.state = state;
    this.sendStatus.textContent = text;
  }

  private finish(heading: string, body: Node[]): void {
    this.done.querySelector('[data-ask-done-heading]')!.textContent = heading;
    this.done.querySelector('[data-ask-done-body]')!.replaceChildren(...body);
    this.form.hidden = true;
    this.done.hidden = false;
    this.done.focus();
  }

  private async copyQuestion(): Promise<void> {
    const { subject, body } = this.mail(this.fields());
    const text = `${subject}\n\n${body}`;
    try {
      await navigator.clipboard.writeText(text);
      this.setSendStatus(this.messages.copied, 'failed');
    } catch {
      // No clipboard (an old browser, a refused permission): select the question so the customer can copy it.
      this.question.focus();
      this.question.select();
    }
  }

  private startAgain(): void {
    this.form.reset();
    this.generation++;
    this.renderSuggestions([], '');
    this.announce(this.messages.hint);
    this.answer.hidden = true;
    this.openHit = undefined;
    this.opened.clear();
    this.reported = false;
    this.typoKept = undefined;
    this.sendStatus?.replaceChildren();
    this.querySelector<HTMLElement>('[data-ask-copy-row]')?.setAttribute('hidden', '');
    this.done.hidden = true;
    this.form.hidden = false;
    this.question.focus();
  }
}

function entryUrl(hit: SearchHit): string {
  return hit.url.startsWith('/') || /^https?:/.test(hit.url) ? hit.url : onThisSite(hit.url);
}

function entryName(hit: SearchHit): string {
  return hit.members ? MEMBERS_ONLY_ENTRY : hit.id;
}

function paragraph(text: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.textContent = text;
  return node;
}

/** Highlighted text from the engine (escaped, with <mark>) as plain text. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

if (!customElements.get('faq-ask')) customElements.define('faq-ask', FaqAsk);
