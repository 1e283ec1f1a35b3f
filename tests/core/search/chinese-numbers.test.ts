import { describe, expect, it } from 'vitest';
import { otherNumbers } from '../../../src/core/search/chinese-numbers.ts';

describe('a Chinese number that counts something', () => {
  it('is written in digits when the query has it in characters', () => {
    expect(otherNumbers('好声音第四季开场曲')).toBe('好声音第4季开场曲');
    expect(otherNumbers('六年级上册第七单元')).toBe('6年级上册第7单元');
    expect(otherNumbers('第二十一章')).toBe('第21章');
    expect(otherNumbers('第十章')).toBe('第10章');
    expect(otherNumbers('两个月婴儿')).toBe('2个月婴儿');
  });

  it('is written in characters when the query has it in digits', () => {
    expect(otherNumbers('越狱第1季')).toBe('越狱第一季');
    expect(otherNumbers('3年级数学')).toBe('三年级数学');
    expect(otherNumbers('第12章')).toBe('第十二章');
    expect(otherNumbers('第20章')).toBe('第二十章');
  });

  it('is read in traditional characters too', () => {
    expect(otherNumbers('三年級數學')).toBe('3年級數學');
    expect(otherNumbers('兩個月寶寶')).toBe('2個月寶寶');
    expect(otherNumbers('5年級')).toBe('五年級');
  });

  it('leaves words that hold a numeral, and longer numbers, as they are', () => {
    expect(otherNumbers('四季酒店')).toBe('四季酒店');
    expect(otherNumbers('四川火锅')).toBe('四川火锅');
    expect(otherNumbers('第2019期')).toBe('第2019期');
    expect(otherNumbers('iphone 12 电池')).toBe('iphone 12 电池');
  });
});
