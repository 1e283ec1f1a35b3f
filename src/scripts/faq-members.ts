import { hasSession } from './members-storage.ts';
import {
  addMembersSearch, answerContent, forgetKeptKey, forgottenReason, loadCatalogue, loadManifest, loadShard, prepare, restore, signOut, StaleKeyError, takeForgottenNotice, unlock, UnreachableError,
  type OpenCatalogue, type OpenEntry, type Unlocked, type UnlockResult,
} from './members-client.ts';

type Messages = Record<'unlocking' | 'wrongCode' | 'unavailable' | 'unreachable' | 'notFound' | 'mark' | 'updated' | 'staleKey' | 'revoked' | 'related' | 'products' | 'back', string>;

/**
 * The members-only page: the access-code form, then the decrypted catalogue,
 * or one answer when the address names it (`members/#<id>`), so a deep link
 * opened without a code shows the form first and the answer after unlocking.
 *
 * The form can't be submitted until this script runs (its controls start
 * disabled, with a message for browsers without JavaScript), and never goes
 * anywhere: a code must not end up in an address, a history or a server log.
 */
class FaqMembers extends HTMLElement {
  private session: Unlocked | undefined;
  private messages!: Messages;
  private locked!: HTMLElement;
  private unlocked!: HTMLElement;
  private view!: HTMLElement;
  private error!: HTMLElement;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;

  connectedCallback(): void {
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    this.locked = this.querySelector('[data-members-locked]')!;
    this.unlocked = this.querySelector('[data-members-unlocked]')!;
    this.view = this.querySelector('[data-members-view]')!;
    this.error = this.querySelector('[data-members-error]')!;
    this.form = this.querySelector('[data-members-form]')!;
    this.input = this.form.elements.namedItem('code') as HTMLInputElement;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    // Nothing members-only is fetched with the page: only once the customer means to unlock.
    this.input.addEventListener('focus', () => void prepare(this.lang), { once: true });
    this.querySelector('[data-members-sign-out]')!.addEventListener('click', () => void this.signOut());
    window.addEventListener('hashchange', () => void this.render());
    this.enableForm(true);
    // `data-ready` once the page knows whether this visitor is signed in: for tests and styles, never before.
    void this.start().finally(() => this.toggleAttribute('data-ready', true));
  }

  private async start(): Promise<void> {
    let available: boolean;
    try {
      available = (await loadManifest()) !== undefined;
    } catch {
      // Offline or the host failing: the form stays, and says so to a customer who expected to be signed in.
      if (await hasSession()) this.error.textContent = this.messages.unreachable;
      return;
    }
    if (!available) {
      this.error.textContent = this.messages.unavailable;
      this.enableForm(false);
      return;
    }
    const forgotten = takeForgottenNotice();
    if (forgotten) this.error.textContent = this.messages[forgotten];
    if (!(await hasSession())) return;
    void prepare(this.lang);
    let unlocked: Unlocked | undefined;
    try {
      unlocked = await restore();
    } catch (error) {
      // The kept code was removed from this build's codes, or its key is of another kind: forgotten, and the form says which.
      const reason = forgottenReason(error);
      if (reason) {
        await forgetKeptKey(reason);
        takeForgottenNotice();
      }
      this.error.textContent = this.messages[reason ?? 'unreachable'];
      return;
    }
    if (unlocked) await this.open(unlocked, false);
  }

  private async submit(): Promise<void> {
    const remember = (this.form.elements.namedItem('remember') as HTMLInputElement).checked;
    const button = this.form.querySelector('button')!;
    button.disabled = true;
    this.error.textContent = this.messages.unlocking;
    let result: UnlockResult | undefined;
    let failure: unknown;
    try {
      result = await unlock(this.input.value, remember, this.lang);
    } catch (error) {
      failure = error;
    }
    button.disabled = false;
    if (!result || 'wrongCode' in result) {
      // A network failure or a build changing under the page is not a wrong code: saying so would send the customer hunting for a typo.
      const reason = failure instanceof UnreachableError ? 'unreachable' : failure instanceof StaleKeyError ? 'staleKey' : failure ? 'unreachable' : 'wrongCode';
      this.error.textContent = this.messages[reason];
      if (reason === 'wrongCode') this.input.setAttribute('aria-invalid', 'true');
      else this.input.removeAttribute('aria-invalid');
      this.input.focus();
      this.input.select();
      return;
    }
    this.input.value = '';
    this.input.removeAttribute('aria-invalid');
    this.error.textContent = '';
    await this.open(result.unlocked, true);
  }

  /** Shows the unlocked section, once the keys have opened this build's catalogues: never an empty "signed in" panel. */
  private async open(unlocked: Unlocked, moveFocus: boolean): Promise<void> {
    try {
      await loadCatalogue(unlocked, this.lang);
    } catch (error) {
      if (error instanceof StaleKeyError) {
        await forgetKeptKey('staleKey');
        takeForgottenNotice();
        this.error.textContent = this.messages.staleKey;
      } else {
        this.error.textContent = this.messages.unreachable;
      }
      return;
    }
    this.session = unlocked;
    addMembersSearch(unlocked, this.lang);
    this.locked.hidden = true;
    this.unlocked.hidden = false;
    await this.render();
    if (moveFocus) this.view.focus();
  }

  /** The page ships the controls disabled, so nothing can be submitted before this script is ready to keep the code in the page. */
  private enableForm(enabled: boolean): void {
    for (const control of this.form.elements) (control as HTMLInputElement | HTMLButtonElement).disabled = !enabled;
  }

  override get lang(): string {
    return document.documentElement.lang;
  }

  private async render(): Promise<void> {
    if (!this.session) return;
    try {
      await this.renderView(this.session);
    } catch (error) {
      this.view.replaceChildren(paragraph(error instanceof StaleKeyError ? this.messages.staleKey : this.messages.unreachable), this.backLink());
    }
  }

  private async renderView(unlocked: Unlocked): Promise<void> {
    const catalogue = await loadCatalogue(unlocked, this.lang);
    const id = entryIdFrom(location.hash);
    if (!id) return this.view.replaceChildren(...this.renderCatalogue(catalogue));
    const entry = catalogue.entries.find((candidate) => candidate.id === id);
    if (!entry) return this.view.replaceChildren(paragraph(this.messages.notFound), this.backLink());
    const shard = await loadShard(entry);
    const answer = shard.entries[entry.id];
    if (!answer) return this.view.replaceChildren(paragraph(this.messages.notFound), this.backLink());
    document.title = `${entry.question} · ${document.title.split(' · ').pop()}`;
    const heading = element('h1', entry.question);
    heading.append(' ', this.mark());
    const body = document.createElement('div');
    body.className = 'answer prose';
    // Rendered at build time by the same renderer as public answers, and authenticated by AES-GCM on the way here.
    body.replaceChildren(answerContent(answer.html, entry.key));
    const parts: HTMLElement[] = [this.backLink(), heading];
    if (entry.updated) parts.push(paragraph(`${this.messages.updated}: ${entry.updated}`, 'entry-meta'));
    parts.push(body);
    for (const [title, links] of [[this.messages.products, answer.products], [this.messages.related, answer.related]] as const) {
      if (!links.length) continue;
      const list = document.createElement('ul');
      list.className = 'link-list';
      for (const link of links) list.append(listItem(link.leaves === undefined ? anchor(link.href, link.title) : externalAnchor(link.href, link.title, link.leaves)));
      parts.push(element('h2', title), list);
    }
    this.view.replaceChildren(...parts);
  }

  private renderCatalogue(catalogue: OpenCatalogue): HTMLElement[] {
    const groups = new Map<string, OpenEntry[]>();
    for (const entry of catalogue.entries) {
      const title = entry.categories[0]?.title ?? '';
      groups.set(title, [...(groups.get(title) ?? []), entry]);
    }
    const parts: HTMLElement[] = [element('h1', this.querySelector('[data-members-locked] h1')?.textContent ?? '')];
    for (const [title, entries] of groups) {
      const list = document.createElement('ul');
      list.className = 'question-list';
      for (const entry of entries) {
        const link = anchor(`#${encodeURIComponent(entry.id)}`, entry.question);
        link.className = 'question-link';
        list.append(listItem(link));
      }
      parts.push(element('h2', title), list);
    }
    return parts;
  }

  private backLink(): HTMLElement {
    const link = anchor('#', this.messages.back);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', location.pathname + location.search);
      void this.render();
    });
    return paragraph(link);
  }

  private mark(): HTMLElement {
    const mark = element('span', this.messages.mark);
    mark.className = 'members-mark';
    return mark;
  }

  private async signOut(): Promise<void> {
    await signOut();
    this.session = undefined;
    this.view.replaceChildren();
    this.unlocked.hidden = true;
    this.locked.hidden = false;
    this.input.focus();
  }
}

/** The entry id a `#…` fragment names; a malformed one (`#%`) names none rather than throwing. */
function entryIdFrom(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function paragraph(content: string | HTMLElement, className?: string): HTMLElement {
  const node = document.createElement('p');
  node.append(content);
  if (className) node.className = className;
  return node;
}

function anchor(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  return link;
}

/** Marked as answers mark links that leave the site: the same class, `rel`, and a label for screen readers. */
function externalAnchor(href: string, text: string, label: string): HTMLAnchorElement {
  const link = anchor(href, text);
  link.rel = 'noopener noreferrer';
  link.className = 'external';
  const hidden = element('span', ` ${label}`);
  hidden.className = 'visually-hidden';
  link.append(hidden);
  return link;
}

function listItem(content: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.append(content);
  return item;
}

if (!customElements.get('faq-members')) customElements.define('faq-members', FaqMembers);
