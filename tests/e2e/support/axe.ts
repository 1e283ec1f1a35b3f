import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The impacts a test fails on; minor and moderate findings are left to reviews. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeViolation {
  /** The axe rule, e.g. `image-alt`. */
  id: string;
  impact: 'serious' | 'critical';
  /** One line saying what is wrong. */
  help: string;
  helpUrl: string;
  /** The offending elements: a CSS selector and the start of their HTML. */
  nodes: { target: string; html: string }[];
}

export interface AxeOptions {
  /** Selectors of regions to leave out, e.g. a third-party widget. */
  exclude?: string[];
  /** Rule ids to turn off, each with a reason in the calling test. */
  disableRules?: string[];
}

/** Read once per test file: axe.min.js is about half a megabyte. */
let axeSource: string | undefined;

function readAxeSource(): string {
  axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core in the page and returns its serious and critical violations.
 * axe is evaluated through the DevTools protocol rather than a <script> tag,
 * so the site's strict Content-Security-Policy cannot block it.
 */
export async function findAccessibilityViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(readAxeSource());
  const violations = await page.evaluate(async ({ exclude, disableRules }) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResult> } }).axe;
    const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
    const rules = Object.fromEntries(disableRules.map((rule) => [rule, { enabled: false }]));
    const result = await axe.run(context, { resultTypes: ['violations'], rules });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' '), html: node.html })),
    }));
  }, { exclude: options.exclude ?? [], disableRules: options.disableRules ?? [] });
  return violations.filter((violation): violation is AxeViolation => FAILING_IMPACTS.has(violation.impact));
}

/**
 * A failure message a person can act on: each rule, why it matters, and the
 * elements to fix. Use it as the message of the assertion:
 * `expect(violations, formatViolations(violations)).toEqual([])`.
 */
export function formatViolations(violations: AxeViolation[], pageLabel = 'the page'): string {
  if (violations.length === 0) return `no serious or critical accessibility violations on ${pageLabel}`;
  const lines = [`${violations.length} serious or critical accessibility violation(s) on ${pageLabel}:`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) lines.push(`    at ${node.target}: ${truncate(node.html, 160)}`);
  }
  return lines.join('\n');
}

function truncate(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}
