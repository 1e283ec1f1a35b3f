/**
 * Free text readers type may carry what must not leave the browser: e-mail
 * addresses, phone numbers, order and card numbers. Each is replaced by a
 * marker saying what was there, so the question still reads.
 */
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]{2,}/gu;
/** A phone number: an optional +, then digits with spaces, dots, dashes or brackets, at least 7 digits in all. */
const PHONE = /(?:\+|\b00)?\(?\d[\d\s().-]{5,}\d/gu;
/** Digits, possibly grouped, once there are 6 or more: order, card, account or tracking numbers. */
const LONG_NUMBER = /\d(?:[\s-]?\d){5,}/gu;

export const REDACTED = { email: '[email]', phone: '[phone]', number: '[number]' } as const;

export function redactText(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(PHONE, (match) => {
      const digits = digitCount(match);
      // A number dialled abroad or with an area code in brackets is a phone; 12 digits or more otherwise is a card or an order.
      if (/^(\+|\(|00)/.test(match)) return digits >= 7 ? REDACTED.phone : match;
      if (digits >= 12) return REDACTED.number;
      return digits >= 7 && /[\s().-]/.test(match) ? REDACTED.phone : match;
    })
    .replace(LONG_NUMBER, REDACTED.number);
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}
