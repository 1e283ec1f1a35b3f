import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../../src/core/ask/email-check.ts';

describe('the e-mail address a customer gives for the reply', () => {
  it.each(['ana@gmail.com', 'li.wei@qq.com', 'wang@163.com', 'zhang@126.com', 'ana@mail.com', 'ops@lumen-home.example', 'Ana.Silva+help@Outlook.com'])('accepts %s', (address) => {
    expect(checkEmail(address)).toEqual({ kind: 'ok' });
  });

  it.each([
    ['ana@gmial.com', 'ana@gmail.com'],
    ['ana@gmail.con', 'ana@gmail.com'],
    ['ana@gmailcom', 'ana@gmail.com'],
    ['ana@hotmial.com', 'ana@hotmail.com'],
    ['ana@yaho.com', 'ana@yahoo.com'],
    ['ana@outlok.com', 'ana@outlook.com'],
    ['li@qq.con', 'li@qq.com'],
    ['li@qqcom', 'li@qq.com'],
    ['wang@136.com', 'wang@163.com'],
    ['wang@163.cm', 'wang@163.com'],
    ['ana@icloud.co', 'ana@icloud.com'],
  ])('suggests the address %s was meant to be', (typed, suggestion) => {
    expect(checkEmail(typed)).toEqual({ kind: 'typo', suggestion });
  });

  it.each([
    ['ana.gmail.com', 'missing-at'],
    ['ana@@gmail.com', 'several-at'],
    ['@gmail.com', 'missing-name'],
    ['ana@', 'missing-domain'],
    ['ana@localhost', 'missing-domain'],
    ['ana silva@gmail.com', 'space'],
  ] as const)('says what is wrong with %s', (typed, problem) => {
    expect(checkEmail(typed)).toEqual({ kind: 'invalid', problem });
  });

  it('reads an empty field as no address, not a wrong one', () => {
    expect(checkEmail('   ')).toEqual({ kind: 'empty' });
  });
});
