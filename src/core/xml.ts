/** Text safe inside XML elements and attributes (sitemap, feeds). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
