import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Reads a command's options. A mistyped or misused option is the user's
 * mistake, not the program's: it is named, with the command's usage (or,
 * without one, the options it takes), and the command exits 2 without a
 * stack trace.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage?: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage ?? optionsOf(config)}`);
    process.exit(2);
  }
}

function optionsOf(config: ParseArgsConfig): string {
  const options = Object.entries(config.options ?? {}).map(([name, option]) => `--${name}${option.type === 'string' ? ' VALUE' : ''}`);
  return options.length ? `options: ${options.join(' ')}` : 'this command takes no options';
}

/** An option's whole number of at least 1 (`--rows 5000`); anything else is named, and the command exits 2. */
export function wholeNumber(value: string, option: string): number {
  if (!isWholeNumber(value)) {
    console.error(`${option} takes a whole number of at least 1, not "${value}"`);
    process.exit(2);
  }
  return Number(value);
}

/** An option's list of whole numbers of at least 1 (`--sizes 1000,10000`); anything else is named, and the command exits 2. */
export function wholeNumbers(value: string, option: string): number[] {
  const items = value.split(',');
  if (!items.every(isWholeNumber)) {
    console.error(`${option} takes whole numbers of at least 1, separated by commas, not "${value}"`);
    process.exit(2);
  }
  return items.map(Number);
}

function isWholeNumber(text: string): boolean {
  const number = Number(text);
  return text.trim() !== '' && Number.isInteger(number) && number >= 1;
}
