/** Most-asked first (higher priority), then alphabetically by question in the reader's language. */
export function compareEntries(lang: string): (a: { priority: number; question: string }, b: { priority: number; question: string }) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => b.priority - a.priority || collator.compare(a.question, b.question);
}
