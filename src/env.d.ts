/// <reference types="astro/client" />

declare module 'virtual:faq/model' {
  const model: import('./core/site/model.ts').SiteModel;
  export default model;
}
