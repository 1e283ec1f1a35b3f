/// <reference types="astro/client" />

declare module 'virtual:faq/model' {
  const model: import('./core/site/model.ts').SiteModel;
  export default model;
}

declare module 'virtual:faq/pictures' {
  /** Every picture public answers show, by its key in the content folder, as Astro imports it. */
  const pictures: Map<string, import('astro').ImageMetadata>;
  export default pictures;
}

interface ImportMetaEnv {
  /** True in `astro build`, false in the dev server (set by the faq-site integration). */
  readonly FAQ_BUILD: boolean;
  /** This build's id (`newBuildId`); pages carry it for the service worker. */
  readonly FAQ_BUILD_ID: string;
}
