/**
 * Queries and the entries that answer them, and how well a ranking serves
 * them. Two kinds of query file say what answers a query: the generated
 * corpus's (`expected`: the one entry written for it) and a judged set's,
 * such as the real-query development set (`relevant`: every entry that answers it,
 * `grades`: how well, where the judges said).
 */

/** @typedef {{ query: string, lang: string, relevant: string[], grades: Record<string, number>, members: boolean }} JudgedQuery */

/**
 * Every query of a JSONL query file, with `relevant` ids and each one's
 * gain (1 unless graded). A line that is no query is an error naming it.
 * @param {string} text
 * @param {string} file
 * @returns {JudgedQuery[]}
 */
export function readJudgedQueries(text, file) {
  /** @type {JudgedQuery[]} */
  const queries = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not a JSON line`);
    }
    const relevant = Array.isArray(parsed.relevant) ? parsed.relevant.map(String) : typeof parsed.expected === 'string' ? [parsed.expected] : [];
    if (typeof parsed.query !== 'string' || typeof parsed.lang !== 'string' || !relevant.length) {
      throw new Error(`${where}: a query needs "query", "lang" and "expected" (an entry id) or "relevant" (a list of them)`);
    }
    /** @type {Record<string, number>} */
    const grades = {};
    for (const id of relevant) {
      const grade = Number(parsed.grades?.[id]);
      grades[id] = grade > 0 ? grade : 1;
    }
    queries.push({ query: parsed.query, lang: parsed.lang, relevant, grades, members: parsed.members === true });
  });
  return queries;
}

/**
 * P@1 (the first result answers the query) and nDCG@k (graded gain,
 * discounted by log2 of the rank + 1, over the best order the judged
 * entries allow) of the ids a search ranked for `query`.
 * @param {JudgedQuery} query
 * @param {readonly string[]} ranked
 */
export function scoreRanking(query, ranked, k = 10) {
  const gain = (/** @type {string | undefined} */ id) => (id === undefined ? 0 : (query.grades[id] ?? 0));
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(id) / Math.log2(i + 2), 0);
  const ideal = Object.values(query.grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
  return { precisionAt1: ranked.length > 0 && gain(ranked[0]) > 0 ? 1 : 0, ndcgAt10: ideal > 0 ? dcg / ideal : 0 };
}
