/**
 * CSV as form back ends export it (RFC 4180: commas, double quotes doubled
 * inside quoted fields, line breaks inside quotes), read chunk by chunk so
 * an export of any size streams through in bounded memory.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

/** Feed chunks with `push`, then call `end`; every complete record goes to `onRecord` as soon as it is read. */
export function createCsvReader(onRecord: (record: CsvRecord) => void): { push(chunk: string): void; end(): void } {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  /** After a closing quote: a second quote is an escaped one. */
  let quoteSeen = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const finishRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (fields.length > 1 || fields[0] !== '') onRecord({ fields, line: recordLine });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const char = chunk[i]!;
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (char === '"') {
              field += '"';
              continue;
            }
            quoted = false;
            // fall through: the character after a closing quote is read as unquoted
          } else if (char === '"') {
            quoteSeen = true;
            continue;
          } else {
            if (char === '\n') line++;
            field += char;
            continue;
          }
        }
        if (char === '"' && !fieldStarted) {
          quoted = true;
          fieldStarted = true;
        } else if (char === ',') {
          fields.push(field);
          field = '';
          fieldStarted = false;
        } else if (char === '\n') {
          finishRecord();
          line++;
          recordLine = line;
        } else if (char !== '\r') {
          field += char;
          fieldStarted = true;
        }
      }
    },
    end() {
      if (field !== '' || fields.length || fieldStarted) finishRecord();
    },
  };
}

/** Columns that may hold a whole event or batch as JSON: how services that store the POST body as is export it. */
const JSON_COLUMNS = ['event', 'events', 'payload', 'body', 'data', 'json', 'message'];
/** Columns a back end adds with the time it received the POST, used when the event itself has no `at`. */
const RECEIVED_COLUMNS = ['at', 'created_at', 'createdat', 'submitted_at', 'timestamp', 'date', 'received'];
const NUMBER_FIELDS = new Set(['results', 'rank']);
const LIST_FIELDS = new Set(['shown']);

/**
 * One CSV row as the raw event (or batch) it holds. Either a JSON column
 * holds the event, or the columns are the event's own fields (`type`,
 * `query`, `results`, …, as a form back end stores each posted field).
 */
export function csvRowValue(header: readonly string[], fields: readonly string[]): unknown {
  const columns = header.map((name) => name.trim().toLowerCase().replace(/^data[._]/, ''));
  const cell = (name: string) => {
    const index = columns.indexOf(name);
    return index === -1 ? undefined : fields[index];
  };
  const received = RECEIVED_COLUMNS.map(cell).find((value) => value !== undefined && value.trim() !== '');
  for (const name of JSON_COLUMNS) {
    const value = cell(name)?.trim();
    if (value && value.startsWith('{')) {
      const parsed = JSON.parse(value) as unknown;
      return withReceivedTime(parsed, received);
    }
  }
  const event: Record<string, unknown> = {};
  columns.forEach((name, index) => {
    const value = fields[index];
    if (value === undefined || value === '' || RECEIVED_COLUMNS.includes(name) && name !== 'at') return;
    event[name] = fieldValue(name, value, event.type);
  });
  return withReceivedTime(event, received);
}

function fieldValue(name: string, value: string, type: unknown): unknown {
  if (NUMBER_FIELDS.has(name)) return /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (name === 'helpful') return /^(true|yes|1)$/i.test(value.trim()) ? true : /^(false|no|0)$/i.test(value.trim()) ? false : value;
  // `opened` is a list on ask-suggested events, one entry on searches.
  if (LIST_FIELDS.has(name) || (name === 'opened' && type === 'ask-suggested')) return listValue(value);
  return value;
}

/** A list written as JSON (`["a","b"]`) or separated by `|` or `;`. */
function listValue(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    const parsed = JSON.parse(trimmed) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : [];
  }
  return trimmed.split(/[|;]/).map((item) => item.trim()).filter(Boolean);
}

function withReceivedTime(value: unknown, received: string | undefined): unknown {
  if (received === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.events)) return { ...record, events: record.events.map((event) => withReceivedTime(event, received)) };
  return record.at === undefined ? { ...record, at: receivedTime(received) } : record;
}

/** `2026-11-30 10:15:42` or `2026-11-30T10:15:42.123Z` → `2026-11-30T10:15Z`; anything else is left for the check to name. */
function receivedTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value.trim());
  return match ? `${match[1]}T${match[2]}Z` : value.trim();
}
