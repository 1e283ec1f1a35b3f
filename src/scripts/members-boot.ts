import { hasSession } from './members-storage.ts';
import { hostedMembersSearchFolder } from '../core/output-folders.ts';
import { onThisSite } from './site-path.ts';

/**
 * On every page: when this browser holds an unlocked session, members-only
 * answers join the search and the lists of their categories. Otherwise nothing
 * more is loaded.
 */
async function boot(): Promise<void> {
  if (document.querySelector('meta[name="faq-members-mode"][content="host"]')) return addHostedMembersSearch();
  if (document.querySelector('faq-members') || !(await hasSession())) return;
  const { restore, addMembersSearch, loadCatalogue, forgetKeptKey, forgottenReason } = await import('./members-client.ts');
  let unlocked;
  try {
    unlocked = await restore();
  } catch (error) {
    // A code removed from this build's codes, or a key of another kind, opens nothing: forget it (the members page asks for the code again and says why).
    const reason = forgottenReason(error);
    if (reason) await forgetKeptKey(reason);
    return;
  }
  if (!unlocked) return;
  const lang = document.documentElement.lang;
  let catalogue;
  try {
    catalogue = await loadCatalogue(unlocked, lang);
  } catch (error) {
    // Files of another build than the manifest's: forget the content keys (the members page asks for the code again and says why).
    if (forgottenReason(error)) return forgetKeptKey('staleKey');
    // Unreachable: search then says it could not load, rather than that members-only answers don't exist.
    return addMembersSearch(unlocked, lang);
  }
  addMembersSearch(unlocked, lang);
  const lists = document.querySelectorAll<HTMLElement>('[data-members-category]');
  if (!lists.length) return;
  const membersPage = document.querySelector<HTMLAnchorElement>('a[data-members-link]')?.href ?? '';
  const mark = document.querySelector<HTMLElement>('[data-members-mark]')?.dataset.membersMark ?? 'Members';
  for (const list of lists) {
    const path = list.dataset.membersCategory!;
    for (const entry of catalogue.entries.filter((candidate) => candidate.categories.some((category) => category.path === path || (path === '*'))) ) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'question-link';
      link.href = `${membersPage}#${encodeURIComponent(entry.id)}`;
      link.textContent = entry.question;
      const badge = document.createElement('span');
      badge.className = 'members-mark';
      badge.textContent = mark;
      link.append(' ', badge);
      item.append(link);
      list.append(item);
    }
  }
}

/** `gate.mode: host`: the members-only index is plain, behind the host's login; try it only after a visit to /members/. */
async function addHostedMembersSearch(): Promise<void> {
  if (localStorage.getItem('faq-members-host') !== '1') return;
  const [{ loadSearchIndex }, { addSearchSource }] = await Promise.all([import('./search-engine.ts'), import('./search-sources.ts')]);
  const lang = document.documentElement.lang;
  const folder = onThisSite(hostedMembersSearchFolder(lang));
  /** No members-only index for this language, or no longer signed in: nothing to add, not a failure. */
  const absent = new Error('no members-only index here');
  const index = loadSearchIndex(async (path) => {
    const response = await fetch(folder + path, { credentials: 'same-origin' });
    if ([401, 403, 404].includes(response.status)) throw absent;
    if (!response.ok) throw new Error(`${folder}${path}: HTTP ${response.status}`);
    return response.text();
  }).catch((error: unknown) => {
    if (error === absent) return undefined;
    throw error;
  });
  index.catch(() => undefined);
  addSearchSource(lang, index);
}

void boot();
