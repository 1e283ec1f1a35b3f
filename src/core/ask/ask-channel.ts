import type { SiteSettings } from '../content/types.ts';

/**
 * Where the ask page hands a question on, decided once from site.yaml: the
 * page's markup, its script and the security policy all read this.
 */
export type AskChannel =
  /** A JSON POST (a plain form post without JavaScript) to `ask.endpoint`. */
  | { kind: 'endpoint'; endpoint: string }
  /** Netlify Forms: the static form Netlify finds at deploy, posted to the site itself. */
  | { kind: 'netlify'; formName: string }
  /** The customer's own mail program, with subject and body filled in. */
  | { kind: 'mailto'; address: string }
  /** Nothing configured and no e-mail contact: the page offers the contact channels instead. */
  | { kind: 'none' };

/** The form's name in Netlify's dashboard. */
export const NETLIFY_FORM_NAME = 'ask';

const MAILTO_ADDRESS = /^mailto:([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)(?:\?.*)?$/;

export function askChannel(settings: Pick<SiteSettings, 'ask' | 'contact'>): AskChannel {
  const ask = settings.ask;
  if (ask?.endpoint) return { kind: 'endpoint', endpoint: ask.endpoint };
  if (ask?.netlify) return { kind: 'netlify', formName: NETLIFY_FORM_NAME };
  if (ask?.email) return { kind: 'mailto', address: ask.email };
  for (const channel of settings.contact) {
    const address = MAILTO_ADDRESS.exec(channel.href)?.[1];
    if (address) return { kind: 'mailto', address };
  }
  return { kind: 'none' };
}
