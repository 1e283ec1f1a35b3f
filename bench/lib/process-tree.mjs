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
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name is in parentheses and may itself hold spaces or ')': fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
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
