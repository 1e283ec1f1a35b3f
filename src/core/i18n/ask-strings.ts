import type { EmailCheck } from '../ask/email-check.ts';

/** The ask page's interface text (`uiStrings(lang).ask`). `{…}` are filled in with `fill`. */
export interface AskStrings {
  /** The link to the ask page, in "Still need help?" and under a search that found nothing. */
  link: string;
  title: string;
  intro: string;
  question: string;
  questionHint: string;
  suggestions: string;
  suggestionsHint: string;
  /** Shown without JavaScript, where suggestions would appear. */
  suggestionsNeedScript: string;
  suggestionsCount: string;
  suggestionsOne: string;
  suggestionsNone: string;
  suggestionsLoading: string;
  suggestionsFailed: string;
  readOnItsPage: string;
  answered: string;
  answeredThanks: string;
  askAnother: string;
  details: string;
  detailsHint: string;
  topic: string;
  topicNone: string;
  product: string;
  productNone: string;
  email: string;
  emailHint: string;
  /** What is wrong with the address, for each problem `checkEmail` finds (`empty` when it is required). */
  emailProblem: Record<'empty' | Extract<EmailCheck, { kind: 'invalid' }>['problem'], string>;
  emailTypo: string;
  emailUseSuggestion: string;
  send: string;
  sending: string;
  sentTitle: string;
  sentReplyTo: string;
  sentWhat: string;
  mailtoTitle: string;
  mailtoOpened: string;
  mailtoLink: string;
  /** Without JavaScript in mailto mode: a link that opens the mail program. */
  mailtoNoScript: string;
  sendFailed: string;
  copy: string;
  copied: string;
  noChannel: string;
  /** The lines of the e-mail a `mailto:` question opens with. */
  mail: { details: string; topic: string; product: string; page: string };
}

export const askEn: AskStrings = {
  link: 'Ask your question',
  title: 'Ask a question',
  intro: 'Type your question. Answers that match it appear as you type; if none does, send it to our team.',
  question: 'Your question',
  questionHint: 'In your own words, as you would ask a friend.',
  suggestions: 'Answers that may help',
  suggestionsHint: 'Answers that match your question appear here as you type.',
  suggestionsNeedScript: 'Answers appear here as you type when JavaScript is on. You can still send your question below.',
  suggestionsCount: '{count} answers may match your question.',
  suggestionsOne: '1 answer may match your question.',
  suggestionsNone: 'No answer matches yet. Add a few words, or send your question to our team below.',
  suggestionsLoading: 'Looking for answers…',
  suggestionsFailed: "Answers couldn't load. You can still send your question below.",
  readOnItsPage: 'Open this answer on its own page',
  answered: 'This answers my question',
  answeredThanks: 'Glad that helped. Nothing was sent to our team.',
  askAnother: 'Ask another question',
  details: 'Details (optional)',
  detailsHint: 'What you tried and what you see. Add an order number only if it matters.',
  topic: 'Topic (optional)',
  topicNone: 'Not sure',
  product: 'Product (optional)',
  productNone: 'None, or not sure',
  email: 'Your e-mail, for the reply',
  emailHint: 'We use it only to answer you.',
  emailProblem: {
    empty: 'Write your e-mail address, so that we can reply.',
    'missing-at': 'This address has no @. Write it like name@example.com.',
    'several-at': 'This address has more than one @. Write it like name@example.com.',
    'missing-name': 'This address has nothing before the @. Write it like name@example.com.',
    'missing-domain': 'This address has no domain after the @. Write it like name@example.com.',
    space: 'This address has a space in it. Write it without spaces, like name@example.com.',
  },
  emailTypo: 'Did you mean {suggestion}? A mistyped address means our reply never arrives.',
  emailUseSuggestion: 'Use {suggestion}',
  send: 'Send my question',
  sending: 'Sending…',
  sentTitle: 'Your question was sent',
  sentReplyTo: 'We will reply to {email}.',
  sentWhat: 'What we received:',
  mailtoTitle: 'Your question is ready in your mail program',
  mailtoOpened: 'Send the e-mail from there. We reply to the address you send it from.',
  mailtoLink: 'If your mail program did not open, write to {address}.',
  mailtoNoScript: 'Send your question by e-mail to {address}',
  sendFailed: 'Your question could not be sent ({reason}). Nothing you typed is lost: try again, or copy it and send it another way.',
  copy: 'Copy my question',
  copied: 'Your question is copied.',
  noChannel: 'Send your question to our team through one of these:',
  mail: { details: 'Details', topic: 'Topic', product: 'Product', page: 'Asked on' },
};

export const askZh: AskStrings = {
  link: '提出你的问题',
  title: '提问',
  intro: '输入你的问题，系统会边输入边显示匹配的解答；如果都不合适，可以把问题发给我们的团队。',
  question: '你的问题',
  questionHint: '用你自己的话来写，就像问朋友一样。',
  suggestions: '可能有帮助的解答',
  suggestionsHint: '输入问题时，匹配的解答会显示在这里。',
  suggestionsNeedScript: '启用 JavaScript 后，输入时会在这里显示解答。你仍然可以在下方发送问题。',
  suggestionsCount: '有 {count} 条解答可能符合你的问题。',
  suggestionsOne: '有 1 条解答可能符合你的问题。',
  suggestionsNone: '暂时没有匹配的解答。可以再补充几个词，或在下方把问题发给我们的团队。',
  suggestionsLoading: '正在查找解答…',
  suggestionsFailed: '解答加载失败。你仍然可以在下方发送问题。',
  readOnItsPage: '在单独页面中打开这条解答',
  answered: '这解答了我的问题',
  answeredThanks: '很高兴能帮到你。没有向我们的团队发送任何内容。',
  askAnother: '再问一个问题',
  details: '详细情况（可选）',
  detailsHint: '你尝试过什么、看到了什么。只有在需要时才填写订单号。',
  topic: '主题（可选）',
  topicNone: '不确定',
  product: '产品（可选）',
  productNone: '无或不确定',
  email: '你的电子邮箱，用于回复',
  emailHint: '我们只用它来回复你。',
  emailProblem: {
    empty: '请填写你的电子邮箱，以便我们回复。',
    'missing-at': '这个地址缺少 @，请按 name@example.com 的格式填写。',
    'several-at': '这个地址有多个 @，请按 name@example.com 的格式填写。',
    'missing-name': '这个地址 @ 前面没有内容，请按 name@example.com 的格式填写。',
    'missing-domain': '这个地址 @ 后面没有域名，请按 name@example.com 的格式填写。',
    space: '这个地址中有空格，请去掉空格，按 name@example.com 的格式填写。',
  },
  emailTypo: '你是不是想写 {suggestion}？地址写错的话，我们的回复将无法送达。',
  emailUseSuggestion: '改用 {suggestion}',
  send: '发送我的问题',
  sending: '正在发送…',
  sentTitle: '你的问题已发送',
  sentReplyTo: '我们会回复到 {email}。',
  sentWhat: '我们收到的内容：',
  mailtoTitle: '你的问题已在邮件程序中准备好',
  mailtoOpened: '请在邮件程序中发送这封邮件，我们会回复到你发信的地址。',
  mailtoLink: '如果邮件程序没有打开，请写信至 {address}。',
  mailtoNoScript: '通过电子邮件把问题发送到 {address}',
  sendFailed: '你的问题未能发送（{reason}）。你填写的内容都还在：请重试，或复制后通过其他方式发送。',
  copy: '复制我的问题',
  copied: '问题已复制。',
  noChannel: '请通过以下方式把问题发给我们的团队：',
  mail: { details: '详细情况', topic: '主题', product: '产品', page: '提问页面' },
};
