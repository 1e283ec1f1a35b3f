import type { MembersCatalogue, MembersCatalogueEntry } from '../core/gate/section-format.ts';
import { addMembersSearch, loadCatalogue, loadManifest, loadShard, prefetchCatalogue, restore, signOut, unlock } from './members-client.ts';

type Messages = Record<'unlocking' | 'wrongCode' | 'unavailable' | 'notFound' | 'mark' | 'updated' | 'related' | 'products' | 'back', string>;

/**
 * The members-only page: the access-code form, then the decrypted catalogue,
 * or one answer when the address names it (`members/#<id>`), so a deep link
 * opened without a code shows the form first and the answer after unlocking.
 */
class FaqMembers extends HTMLElement {
  private key: CryptoKey | undefined;
  private messages!: Messages;
  private locked!: HTMLElement;
  private unlocked!: HTMLElement;
  private view!: HTMLElement;
  private error!: HTMLElement;
  private form!: HTMLFormElement;

  connectedCallback(): void {
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    this.locked = this.querySelector('[data-members-locked]')!;
    this.unlocked = this.querySelector('[data-members-unlocked]')!;
    this.view = this.querySelector('[data-members-view]')!;
    this.error = this.querySelector('[data-members-error]')!;
    this.form = this.querySelector('[data-members-form]')!;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.querySelector('[data-members-sign-out]')!.addEventListener('click', () => void this.signOut());
    window.addEventListener('hashchange', () => void this.render());
    void this.start();
  }

  private async start(): Promise<void> {
    if (!(await loadManifest())) {
      this.error.textContent = this.messages.unavailable;
      for (const control of this.form.elements) (control as HTMLInputElement).disabled = true;
      return;
    }
    void prefetchCatalogue(this.lang);
    const key = await restore();
    if (key) await this.open(key, false);
  }

  private async submit(): Promise<void> {
    const input = this.form.elements.namedItem('code') as HTMLInputElement;
    const remember = (this.form.elements.namedItem('remember') as HTMLInputElement).checked;
    const button = this.form.querySelector('button')!;
    button.disabled = true;
    this.error.textContent = this.messages.unlocking;
    const key = await unlock(input.value, remember).catch(() => undefined);
    button.disabled = false;
    if (!key) {
      this.error.textContent = this.messages.wrongCode;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      input.select();
      return;
    }
    input.value = '';
    input.removeAttribute('aria-invalid');
    this.error.textContent = '';
    await this.open(key, true);
  }

  private async open(key: CryptoKey, moveFocus: boolean): Promise<void> {
    this.key = key;
    addMembersSearch(key, this.lang);
    this.locked.hidden = true;
    this.unlocked.hidden = false;
    await this.render();
    if (moveFocus) this.view.focus();
  }

  override get lang(): string {
    return document.documentElement.lang;
  }

  private async render(): Promise<void> {
    if (!this.key) return;
    const catalogue = await loadCatalogue(this.key, this.lang);
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return this.view.replaceChildren(...this.renderCatalogue(catalogue));
    const entry = catalogue.entries.find((candidate) => candidate.id === id);
    if (!entry) return this.view.replaceChildren(paragraph(this.messages.notFound), this.backLink());
    const shard = await loadShard(this.key, catalogue.shards[entry.shard]!);
    const answer = shard.entries[entry.id];
    if (!answer) return this.view.replaceChildren(paragraph(this.messages.notFound), this.backLink());
    document.title = `${entry.question} · ${document.title.split(' · ').pop()}`;
    const heading = element('h1', entry.question);
    heading.append(' ', this.mark());
    const body = document.createElement('div');
    body.className = 'answer prose';
    // Rendered at build time by the same renderer as public answers, and authenticated by AES-GCM on the way here.
    body.innerHTML = answer.html;
    const parts: HTMLElement[] = [this.backLink(), heading];
    if (entry.updated) parts.push(paragraph(`${this.messages.updated}: ${entry.updated}`, 'entry-meta'));
    parts.push(body);
    for (const [title, links] of [[this.messages.products, answer.products], [this.messages.related, answer.related]] as const) {
      if (!links.length) continue;
      const list = document.createElement('ul');
      list.className = 'link-list';
      for (const link of links) list.append(listItem(anchor(link.href, link.title)));
      parts.push(element('h2', title), list);
    }
    this.view.replaceChildren(...parts);
  }

  private renderCatalogue(catalogue: MembersCatalogue): HTMLElement[] {
    const groups = new Map<string, MembersCatalogueEntry[]>();
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
    this.key = undefined;
    this.view.replaceChildren();
    this.unlocked.hidden = true;
    this.locked.hidden = false;
    (this.form.elements.namedItem('code') as HTMLInputElement).focus();
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

function listItem(content: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.append(content);
  return item;
}

if (!customElements.get('faq-members')) customElements.define('faq-members', FaqMembers);
