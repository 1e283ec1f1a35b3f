/// <reference types="astro/client" />

declare module 'virtual:faq/model' {
  const model: import('./core/site/model.ts').SiteModel;
  export default model;
}

interface ImportMetaEnv {
  /** True in `astro build`, false in the dev server (set by the faq-site integration). */
  readonly FAQ_BUILD: boolean;
  /** This build's id (`newBuildId`); pages carry it for the service worker. */
  readonly FAQ_BUILD_ID: string;
}
