import { fill } from '../core/i18n/fill.ts';
import type { OfflineStrings } from '../core/i18n/offline-strings.ts';
import { formatSize } from '../core/offline/format-size.ts';
import type { OfflineList } from '../core/offline/offline-list.ts';
import type { WorkerReply, WorkerRequest } from '../core/offline/worker-messages.ts';
import { offlineListFile } from '../core/output-folders.ts';
import { onThisSite } from './site-path.ts';

/**
 * Offline reading in the page: `<faq-saved-answers>` lists the answers this
 * device can open offline (the saved page, the offline page), and
 * `<faq-save-offline>` saves a topic, or everything when the language is
 * small enough, after saying how much it weighs. The service worker keeps
 * the files; the page only asks it.
 */

/** The running worker of this site, if there is one. */
async function activeWorker(): Promise<ServiceWorker | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const registration = await navigator.serviceWorker.getRegistration(onThisSite(''));
  if (!registration) return undefined;
  return registration.active ?? (await navigator.serviceWorker.ready).active ?? undefined;
}

/** Sends a request to the worker; `onReply` gets every reply until it returns true. */
function ask(worker: ServiceWorker, request: WorkerRequest, onReply: (reply: WorkerReply) => boolean): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (onReply(event.data)) channel.port1.close();
  };
  worker.postMessage(request, [channel.port2]);
}

function stringsOf(element: HTMLElement): OfflineStrings {
  return JSON.parse(element.dataset.strings ?? '{}') as OfflineStrings;
}

class SavedAnswers extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const strings = stringsOf(this);
    const lang = this.dataset.lang ?? document.documentElement.lang;
    const status = this.querySelector<HTMLElement>('[data-saved-status]')!;
    const list = this.querySelector<HTMLUListElement>('[data-saved-list]')!;
    status.textContent = strings.savedLoading;
    const worker = await activeWorker().catch(() => undefined);
    if (!worker) {
      status.textContent = strings.savedUnavailable;
      return;
    }
    ask(worker, { type: 'list', lang }, (reply) => {
      if (reply.type !== 'list') return false;
      list.replaceChildren(
        ...reply.answers.map((answer) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.className = 'question-link';
          link.href = answer.url;
          link.textContent = answer.question;
          item.append(link);
          return item;
        }),
      );
      status.textContent = reply.answers.length ? '' : strings.savedNone;
      this.dataset.state = 'listed';
      return true;
    });
  }
}

class SaveOffline extends HTMLElement {
  private list: Promise<OfflineList> | undefined;

  connectedCallback(): void {
    const strings = stringsOf(this);
    const start = this.querySelector<HTMLButtonElement>('[data-save-start]')!;
    const confirm = this.querySelector<HTMLElement>('[data-save-confirm]')!;
    const question = this.querySelector<HTMLElement>('[data-save-question]')!;
    const save = this.querySelector<HTMLButtonElement>('[data-save-go]')!;
    const cancel = this.querySelector<HTMLButtonElement>('[data-save-cancel]')!;
    const status = this.querySelector<HTMLElement>('[data-save-status]')!;
    const everything = this.dataset.scope === 'everything';
    // Saving needs a service worker: without one the button stays hidden.
    if (!('serviceWorker' in navigator)) return;
    this.dataset.ready = '';
    let selection: { pages: string[]; files: string[] } = { pages: [], files: [] };

    const offer = async (): Promise<boolean> => {
      const list = await this.loadList().catch(() => undefined);
      if (!list) {
        status.textContent = strings.saveUnreachable;
        return false;
      }
      const chosen = everything ? list.entries.map((_, i) => i) : (list.topics[this.dataset.topic ?? ''] ?? []);
      const entries = chosen.map((i) => list.entries[i]!);
      selection = { pages: entries.map(([url]) => url), files: everything ? list.search.map(([url]) => url) : [] };
      const bytes = [...entries, ...(everything ? list.search : [])].reduce((sum, [, size]) => sum + size, 0);
      question.textContent = fill(everything ? strings.saveEverythingConfirm : strings.saveTopicConfirm, { count: entries.length, size: formatSize(bytes, document.documentElement.lang) });
      confirm.hidden = false;
      return everything ? list.everything : true;
    };

    if (everything) {
      // Offered only when the whole language is small: the size is shown before the reader chooses.
      // One step: the size is in the question, so there is nothing to cancel.
      start.hidden = true;
      cancel.hidden = true;
      void offer().then((offered) => (this.hidden = !offered));
    } else {
      start.addEventListener('click', async () => {
        status.textContent = '';
        if (await offer()) {
          start.hidden = true;
          save.focus();
        }
      });
    }
    cancel.addEventListener('click', () => {
      confirm.hidden = true;
      if (everything) return;
      start.hidden = false;
      start.focus();
    });
    save.addEventListener('click', async () => {
      const worker = await activeWorker().catch(() => undefined);
      if (!worker) {
        status.textContent = strings.savedUnavailable;
        return;
      }
      save.disabled = true;
      ask(worker, { type: 'save', ...selection }, (reply) => {
        if (reply.type === 'progress') status.textContent = fill(strings.saving, { done: reply.done, count: reply.count });
        if (reply.type !== 'saved') return false;
        save.disabled = false;
        confirm.hidden = true;
        if (!everything) start.hidden = false;
        status.textContent = reply.failed ? fill(strings.saveFailed, { failed: reply.failed, count: reply.count }) : fill(strings.savedDone, { count: reply.done });
        this.dataset.state = reply.failed ? 'failed' : 'saved';
        return true;
      });
    });
  }

  private loadList(): Promise<OfflineList> {
    this.list ??= fetch(onThisSite(offlineListFile(this.dataset.lang ?? document.documentElement.lang))).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<OfflineList>;
    });
    this.list.catch(() => (this.list = undefined));
    return this.list;
  }
}

customElements.define('faq-saved-answers', SavedAnswers);
customElements.define('faq-save-offline', SaveOffline);
