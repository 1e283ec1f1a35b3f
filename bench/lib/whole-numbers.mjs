/**
 * The benchmarks' counts (`--sizes 1000,10000`, `--runs 3`, `--rows 5000`),
 * checked before any work starts: anything but whole numbers of at least 1
 * is named, and the command exits 2. Plain JavaScript, so `scripts/bench.mjs`
 * can use it on whichever Node started it.
 */

/** @param {string} value @param {string} option @returns {number} */
export function wholeNumber(value, option) {
  if (!isWholeNumber(value)) exitWith(`${option} takes a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** @param {string} value @param {string} option @returns {number[]} */
export function wholeNumbers(value, option) {
  const items = value.split(',');
  if (!items.every(isWholeNumber)) exitWith(`${option} takes whole numbers of at least 1, separated by commas, not "${value}"`);
  return items.map(Number);
}

/** @param {string} text */
function isWholeNumber(text) {
  const number = Number(text);
  return text.trim() !== '' && Number.isInteger(number) && number >= 1;
}

/** @param {string} message @returns {never} */
function exitWith(message) {
  console.error(message);
  process.exit(2);
}
