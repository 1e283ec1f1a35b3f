import { placeHtml } from '../markdown/heading-levels.ts';
import type { EntryView } from './model.ts';

/** An entry's answer under a heading of `parentLevel` (a listing's h2, the handbook's h3 question…): its own headings start one below. */
export function answerUnder(entry: Pick<EntryView, 'html' | 'placeable'>, parentLevel: number): string {
  return entry.placeable ? placeHtml(entry.placeable, parentLevel) : entry.html;
}
