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
