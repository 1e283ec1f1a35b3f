import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Benchmarks of other parts of the project, run when package.json defines them. */
export const OTHER_BENCHES = ['bench:search', 'bench:gate', 'bench:insights', 'bench:import', 'bench:pagefind'];

/**
 * Runs each defined benchmark script as `npm run <name> -- --sizes … --json FILE`
 * (the convention those scripts follow) and returns what it printed, without
 * the JSON it also printed, and the JSON it wrote.
 */
export async function runOtherBenches({ repoRoot, sizes, workDir, onStart = () => {} }) {
  const { scripts = {} } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const results = {};
  for (const name of OTHER_BENCHES) {
    if (!scripts[name]) continue;
    onStart(name);
    const jsonFile = path.join(workDir, `${name.replace(/\W/g, '-')}.json`);
    const started = Date.now();
    const { exitCode, output } = await runNpmScript(name, ['--sizes', sizes.join(','), '--json', jsonFile], repoRoot);
    const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')) : null;
    results[name] = { exitCode, wallMs: Date.now() - started, output: json ? withoutTrailingJson(output) : output, json };
  }
  return results;
}

function runNpmScript(name, args, cwd) {
  // Under `npm run bench`, npm tells us which npm it is; reuse it rather than whatever is on PATH.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, 'run', '--silent', name, '--', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ exitCode: code ?? signal, output }));
  });
}

/** A script that prints its JSON after its table: the JSON is kept from the file, the table for people. */
function withoutTrailingJson(output) {
  const lines = output.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (!/^[{[]\s*$/.test(lines[index])) continue;
    try {
      JSON.parse(lines.slice(index).join('\n'));
      return lines.slice(0, index).join('\n');
    } catch {
      // Not the start of the trailing JSON; keep looking.
    }
  }
  return output;
}
