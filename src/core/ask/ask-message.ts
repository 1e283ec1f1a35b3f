/**
 * A question the ask page hands on to a person, in the three shapes its
 * channels need: the fields of the form (posted as JSON, or as an ordinary
 * form post without JavaScript, with the same names and values), and an e-mail.
 * Documented field by field in docs/ask.md.
 */
export interface AskFields {
  question: string;
  details: string;
  /** A category path from categories.yaml, or empty. */
  topic: string;
  /** A product id from products.yaml, or empty. */
  product: string;
  /** Where the reply goes; empty when the customer's mail program sends the question. */
  email: string;
  lang: string;
  /** The ask page's path. */
  page: string;
}

/** The form's field names, in the order the form shows them and the payload lists them. */
export const ASK_FIELD_NAMES = ['question', 'details', 'topic', 'product', 'email', 'lang', 'page'] as const satisfies readonly (keyof AskFields)[];

/** The JSON body of `ask.endpoint`: the form's fields, trimmed, as strings. */
export function askPayload(fields: AskFields): Record<keyof AskFields, string> {
  return Object.fromEntries(ASK_FIELD_NAMES.map((name) => [name, fields[name].trim()])) as Record<keyof AskFields, string>;
}

/** What the e-mail's lines are called, in the page's language. */
export interface AskMailLabels {
  details: string;
  topic: string;
  product: string;
  page: string;
}

/** Mail programs show about this much of a subject line. */
const SUBJECT_LENGTH = 120;

export function askMail(fields: AskFields, labels: AskMailLabels, names: { topic?: string; product?: string; pageUrl: string }): { subject: string; body: string } {
  const question = fields.question.trim().replace(/\s+/g, ' ');
  const subject = question.length > SUBJECT_LENGTH ? `${question.slice(0, SUBJECT_LENGTH - 1)}…` : question;
  const lines = [fields.question.trim(), ''];
  if (fields.details.trim()) lines.push(`${labels.details}:`, fields.details.trim(), '');
  if (names.topic) lines.push(`${labels.topic}: ${names.topic}`);
  if (names.product) lines.push(`${labels.product}: ${names.product}`);
  lines.push(`${labels.page}: ${names.pageUrl}`);
  return { subject, body: lines.join('\n') };
}

/** A `mailto:` link with its subject and body filled in; line breaks as CRLF, as RFC 6068 asks. */
export function mailtoHref(address: string, mail: { subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(mail.subject)}&body=${encode(mail.body)}`;
}
