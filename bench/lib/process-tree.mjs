import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from /proc.
 * A build may fork workers; a single process's max RSS (what `time -v`
 * reports) would miss them, so the whole tree is summed.
 */
export function readTreeRss(rootPid) {
  let total = 0;
  for (const pid of descendantsOf(rootPid)) total += readRss(pid);
  return total;
}

/**
 * CPU time (user and system) spent so far by a process and all its
 * descendants, in milliseconds: the live ones' own time, plus what the
 * children they have already reaped spent. On a shared machine wall time
 * moves with everyone else's load; CPU time much less.
 */
export function readTreeCpuMs(rootPid) {
  let ticks = 0;
  for (const pid of descendantsOf(rootPid)) ticks += readCpuTicks(pid);
  return (ticks * 1000) / clockTicksPerSecond();
}

/** utime, stime, cutime and cstime: fields 14 to 17 of /proc/<pid>/stat. */
function readCpuTicks(pid) {
  const fields = statFields(pid);
  if (!fields) return 0;
  return [11, 12, 13, 14].reduce((sum, index) => sum + (Number(fields[index]) || 0), 0);
}

let clockTicks;
function clockTicksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // Linux has used 100 on every common architecture for decades.
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** The root and every process below it, found by walking parent links. */
function descendantsOf(rootPid) {
  const childrenByParent = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = readParentPid(Number(name));
    if (parent === null) continue;
    if (!childrenByParent.has(parent)) childrenByParent.set(parent, []);
    childrenByParent.get(parent).push(Number(name));
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index++) tree.push(...(childrenByParent.get(tree[index]) ?? []));
  return tree;
}

function readParentPid(pid) {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : null;
}

/** The fields of /proc/<pid>/stat from the third (state) on. */
function statFields(pid) {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name is in parentheses and may itself hold spaces or ')': fields start after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** VmRSS in bytes; 0 for a process that has just exited. */
function readRss(pid) {
  const status = readOrNull(`/proc/${pid}/status`);
  const kilobytes = status && /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/** Processes come and go while we read: a vanished one simply counts for nothing. */
function readOrNull(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function canReadProc() {
  return fs.existsSync('/proc/self/status');
}
