import { describe, expect, it } from 'vitest';
import { redactText } from '../../../src/core/events/redact.ts';

describe('free text before it leaves the browser', () => {
  it.each([
    ['my email is jane.doe+shop@example.co.uk, order missing', 'my email is [email], order missing'],
    ['call me on +44 20 7946 0958 please', 'call me on [phone] please'],
    ['ring (555) 010-4477', 'ring [phone]'],
    ['order 4410023981 never came', 'order [number] never came'],
    ['card 4111 1111 1111 1111 was charged twice', 'card [number] was charged twice'],
    ['订单号 20261130889 还没到', '订单号 [number] 还没到'],
    ['邮箱 zhang.wei@qq.com 收不到', '邮箱 [email] 收不到'],
  ])('removes contact details and long numbers: %s', (text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['does the 2025 model work with Wi-Fi 6?'],
    ['thermostat v2.1 firmware 3.14'],
    ['30 day returns for 2 items'],
    ['保修期是 2 年吗'],
  ])('keeps the words and short numbers of a question: %s', (text) => {
    expect(redactText(text)).toBe(text);
  });
});
