import { describe, expect, it } from 'vitest';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

const corpus = [
  doc({ id: 'return', lang: 'zh', question: '如何申请退货？', text: '在“我的订单”中申请退货，我们会发送预付运单。' }),
  doc({ id: 'refund', lang: 'zh', question: '退款多久到账？', text: '仓库收到商品后五个工作日内退回原支付方式。' }),
  doc({ id: 'kettle', lang: 'zh', question: '电水壶Pro显示E157怎么办？', text: '拔掉电源十秒后重新插上。', keywords: ['故障码'] }),
  doc({ id: 'shipping', lang: 'zh', question: '周末发货吗？', text: '仓库周一至周五打包发货。' }),
];

describe('Chinese', () => {
  it('finds a word inside a sentence without spaces', async () => {
    expect((await idsFor(await openIndex(corpus), '退货'))[0]).toBe('return');
  });

  it('finds a phrase of the question written differently around it', async () => {
    expect((await idsFor(await openIndex(corpus), '我想退货怎么申请'))[0]).toBe('return');
  });

  it('ranks the topic of a question above its question words', async () => {
    const index = await openIndex([...corpus, doc({ id: 'password', lang: 'zh', question: '忘记密码怎么办？', text: '点击忘记密码。' })]);
    expect((await idsFor(index, '我想退货但是包装盒丢了怎么办'))[0]).toBe('return');
  });

  it('ranks the topic of a question above its question words in traditional characters as in simplified ones', async () => {
    const simplified = await openIndex([
      doc({ id: 'refund', lang: 'zh', question: '退款多久到账？', text: '仓库收到商品后五个工作日内退回原支付方式。' }),
      doc({ id: 'code', lang: 'zh', question: '为什么没有收到验证码？', text: '请检查手机号码。' }),
    ]);
    const traditional = await openIndex([
      doc({ id: 'refund', lang: 'zh-TW', question: '退款多久到帳？', text: '倉庫收到商品後五個工作天內退回原付款方式。' }),
      doc({ id: 'code', lang: 'zh-TW', question: '為什麼沒有收到驗證碼？', text: '請檢查手機號碼。' }),
    ]);
    expect(await idsFor(simplified, '为什么没有退款')).toEqual(['refund', 'code']);
    expect(await idsFor(traditional, '為什麼沒有退款')).toEqual(['refund', 'code']);
  });

  it('finds what a reader types in the other script of Chinese, and marks it as the site writes it', async () => {
    const simplified = await openIndex(corpus);
    expect(await idsFor(simplified, '週末發貨嗎')).toEqual(['shipping']);
    expect(await idsFor(simplified, '電水壺顯示E157')).toEqual(['kettle']);
    const traditional = await openIndex([
      doc({ id: 'shipping', lang: 'zh-TW', question: '週末發貨嗎？', text: '倉庫週一至週五打包發貨。' }),
      doc({ id: 'hair', lang: 'zh-TW', question: '頭髮可以用嗎？', text: '適合各種髮質。' }),
    ]);
    const { hits } = await searchIndexes([traditional], '周末发货');
    expect(hits.map((hit) => hit.id)).toEqual(['shipping']);
    expect(hits[0]?.question.html).toBe('<mark>週末發貨</mark>嗎？');
    // 发 is 發 in 發貨 but 髮 in 頭髮: the pair tells which.
    expect(await idsFor(traditional, '头发')).toEqual(['hair']);
  });

  it('finds what a reader asks in the words of another region, where the site uses the mainland’s or Taiwan’s', async () => {
    const mainland = await openIndex([...corpus, doc({ id: 'printer', lang: 'zh', question: '打印机无法打印怎么办？', text: '检查纸张。' })]);
    // Taiwan says 列印 for 打印: before, no pair of the query was found and nothing was.
    expect(await idsFor(mainland, '列印')).toEqual(['printer']);
    const taiwan = await openIndex([doc({ id: 'update', lang: 'zh-TW', question: '如何更新軟體？', text: '打開設定，點選更新。' })]);
    expect(await idsFor(taiwan, '软件')).toEqual(['update']);
  });

  it('finds questions from a single character', async () => {
    expect(await idsFor(await openIndex(corpus), '壶')).toEqual(['kettle']);
  });

  it('finds what an abbreviation stands for from its characters, when no pair of them is found', async () => {
    const index = await openIndex([
      ...corpus,
      doc({ id: 'timetable', lang: 'zh', question: '课程表在哪里下载？', text: '在首页点击下载。' }),
      doc({ id: 'course', lang: 'zh', question: '课程多久更新一次？', text: '每月更新。' }),
    ]);
    // 课表 is 课程表 without its middle character: only the entry holding both characters is found.
    expect(await idsFor(index, '课表')).toEqual(['timetable']);
    // A pair that is found is searched as a pair: 退货 finds the returns, not every entry holding 退 and 货.
    expect(await idsFor(index, '退货')).toEqual(['return']);
  });

  it('prefers a short question on the query to a long title that shares a little more of it', async () => {
    const index = await openIndex([
      ...corpus,
      doc({ id: 'warranty', lang: 'zh', question: '电水壶保修期多久' }),
      doc({ id: 'reviews', lang: 'zh', question: '电水壶保修期内多久维修：用户评论、晒单与常见问题' }),
    ]);
    expect((await idsFor(index, '电水壶保修期多久维修'))[0]).toBe('warranty');
  });

  it('prefers a title that names what was asked again to one as long that names it once, whatever their priorities', async () => {
    const index = await openIndex([
      ...corpus,
      doc({ id: 'chat-room', lang: 'zh', question: '聊天室聊天交友' }),
      doc({ id: 'lan-chat', lang: 'zh', question: '局域网聊天软件', priority: 90 }),
    ]);
    expect(await idsFor(index, '聊天')).toEqual(['chat-room', 'lan-chat']);
  });

  it('answers a query mixing Chinese and English', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, '电水壶pro e157'))[0]).toBe('kettle');
    expect((await idsFor(index, 'Pro故障码'))[0]).toBe('kettle');
  });

  it('finds the entry about an English word a reader asks the meaning of, even a word English searches drop', async () => {
    const index = await openIndex([
      doc({ id: 'status', lang: 'zh', question: '“待发货”是什么意思？', text: '订单已付款，仓库正在打包。' }),
      doc({ id: 'other', lang: 'zh', question: '商品分类里的“Other”是什么意思？', text: '不属于任何分类的商品都放在这里。' }),
    ]);
    expect((await idsFor(index, 'other是什么意思'))[0]).toBe('other');
  });

  it('ignores full-width punctuation and spaces between characters', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, '退款，多久？'))[0]).toBe('refund');
    expect((await idsFor(index, '周末　发货'))[0]).toBe('shipping');
  });

  it('reads full-width Latin letters and digits as plain ones', async () => {
    expect((await idsFor(await openIndex(corpus), 'Ｅ１５７'))[0]).toBe('kettle');
  });
});
