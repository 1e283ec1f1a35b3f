import { SERVICE_WORKER_FILE } from '../core/output-folders.ts';
import { KEPT_COPY_TIMING } from '../core/offline/worker-messages.ts';
import { onThisSite } from './site-path.ts';

/**
 * On every page: registers the service worker (a file of the site, as the
 * security policy requires), and shows the toolbar's link to the saved
 * answers while the device is offline, or when the page is the device's
 * copy because the network failed.
 */
if ('serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register(onThisSite(SERVICE_WORKER_FILE), { scope: onThisSite('') }).catch(() => undefined);
  // After the page has loaded: the shell the worker fetches must not slow down the first page a reader opens.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

const links = document.querySelectorAll<HTMLElement>('[data-offline-link]');
const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
const readFromDevice = navigation?.serverTiming?.some((metric) => metric.name === KEPT_COPY_TIMING) ?? false;
const showLinks = (offline: boolean) => links.forEach((link) => (link.hidden = !offline));
showLinks(readFromDevice || !navigator.onLine);
addEventListener('online', () => showLinks(false));
addEventListener('offline', () => showLinks(true));
