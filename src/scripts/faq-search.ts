import type { SearchAudience, SearchHit, SearchResponse } from '../core/search/types.ts';
import { fill } from '../core/i18n/fill.ts';
import { eventsEnabled, recordEvent, whenLeaving } from './events.ts';
import { MEMBERS_ONLY_ENTRY } from '../core/events/reader-events.ts';
import { createSearchSession, type SearchSession } from '../core/events/search-session.ts';
import { onSearchSourcesChange } from './search-sources.ts';
import { onThisSite } from './site-path.ts';
import { fetchIndexText, prefetchIndexFiles } from './search-prefetch.ts';
import { SEARCH_PANEL_FILE, searchIndexFolder } from '../core/output-folders.ts';
import { keepInSightWhileTyping } from './keep-in-sight.ts';

type Messages = Record<'count' | 'one' | 'none' | 'didYouMean' | 'closest' | 'askUs' | 'loading' | 'failed' | 'typeToStart' | 'members', string>;
type Engine = typeof import('./search-engine.ts');

/** The engine and index load on first use, never with the page. */
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./search-engine.ts'));

/**
 * Search as you type, over the server-rendered search form: an accessible
 * combobox whose results update with every keystroke. Without JavaScript the
 * form still submits to the search page.
 */
class FaqSearch extends HTMLElement {
  private input!: HTMLInputElement;
  /** The results panel, once it is in the page: the toolbar's arrives with the first focus (`SEARCH_PANEL_FILE`). */
  private panel: HTMLElement | undefined;
  private panelReady: Promise<HTMLElement | undefined> | undefined;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private empty!: HTMLElement;
  private suggestions!: HTMLElement;
  private filters: HTMLSelectElement[] = [];
  private messages!: Messages;
  private audienceNames: Record<string, string> = {};
  private hits: SearchHit[] = [];
  private active = -1;
  private generation = 0;
  /** Which queries were searches, for readers' events; none without feedback.endpoint. */
  private session: SearchSession | undefined;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    const panel = this.querySelector<HTMLElement>('[data-search-panel]');
    if (panel) this.attachPanel(panel);

    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');

    this.input.addEventListener('focus', () => this.prepare());
    // Text an input method is still composing (pinyin, kana, a word on Android's keyboard) is searched, but is no search of its own yet.
    this.input.addEventListener('input', (event) => void this.update((event as InputEvent).isComposing));
    this.input.addEventListener('compositionend', () => void this.update());
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.querySelector('form')!.addEventListener('submit', (event) => this.onSubmit(event));
    if (!this.isPage) {
      document.addEventListener('pointerdown', (event) => {
        if (!this.contains(event.target as Node)) this.close();
      });
      this.addEventListener('focusout', (event) => {
        if (!this.contains(event.relatedTarget as Node | null)) this.close();
      });
    }
    onSearchSourcesChange(() => {
      if (this.input.value.trim()) void this.update();
    });
    if (eventsEnabled()) {
      const session = createSearchSession({ record: (search) => recordEvent({ type: 'search', lang: this.lang, ...search }) });
      this.session = session;
      // Results read and left without opening one are a search too: the kind editors most need to see.
      whenLeaving(() => session.left());
    }
    if (this.isPage) this.startFromAddress();
  }

  /**
   * Focus says a query is coming: fetch the search code and the index files
   * every query reads at once, in parallel, so the first keystroke waits only
   * for what depends on its words.
   */
  private prepare(): void {
    const folder = onThisSite(searchIndexFolder(this.lang));
    prefetchIndexFiles((JSON.parse(this.dataset.indexFiles ?? '[]') as string[]).map((file) => folder + file));
    void this.whenPanel();
    void loadEngine().then((module) => module.openPublicIndex(this.lang)).catch(() => undefined);
  }

  /**
   * The panel, fetched the first time it is needed when the page came without
   * it. If it cannot come (offline, before this language's search was ever
   * kept), the box stays a plain form that submits to the search page.
   */
  private whenPanel(): Promise<HTMLElement | undefined> {
    if (this.panel) return Promise.resolve(this.panel);
    this.panelReady ??= fetchIndexText(onThisSite(searchIndexFolder(this.lang)) + SEARCH_PANEL_FILE)
      .then((text) => {
        const template = document.createElement('template');
        // The build's own markup, from this site's origin, with every editor's text escaped (`searchPanelMarkup`).
        template.innerHTML = (JSON.parse(text) as { html: string }).html;
        const panel = template.content.querySelector<HTMLElement>('[data-search-panel]');
        if (!panel) return undefined;
        this.append(panel);
        this.attachPanel(panel);
        return panel;
      })
      .catch(() => {
        this.panelReady = undefined;
        return undefined;
      });
    return this.panelReady;
  }

  private attachPanel(panel: HTMLElement): void {
    this.panel = panel;
    this.list = panel.querySelector('[data-search-results]')!;
    this.status = panel.querySelector('[data-search-status]')!;
    this.empty = panel.querySelector('[data-search-empty]')!;
    this.suggestions = panel.querySelector('[data-search-suggestions]')!;
    this.filters = [...panel.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
    this.messages = JSON.parse(panel.dataset.messages ?? '{}') as Messages;
    this.audienceNames = JSON.parse(panel.dataset.audienceNames ?? '{}') as Record<string, string>;
    this.input.setAttribute('aria-controls', this.list.id);
    for (const filter of this.filters) filter.addEventListener('change', () => void this.update());
  }

  override get lang(): string {
    return this.dataset.lang ?? document.documentElement.lang;
  }

  private get isPage(): boolean {
    return this.dataset.variant === 'page';
  }

  /** `/search/?q=…` opens with its results, so a search can be shared as a link. */
  private startFromAddress(): void {
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    for (const filter of this.filters) filter.value = params.get(filter.name) ?? '';
    this.panel!.hidden = false;
    if (this.input.value.trim()) void this.update();
    else this.status.textContent = this.messages.typeToStart;
  }

  private async update(composing = false): Promise<void> {
    const generation = ++this.generation;
    if (!(await this.whenPanel()) || generation !== this.generation) return;
    const query = this.input.value;
    if (!query.trim()) {
      this.render({ hits: [] }, '');
      if (!this.isPage) this.close();
      return;
    }
    this.open();
    const slow = setTimeout(() => {
      if (generation === this.generation) this.status.textContent = this.messages.loading;
    }, 150);
    try {
      const { search } = await loadEngine();
      const [audience, category] = this.filters.map((filter) => filter.value || undefined);
      const response = await search(this.lang, query, { limit: 10, audience: audience as SearchAudience | undefined, category });
      // Keystrokes outrun the network: only the newest query may paint.
      if (generation === this.generation) this.render(response, query, composing);
    } catch {
      if (generation === this.generation) this.renderFailure(query);
    } finally {
      clearTimeout(slow);
    }
    if (this.isPage) this.rememberInAddress(query);
  }

  private render(response: SearchResponse, query: string, composing = false): void {
    this.hits = response.hits;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(...response.hits.map((hit, index) => this.renderHit(hit, index)));
    // The query these results answer, for whatever waits for them: a "loading" status may come first.
    this.list.dataset.query = query.trim();
    const count = response.hits.length;
    this.status.textContent = !query.trim() ? '' : count === 0 ? fill(this.messages.none, { query: query.trim() }) : count === 1 ? this.messages.one : fill(this.messages.count, { count });
    this.empty.hidden = count > 0 || !query.trim();
    this.carryQueryToAsk(query.trim());
    this.suggestions.replaceChildren(...(count === 0 && response.didYouMean ? this.renderSuggestions(response.didYouMean) : []));
    this.session?.shown(query.trim(), count, composing);
    this.keepFirstAnswerInSight();
  }

  /** The home page's box sits under its heading: on a phone, its first answer would be typed for unseen under the keyboard. */
  private keepFirstAnswerInSight(): void {
    if (this.dataset.variant !== 'hero') return;
    keepInSightWhileTyping(this.querySelector('form')!, this.input, this.list.firstElementChild ?? (this.empty.hidden ? null : this.empty));
  }

  /** "Ask your question" under no results opens the ask page with the words already typed. */
  private carryQueryToAsk(query: string): void {
    const link = this.empty.querySelector<HTMLAnchorElement>('a[data-search-ask]');
    if (!link) return;
    const url = new URL(link.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    link.href = url.href;
  }

  /** The index could not load: say so, and show nothing that reads as "no answers" (nor report the query as one). */
  private renderFailure(query: string): void {
    this.hits = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren();
    // Still the answer for this query, so what waits for its results stops waiting.
    this.list.dataset.query = query.trim();
    this.suggestions.replaceChildren();
    this.empty.hidden = true;
    this.session?.failed();
    this.status.textContent = this.messages.failed;
  }

  private renderHit(hit: SearchHit, index: number): HTMLLIElement {
    // An option holds no link of its own (controls must not nest): choosing it, by click or Enter, opens its page.
    const item = document.createElement('li');
    item.id = `${this.list.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.dataset.url = hit.url.startsWith('/') || /^https?:/.test(hit.url) ? hit.url : onThisSite(hit.url);
    // The engine escapes all text and adds only <mark>: safe to set as HTML.
    const question = element('span', 'search-hit-question', hit.question.html);
    const snippet = element('span', 'search-hit-snippet', hit.snippet.html);
    const meta = element('span', 'search-hit-meta', '');
    meta.textContent = [hit.categoryTitle, hit.audience.map((audience) => this.audienceNames[audience] ?? audience).join(', ')].filter(Boolean).join(' · ');
    if (hit.members) {
      const mark = element('span', 'members-mark', '');
      mark.textContent = this.messages.members;
      meta.append(' ', mark);
    }
    item.append(question, snippet, meta);
    item.addEventListener('pointerdown', (event) => event.preventDefault()); // keep focus in the input until the click lands
    item.addEventListener('click', () => this.openHit(index));
    return item;
  }

  private renderSuggestions(didYouMean: NonNullable<SearchResponse['didYouMean']>): HTMLElement[] {
    const nodes: HTMLElement[] = [];
    if (didYouMean.query) {
      const paragraph = document.createElement('p');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = didYouMean.query;
      button.addEventListener('click', () => this.searchFor(didYouMean.query));
      paragraph.append(`${this.messages.didYouMean}: `, button);
      nodes.push(paragraph);
    }
    if (didYouMean.questions.length) {
      const heading = document.createElement('p');
      heading.textContent = this.messages.closest;
      const list = document.createElement('ul');
      for (const question of didYouMean.questions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button';
        button.textContent = question;
        button.addEventListener('click', () => this.searchFor(question));
        const item = document.createElement('li');
        item.append(button);
        list.append(item);
      }
      nodes.push(heading, list);
    }
    return nodes;
  }

  private searchFor(text: string): void {
    this.input.value = text;
    this.input.focus();
    void this.update();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // While an input method composes, its keys choose among its words: the arrows and Escape are its own.
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.panel || this.panel.hidden) {
        void this.update();
        return;
      }
      if (this.hits.length === 0) return;
      const last = this.hits.length - 1;
      if (event.key === 'ArrowDown') this.activate(this.active >= last ? -1 : this.active + 1);
      else this.activate(this.active <= -1 ? last : this.active - 1);
    } else if (event.key === 'Escape') {
      if (!this.isPage && this.panel && !this.panel.hidden) {
        event.preventDefault();
        this.close();
      }
    }
  }

  /** Moves the highlight; -1 is the text box itself, one step past either end of the list. */
  private activate(next: number): void {
    this.list.children[this.active]?.setAttribute('aria-selected', 'false');
    this.active = next;
    const option = this.list.children[next] as HTMLElement | undefined;
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onSubmit(event: SubmitEvent): void {
    // Without its panel, the box is the plain form: it goes to the search page.
    if (!this.panel) return;
    const option = this.list.children[this.active] as HTMLElement | undefined;
    if (option?.dataset.url) {
      event.preventDefault();
      this.openHit(this.active);
    } else if (this.isPage) {
      event.preventDefault();
      void this.update();
    }
  }

  private rememberInAddress(query: string): void {
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    for (const filter of this.filters) {
      if (filter.value) url.searchParams.set(filter.name, filter.value);
      else url.searchParams.delete(filter.name);
    }
    history.replaceState(history.state, '', url);
  }

  private openHit(index: number): void {
    const hit = this.hits[index];
    const option = this.list.children[index] as HTMLElement | undefined;
    if (!hit || !option?.dataset.url) return;
    // A members-only answer is never named by its id outside the members-only section.
    this.session?.opened(hit.members ? MEMBERS_ONLY_ENTRY : hit.id, index + 1);
    location.assign(option.dataset.url);
  }

  private open(): void {
    this.panel!.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    if (this.isPage || !this.panel) return;
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.activate(-1);
  }
}

function element(tag: string, className: string, html: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.innerHTML = html;
  return node;
}

/** `/` or Ctrl/Cmd+K from anywhere on the page focuses its search box: the page's own, else the toolbar's. */
function focusSearchOnShortcut(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  const shortcut = (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut) return;
  const input = document.querySelector<HTMLInputElement>('faq-search[data-variant="page"] input, faq-search[data-variant="hero"] input, faq-search[data-variant="toolbar"] input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

if (!customElements.get('faq-search')) {
  customElements.define('faq-search', FaqSearch);
  document.addEventListener('keydown', focusSearchOnShortcut);
}
