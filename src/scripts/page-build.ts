import { BUILD_HEADER, BUILD_META_NAME } from '../core/offline/build-marks.ts';

/** Headers that tell the service worker which build this page is from: its files must come from the same build. */
export function pageBuildHeaders(): Record<string, string> {
  const build = document.querySelector<HTMLMetaElement>(`meta[name="${BUILD_META_NAME}"]`)?.content;
  return build ? { [BUILD_HEADER]: build } : {};
}
