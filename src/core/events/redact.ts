/**
 * Free text readers type may carry what must not leave the browser: e-mail
 * addresses, phone numbers, order and card numbers. Each is replaced by a
 * marker saying what was there, so the question still reads.
 */
// It starts only where an address can start: trying every position of a long word without `@` would take time quadratic in its length.
const EMAIL = /(?<![^\s@<>()[\]"',;:])[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]{2,}/gu;
/** A phone number: an optional +, then digits with spaces, dots, dashes or brackets, at least 7 digits in all. */
const PHONE = /(?:\+|\b00)?\(?\d[\d\s().-]{5,}\d/gu;
/** Digits, possibly grouped, once there are 6 or more: order, card, account or tracking numbers. */
const LONG_NUMBER = /\d(?:[\s-]?\d){5,}/gu;

export const REDACTED = { email: '[email]', phone: '[phone]', number: '[number]' } as const;

export function redactText(text: string): string {
  return replacePersonalDetails(text, REDACTED);
}

/**
 * The text with those details left out, for searching: a customer's own
 * address or phone number is never what their question is about, and its
 * digits would match whichever answer lists a number.
 */
export function withoutPersonalDetails(text: string): string {
  return replacePersonalDetails(text, { email: ' ', phone: ' ', number: ' ' }).replace(/\s+/gu, ' ').trim();
}

function replacePersonalDetails(text: string, markers: { readonly [kind in keyof typeof REDACTED]: string }): string {
  return text
    .replace(EMAIL, markers.email)
    .replace(PHONE, (match) => {
      const digits = digitCount(match);
      // A number dialled abroad or with an area code in brackets is a phone; 12 digits or more otherwise is a card or an order.
      if (/^(\+|\(|00)/.test(match)) return digits >= 7 ? markers.phone : match;
      if (digits >= 12) return markers.number;
      return digits >= 7 && /[\s().-]/.test(match) ? markers.phone : match;
    })
    .replace(LONG_NUMBER, markers.number);
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}
