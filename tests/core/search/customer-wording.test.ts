import { describe, expect, it } from 'vitest';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

/*
 * Queries as customers type them, against entries written otherwise: the
 * cases the real-query development sets showed search missing.
 */

describe('a Chinese query', () => {
  it('counts a character the question names on its own, not only the bigrams around it', async () => {
    const index = await openIndex([
      doc({ id: 'shi', lang: 'zh', question: '带诗字的女孩姓名大全' }),
      doc({ id: 'huo', lang: 'zh', question: '带火字旁的女孩名字大全' }),
      doc({ id: 'boy', lang: 'zh', question: '好听的男孩名字' }),
      doc({ id: 'girl', lang: 'zh', question: '女孩名字大全' }),
      doc({ id: 'dog', lang: 'zh', question: '小狗名字大全' }),
      doc({ id: 'shop', lang: 'zh', question: '店铺名字怎么取' }),
    ]);
    expect((await idsFor(index, '诗意的女孩名字'))[0]).toBe('shi');
  });

  it('does not count a character again where its bigram already matched, so the product asked about decides', async () => {
    const index = await openIndex([
      doc({ id: 'latch', lang: 'zh', question: '在三星手机上登录不了 Hollis App，无法使用Latch Mini 智能门锁', text: '在登录页点“忘记密码”，按短信验证码重置密码后重新登录。' }),
      doc({ id: 'chorus', lang: 'zh', question: '怎么在三星手机上重置 Hollis 密码，重新控制Chorus Mini 智能音箱？', text: '在登录页点“忘记密码”，按短信验证码重置密码。' }),
      doc({ id: 'spark', lang: 'zh', question: '怎么在三星手机上重置 Hollis 密码，重新控制Spark 智能插座？', text: '在登录页点“忘记密码”，按短信验证码重置密码。' }),
      doc({ id: 'latch-plain', lang: 'zh', question: '在华为手机上登录不了 Hollis App，无法使用Latch 智能门锁', text: '在登录页点“忘记密码”即可。' }),
    ]);
    expect((await idsFor(index, '三星手机Latch Mini重置密码'))[0]).toBe('latch');
  });

  it('finds nothing for a topic the site does not cover, even when its characters appear in other answers', async () => {
    const index = await openIndex([
      doc({ id: 'plug', lang: 'zh', question: '智能插座怎么设置定时？' }),
      doc({ id: 'panel', lang: 'zh', question: '门铃面板怎么拆下来？' }),
    ]);
    expect(await idsFor(index, '太阳能板')).toEqual([]);
    expect(await idsFor(index, '智能面板')).not.toEqual([]);
  });

  it('lets the rare place asked about outweigh the common words around it', async () => {
    const index = await openIndex([
      doc({ id: 'xinyu', lang: 'zh', question: '新余空气质量指数实时查询' }),
      doc({ id: 'yiyang', lang: 'zh', question: '益阳天气预报一周查询' }),
      doc({ id: 'beijing', lang: 'zh', question: '北京天气预报实时查询' }),
      doc({ id: 'shanghai', lang: 'zh', question: '上海天气预报十五天' }),
      doc({ id: 'doorbell', lang: 'zh', question: '门铃电池多久更换一次' }),
      doc({ id: 'return', lang: 'zh', question: '如何申请退货退款' }),
    ]);
    expect((await idsFor(index, '新余天气预报'))[0]).toBe('xinyu');
  });
});

describe('an English query', () => {
  it('finds the entry about marking a task done, though `done` is a form of `do`', async () => {
    const index = await openIndex([
      doc({ id: 'mark-done', question: 'How can I mark a card as done and keep it in its list?', text: 'Add a Done label, or tick the due date.' }),
      doc({ id: 'delete-card', question: 'How do I delete a list or a card?', text: 'Archive the card first, then delete it from the archive.' }),
      doc({ id: 'move-card', question: 'Move a card to another board', text: 'Open the card and choose Move.' }),
    ]);
    expect((await idsFor(index, 'how can I say a card is done without changing its list'))[0]).toBe('mark-done');
  });

  it('finds the entry that shows only what the customer asks for, where another is about the same things', async () => {
    const index = await openIndex([
      doc({ id: 'only-archived', question: 'Can I see only mail I have archived in Gmail?', text: 'Search for has:nouserlabels -in:inbox.' }),
      doc({ id: 'get-back', question: 'How do I get back a message I archived by mistake in Gmail?', text: 'Open All Mail, find the message and move it to the inbox.' }),
      doc({ id: 'labels', question: 'What are Gmail labels?', text: 'Labels are like folders, but a message can have several.' }),
    ]);
    expect((await idsFor(index, 'How can I filter out only archived messages in gmail?'))[0]).toBe('only-archived');
  });

  it('counts the words of the request far less than the words of what is asked about', async () => {
    const index = await openIndex([
      doc({ id: 'schedule', question: 'Schedule an email in Gmail', text: 'Choose Schedule send beside Send, and pick a time such as tomorrow morning.' }),
      doc({ id: 'unsend', question: 'Can I get back an email?', text: 'It is possible within 30 seconds, if you want: click Undo.' }),
      doc({ id: 'labels', question: 'What are Gmail labels?', text: 'Labels are like folders, but an email can have several.' }),
      doc({ id: 'filters', question: 'Sort incoming email automatically', text: 'Create a filter from the search options.' }),
    ]);
    expect((await idsFor(index, 'I want to write an email tonight, is it possible to have it go out tomorrow?'))[0]).toBe('schedule');
  });

  it('counts "make" as a word of the request: what is made is the topic', async () => {
    const index = await openIndex([
      doc({ id: 'size', question: 'Change the text size in Gmail', text: 'Pick a bigger font in the settings, then reload the page.' }),
      doc({ id: 'plain', question: 'Send an email as plain text', text: 'Make it plain.' }),
      doc({ id: 'labels', question: 'What are Gmail labels?', text: 'Labels are like folders.' }),
      doc({ id: 'filters', question: 'Sort incoming email automatically', text: 'Create a filter from the search options.' }),
    ]);
    expect((await idsFor(index, 'How can I make the text bigger?'))[0]).toBe('size');
  });
});

describe('a Chinese number that counts something', () => {
  const index = openIndex([
    doc({ id: 'season-4', lang: 'zh', question: '中国好声音第4季四导师金曲狂欢周' }),
    doc({ id: 'season-2', lang: 'zh', question: '好声音第二季' }),
    doc({ id: 'grade-3', lang: 'zh', question: '三年级数学练习题大全' }),
    doc({ id: 'grade-5', lang: 'zh', question: '5年级数学' }),
  ]);

  it('finds it written in digits from characters, and in characters from digits', async () => {
    expect((await idsFor(await index, '好声音第四季'))[0]).toBe('season-4');
    expect((await idsFor(await index, '3年级数学'))[0]).toBe('grade-3');
  });
});

describe('a word written without its spaces', () => {
  const corpus = [
    doc({ id: 'omron', lang: 'zh', question: 'welcometoomronhongkong欧姆龙官网' }),
    doc({ id: 'resin', lang: 'zh', question: 'unsaturated resin不饱和树脂价格' }),
    doc({ id: 'english', lang: 'zh', question: 'learn american english口语课程' }),
    doc({ id: 'scooter', lang: 'zh', question: 'getscooters-unbiasedreviews电动滑板车评测' }),
    doc({ id: 'other', lang: 'zh', question: '如何申请退货退款' }),
  ];

  it('is found inside a longer run-together word of the index', async () => {
    expect(await idsFor(await openIndex(corpus), 'omron')).toEqual(['omron']);
  });

  it('is split into the words the index knows', async () => {
    expect((await idsFor(await openIndex(corpus), 'unsaturatedresin'))[0]).toBe('resin');
  });

  it('is stood for by the longest known words inside it when no split explains all of it', async () => {
    expect((await idsFor(await openIndex(corpus), 'thinkinamericanenglish'))[0]).toBe('english');
  });

  it('is stood for by the words that share its longest run of letters when nothing else explains it', async () => {
    // `electricscooter` holds no known word; `getscooters` shares `scooter` with it.
    expect(await idsFor(await openIndex(corpus), 'electricscooter')).toEqual(['scooter']);
    expect(await idsFor(await openIndex(corpus), 'electricmotor')).toEqual([]);
  });
});

describe('an English word the customer writes as two', () => {
  const corpus = [
    doc({ id: 'backup', question: 'How can I backup all of my tweets?', text: 'Request your archive from the settings page.' }),
    doc({ id: 'follow', question: 'How can I follow someone on Twitter without them knowing?', text: 'Add them to a private list.' }),
    doc({ id: 'login', question: 'Login problems with the app', text: 'Reset your password from the login page.' }),
    doc({ id: 'signal', question: 'Why is the Wi-Fi signal weak in the back room?', text: 'Move the router up a shelf.' }),
    doc({ id: 'form', question: 'Where is the contact form?', text: 'At the foot of every page.' }),
  ];

  it('finds the entry that writes it as one word', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'Methods of performing a back up of a twitter account'))[0]).toBe('backup');
    expect((await idsFor(index, 'I cannot log in'))[0]).toBe('login');
  });

  it('still finds entries that write the words apart', async () => {
    expect((await idsFor(await openIndex(corpus), 'back room'))[0]).toBe('signal');
  });

  it('does not join a stopword to the word after it', async () => {
    expect(await idsFor(await openIndex(corpus), 'can you do this for me')).toEqual([]);
  });
});

describe('a number', () => {
  const corpus = [
    doc({ id: 'results', question: 'How to show more than 20 results per page when searching?', text: 'Change the page size in the settings.' }),
    doc({ id: 'survey', question: 'Search results', text: 'What the survey found.' }),
    doc({ id: 'accounts', question: 'Can I use two accounts at once?', text: 'Add the second account from the menu.' }),
    doc({ id: 'family', question: 'Family accounts', text: 'Everyone at home can share the plan.' }),
  ];

  it('written in words finds the answer that writes it in digits', async () => {
    expect((await idsFor(await openIndex(corpus), 'twenty search results'))[0]).toBe('results');
  });

  it('written in digits finds the answer that writes it in words', async () => {
    expect((await idsFor(await openIndex(corpus), '2 accounts'))[0]).toBe('accounts');
  });
});

describe('an English word in another form than the answer uses', () => {
  const corpus = [
    doc({ id: 'delete', question: 'How do I delete my account?', text: 'Open Settings, then Account, and choose Delete account.' }),
    doc({ id: 'archive', question: 'Where do my emails go when I archive them?', text: 'Archived mail leaves the inbox and stays under All Mail.' }),
    doc({ id: 'export', question: 'Can I export my contacts?', text: 'Contacts can be exported as a CSV file from the web app.' }),
  ];

  it('finds the word it derives from', async () => {
    const index = await openIndex(corpus);
    expect((await idsFor(index, 'deletion'))[0]).toBe('delete');
    expect((await idsFor(index, 'exportation of contacts'))[0]).toBe('export');
  });

  it('still ranks the exact form first', async () => {
    const index = await openIndex([
      ...corpus,
      doc({ id: 'deleted', question: 'Can I get back a deleted message?', text: 'Messages stay in the bin for 30 days.' }),
    ]);
    expect((await idsFor(index, 'deleted message'))[0]).toBe('deleted');
  });
});

describe('a word spelled the British or the American way', () => {
  const corpus = [
    doc({ id: 'favorites', question: 'How do I sync my favorites between browsers?', text: 'Turn on sync in each browser, and your favorites follow you.' }),
    doc({ id: 'sounds', question: 'How do I turn off notification sounds?', text: 'Use your favourite ad blocker to block the sound file.' }),
    doc({ id: 'license', question: 'How do I move my license to a new computer?', text: 'Sign out on the old one first, then sign in on the new one.' }),
    doc({ id: 'catalog', question: 'Can I get a printed catalog?', text: 'Order one from the shop; it is free.' }),
    doc({ id: 'cancelled', question: 'Why was my order cancelled?', text: 'An order is cancelled when the payment does not go through.' }),
  ];

  it('finds the entry that spells it the other way as surely as one that spells it as typed', async () => {
    const index = await openIndex(corpus);
    for (const [typed, written] of [['licence', 'license'], ['catalogue', 'catalog'], ['canceled', 'cancelled']] as const) {
      const ranked = async (query: string) => (await searchIndexes([index], query)).hits.map((hit) => [hit.id, hit.score]);
      expect(await ranked(typed), typed).toEqual(await ranked(written));
      expect((await ranked(typed))[0]?.[0]).toBe(written);
    }
  });

  it('finds the entry about it first, where another only mentions it in the spelling typed, and marks the word as the entry spells it', async () => {
    const [first] = (await searchIndexes([await openIndex(corpus)], 'my favourites')).hits;
    expect(first?.id).toBe('favorites');
    expect(first?.question.html).toBe('How do I sync my <mark>favorites</mark> between browsers?');
  });
});

describe('a product named without the word of its variant', () => {
  const catalogue = [
    doc({ id: 'tempo', question: 'How much electricity does the Tempo Thermostat use?', text: 'With schedules it saves energy.', products: ['Tempo Thermostat'] }),
    doc({ id: 'tempo-plus', question: 'How much electricity does the Tempo Plus Thermostat use?', keywords: ['energy', 'watts'], products: ['Tempo Plus Thermostat'] }),
    doc({ id: 'bulb', question: 'Can the Glow Bulb help me save energy?', keywords: ['energy'], products: ['Glow Bulb'] }),
    doc({ id: 'billing', question: 'Why did my energy bill go up?', keywords: ['energy'] }),
  ];

  it('finds the plain model first, before a variant or another product that says the other words more', async () => {
    const ids = await idsFor(await openIndex(catalogue), 'tempo energy');
    expect(ids[0]).toBe('tempo');
    expect(ids).toContain('tempo-plus');
  });

  it('finds the variant first when its word is typed', async () => {
    expect((await idsFor(await openIndex(catalogue), 'tempo plus energy'))[0]).toBe('tempo-plus');
  });

  it('leaves the order alone when no product is named', async () => {
    expect((await idsFor(await openIndex(catalogue), 'energy bill'))[0]).toBe('billing');
  });
});

describe('an initialism', () => {
  const corpus = [
    doc({ id: 'facebook', question: 'How do I delete my Facebook account?', text: 'Deactivate it first, then ask for deletion.' }),
    doc({ id: 'account', question: 'How do I close my account?', text: 'Write to us from the account page.' }),
    doc({ id: 'face', question: 'Can I hide my face in a book of photos?', text: 'Blur it before you upload.' }),
  ];

  it('finds the word of two words it stands for', async () => {
    expect((await idsFor(await openIndex(corpus), 'my fb account'))[0]).toBe('facebook');
  });

  it('finds it while it is typed, before a space says the word is done', async () => {
    expect((await idsFor(await openIndex(corpus), 'account on fb', { prefix: true }))[0]).toBe('facebook');
  });

  it('finds the initialism itself where the site uses it as much', async () => {
    const index = await openIndex([
      ...corpus,
      doc({ id: 'fb-brand', question: 'Is FB Logistics our courier?', text: 'FB delivers parcels in the north.' }),
    ]);
    expect((await idsFor(index, 'fb courier'))[0]).toBe('fb-brand');
  });
});

describe('a mistyped word too common to index', () => {
  it('is read as that word, not corrected into a topic one slip away', async () => {
    const index = await openIndex([
      doc({ id: 'three', question: 'Why do three lights blink?', text: 'Three blinks mean the battery is low.' }),
      doc({ id: 'reset', question: 'How do I reset the hub?', text: 'Hold the button for ten seconds.' }),
    ]);
    expect(await idsFor(index, 'is threre a way to reset the hub')).toEqual(['reset']);
  });
});

