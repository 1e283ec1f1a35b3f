import type { Audience } from '../content/types.ts';
import { askEn, askZh, type AskStrings } from './ask-strings.ts';
import { offlineEn, offlineZh, type OfflineStrings } from './offline-strings.ts';
import { withWrittenStrings, type WrittenStrings } from './written-strings.ts';
import { de } from './shipped/de.ts';
import { es } from './shipped/es.ts';
import { fr } from './shipped/fr.ts';
import { ja } from './shipped/ja.ts';
import { zhHant } from './shipped/zh-hant.ts';

/** Every piece of interface text, in every language the product ships (`SHIPPED_LANGUAGES`). */
export interface UiStrings {
  languageName: string;
  skipToContent: string;
  faq: string;
  catalogue: string;
  contact: string;
  language: string;
  mainNavigation: string;
  /** The button that opens the main navigation on a phone. */
  menu: string;
  searchLabel: string;
  /** Short enough to show whole in the toolbar's search box at 320 px, beside the button; a longer one ends in "…". */
  searchPlaceholder: string;
  searchButton: string;
  searchHint: string;
  mostAsked: string;
  browseTopics: string;
  whoAreYou: string;
  audienceDoor: Record<Audience, { title: string; text: string }>;
  audienceName: Record<Audience, string>;
  audiencePageTitle: Record<Audience, string>;
  breadcrumb: string;
  subcategories: string;
  questionCount: string;
  questionsInCategory: string;
  noQuestionsHere: string;
  readFullAnswer: string;
  showAnswer: string;
  updated: string;
  forAudience: string;
  inCategory: string;
  products: string;
  relatedQuestions: string;
  otherLanguages: string;
  stillNeedHelp: string;
  stillNeedHelpText: string;
  productPageTitle: string;
  productQuestions: string;
  visitProductPage: string;
  allProducts: string;
  notFoundTitle: string;
  notFoundText: string;
  goHome: string;
  externalLink: string;
  backToTop: string;
  searchPageTitle: string;
  searchPageIntro: string;
  searchTips: string[];
  returningCustomers: string;
  membersMark: string;
  poweredBy: string;
  whatsNew: string;
  whatsNewIntro: string;
  feedTitle: string;
  subscribe: string;
  handbook: string;
  handbookIntro: string;
  printHandbook: string;
  /** A handbook split by top topic: its page lists the parts. */
  handbookPartsIntro: string;
  /** One top topic's part of a split handbook. */
  handbookPartIntro: string;
  /** A top topic's part too large for one page: {count} pages. */
  handbookPagedPartIntro: string;
  /** The heading of a topic carried over from the page before: {title}. */
  handbookContinued: string;
  /** At the end of a part, the link to the one after it: {title}. */
  handbookNextPart: string;
  /** After a page's link in a split handbook's contents, the topics printed on it: {sections}, joined by `handbookSectionSeparator`. */
  handbookPageSections: string;
  handbookSectionSeparator: string;
  /** The label of the navigation between the pages of a long list. */
  pagination: string;
  previousPage: string;
  nextPage: string;
  /** A page's number in that navigation, as a screen reader says it: {page}. */
  pageNumber: string;
  /** Where a page sits in a long list: {page}, {count}. */
  pageOf: string;
  topQuestionsAbout: string;
  moreAnswers: string;
  wasThisHelpful: string;
  yes: string;
  no: string;
  thanksForFeedback: string;
  whatWasMissing: string;
  whatWasMissingHint: string;
  sendComment: string;
  thanksForComment: string;
  footerLinks: string;
  searchResultsCount: string;
  searchOneResult: string;
  searchNoResults: string;
  searchDidYouMean: string;
  searchClosest: string;
  searchAskUs: string;
  searchLoading: string;
  searchFailed: string;
  searchFilterAudience: string;
  searchFilterCategory: string;
  searchEveryone: string;
  searchAllTopics: string;
  searchResults: string;
  searchTypeToStart: string;
  membersTitle: string;
  membersIntro: string;
  membersCodeLabel: string;
  membersRemember: string;
  membersUnlock: string;
  membersUnlocking: string;
  membersWrongCode: string;
  membersUnavailable: string;
  membersSignOut: string;
  membersSignedIn: string;
  membersPublicAnswers: string;
  membersNotFound: string;
  membersBack: string;
  membersUpdated: string;
  /** A remembered code that this build's codes no longer include. */
  membersRevoked: string;
  membersUnreachable: string;
  membersNeedsScript: string;
  /** The page at an entry's old address (one of its `aliases:`), before the browser follows it to the new one. */
  pageMoved: string;
  /** The visible label of each callout (`> [!NOTE]` …) in an answer. */
  callout: Record<'note' | 'tip' | 'important' | 'warning' | 'caution', string>;
  /** The button that loads an embedded video; {title} is the video's link text. */
  playVideo: string;
  /** The ask page. */
  ask: AskStrings;
  /** Offline reading: the saved answers, the offline page, saving a topic. */
  offline: OfflineStrings;
}

const en: UiStrings = {
  languageName: 'English',
  skipToContent: 'Skip to content',
  faq: 'FAQ',
  catalogue: 'All topics',
  contact: 'Contact',
  language: 'Language',
  mainNavigation: 'Main',
  menu: 'Menu',
  searchLabel: 'Search the help center',
  searchPlaceholder: 'Ask a question',
  searchButton: 'Search',
  searchHint: 'Press / to search from any page',
  mostAsked: 'Most asked',
  browseTopics: 'Browse by topic',
  whoAreYou: 'Answers for you',
  audienceDoor: {
    prospect: { title: "I'm thinking of buying", text: 'What our products do, what they work with, prices and delivery.' },
    new: { title: 'I just bought', text: 'Setting up, everyday use, shipping, returns and refunds.' },
    loyal: { title: "I'm a returning customer", text: 'Deeper technical detail, upgrades and members-only answers.' },
  },
  audienceName: { prospect: 'Thinking of buying', new: 'New customers', loyal: 'Returning customers' },
  audiencePageTitle: {
    prospect: 'For people thinking of buying',
    new: 'For customers who just bought',
    loyal: 'For returning customers',
  },
  breadcrumb: 'Breadcrumb',
  subcategories: 'Topics in this section',
  questionCount: '{count} questions',
  questionsInCategory: 'Questions',
  noQuestionsHere: 'No questions here yet: see the topics above.',
  readFullAnswer: 'Open this answer on its own page',
  showAnswer: 'Show answer',
  updated: 'Last updated',
  forAudience: 'For',
  inCategory: 'Topic',
  products: 'Products',
  relatedQuestions: 'Related questions',
  otherLanguages: 'Also in',
  stillNeedHelp: 'Still need help?',
  stillNeedHelpText: 'Our team answers every question. Choose what suits you:',
  productPageTitle: 'Questions about {product}',
  productQuestions: 'Every question about this product',
  visitProductPage: 'Go to the {product} product page',
  allProducts: 'Products',
  notFoundTitle: 'We could not find that page',
  notFoundText: 'The page may have moved. Search for your question, or browse the topics.',
  goHome: 'Go to the help center',
  externalLink: '(opens another site)',
  backToTop: 'Back to top',
  searchPageTitle: 'Search',
  searchPageIntro: 'Type your question in your own words.',
  searchTips: ['Use the words you would use with a friend: "money back", "late delivery".', 'A few words work better than a long sentence.', 'Not found? Browse the topics below or contact us.'],
  returningCustomers: 'Returning customers',
  membersMark: 'Members',
  poweredBy: 'Help center',
  whatsNew: "What's new",
  whatsNewIntro: 'Questions we added or brought up to date recently.',
  feedTitle: '{site}: new and updated answers',
  subscribe: 'Subscribe to updates (Atom feed)',
  handbook: 'Printable handbook',
  handbookIntro: 'Every question and answer on one page, grouped by topic. Print it, or save it as a PDF from your browser.',
  printHandbook: 'Print or save as PDF',
  handbookPartsIntro: 'Every question and answer, grouped by topic, in one part per topic; a large topic takes several pages. Print the parts in the order below, or save them as PDF from your browser.',
  handbookPartIntro: 'Every question and answer of this topic on one page. Print it, or save it as a PDF from your browser.',
  handbookPagedPartIntro: 'Every question and answer of this topic, in {count} pages. Print each page in turn, or save it as a PDF from your browser.',
  handbookContinued: '{title} (continued)',
  handbookNextPart: 'Next in the handbook: {title}',
  handbookPageSections: ': {sections}',
  handbookSectionSeparator: ', ',
  pagination: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: 'Page {page}',
  pageOf: 'Page {page} of {count}',
  topQuestionsAbout: 'Top questions about {product}',
  moreAnswers: 'More answers in the help center',
  wasThisHelpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanksForFeedback: 'Thank you for your feedback.',
  whatWasMissing: 'What was missing? (optional)',
  whatWasMissingHint: 'Tell us what you were looking for. E-mail addresses, phone numbers and order numbers are removed before it is sent.',
  sendComment: 'Send',
  thanksForComment: 'Thank you. We read every comment to improve our answers.',
  footerLinks: 'More from the help center',
  searchResultsCount: '{count} answers',
  searchOneResult: '1 answer',
  searchNoResults: 'No answers found for “{query}”.',
  searchDidYouMean: 'Did you mean',
  searchClosest: 'Closest questions',
  searchAskUs: 'We are happy to answer it ourselves:',
  searchLoading: 'Getting search ready…',
  searchFailed: 'Search could not load. Browse the topics, or contact us.',
  searchFilterAudience: 'For',
  searchFilterCategory: 'Topic',
  searchEveryone: 'Everyone',
  searchAllTopics: 'All topics',
  searchResults: 'Search results',
  searchTypeToStart: 'Type a question or a few words.',
  membersTitle: 'Members-only answers',
  membersIntro: "Returning customers get answers others don't: deeper technical detail, upgrade paths and insider service.",
  membersCodeLabel: 'Access code',
  membersRemember: 'Remember me on this device',
  membersUnlock: 'Unlock',
  membersUnlocking: 'Checking your code…',
  membersWrongCode: "That code doesn't open the members-only answers. Check it and try again.",
  membersUnavailable: 'The members-only answers are not available on this site yet.',
  membersSignOut: 'Sign out',
  membersSignedIn: "You're signed in to the members-only answers.",
  membersPublicAnswers: 'Answers for returning customers open to everyone',
  membersNotFound: 'This members-only answer is not in this version of the help center.',
  membersBack: 'All members-only answers',
  membersUpdated: 'The help center was updated since your last visit: enter your access code again.',
  membersRevoked: 'Your access code no longer opens this help center. Enter a current code.',
  membersUnreachable: "Couldn't reach the help center. Check your connection and try again.",
  callout: { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' },
  playVideo: 'Play video: {title}',
  membersNeedsScript: 'Unlocking happens in your browser and needs JavaScript: turn it on to enter your access code.',
  pageMoved: 'This question has moved to a new address:',
  ask: askEn,
  offline: offlineEn,
};

const zh: UiStrings = {
  languageName: '中文',
  skipToContent: '跳到正文',
  faq: '常见问题',
  catalogue: '全部主题',
  contact: '联系方式',
  language: '语言',
  mainNavigation: '主导航',
  menu: '菜单',
  searchLabel: '搜索帮助中心',
  searchPlaceholder: '输入问题或关键词',
  searchButton: '搜索',
  searchHint: '在任何页面按 / 键即可搜索',
  mostAsked: '大家都在问',
  browseTopics: '按主题浏览',
  whoAreYou: '为你准备的答案',
  audienceDoor: {
    prospect: { title: '我正在考虑购买', text: '产品功能、兼容性、价格与配送。' },
    new: { title: '我刚刚购买', text: '安装设置、日常使用、配送、退货与退款。' },
    loyal: { title: '我是老客户', text: '深入的技术细节、升级和会员专属解答。' },
  },
  audienceName: { prospect: '考虑购买', new: '新客户', loyal: '老客户' },
  audiencePageTitle: { prospect: '写给正在考虑购买的你', new: '写给刚刚购买的你', loyal: '写给老客户' },
  breadcrumb: '导航路径',
  subcategories: '本节主题',
  questionCount: '{count} 个问题',
  questionsInCategory: '问题',
  noQuestionsHere: '这里还没有问题，请查看上面的主题。',
  readFullAnswer: '在单独页面打开此答案',
  showAnswer: '显示答案',
  updated: '最后更新',
  forAudience: '适用于',
  inCategory: '主题',
  products: '相关产品',
  relatedQuestions: '相关问题',
  otherLanguages: '其他语言',
  stillNeedHelp: '仍需要帮助？',
  stillNeedHelpText: '我们会回复每一个问题，请选择适合你的方式：',
  productPageTitle: '关于{product}的问题',
  productQuestions: '与此产品有关的全部问题',
  visitProductPage: '前往{product}产品页面',
  allProducts: '产品',
  notFoundTitle: '找不到这个页面',
  notFoundText: '页面可能已经移动。请搜索你的问题，或按主题浏览。',
  goHome: '返回帮助中心',
  externalLink: '（打开其他网站）',
  backToTop: '回到顶部',
  searchPageTitle: '搜索',
  searchPageIntro: '用你自己的话输入问题。',
  searchTips: ['像平时说话一样输入，例如“退款”“快递没到”。', '几个关键词往往比一整句话更好。', '没有找到？请按主题浏览或联系我们。'],
  returningCustomers: '老客户',
  membersMark: '会员',
  poweredBy: '帮助中心',
  whatsNew: '最近更新',
  whatsNewIntro: '最近新增或更新的问题。',
  feedTitle: '{site}：新增和更新的答案',
  subscribe: '订阅更新（Atom 订阅源）',
  handbook: '可打印手册',
  handbookIntro: '所有问题和答案按主题汇集在一页，可直接打印，或在浏览器中另存为 PDF。',
  printHandbook: '打印或另存为 PDF',
  handbookPartsIntro: '所有问题和答案按主题汇集，每个主题一部分，内容多的主题分为若干页。可按下列顺序打印各部分，或在浏览器中另存为 PDF。',
  handbookPartIntro: '本主题的所有问题和答案汇集在一页，可直接打印，或在浏览器中另存为 PDF。',
  handbookPagedPartIntro: '本主题的所有问题和答案，共 {count} 页。可依次打印每一页，或在浏览器中另存为 PDF。',
  handbookContinued: '{title}（续）',
  handbookNextPart: '手册下一部分：{title}',
  handbookPageSections: '：{sections}',
  handbookSectionSeparator: '、',
  pagination: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageNumber: '第 {page} 页',
  pageOf: '第 {page} 页，共 {count} 页',
  topQuestionsAbout: '关于{product}的热门问题',
  moreAnswers: '在帮助中心查看更多答案',
  wasThisHelpful: '这个回答有帮助吗？',
  yes: '有帮助',
  no: '没帮助',
  thanksForFeedback: '谢谢你的反馈。',
  whatWasMissing: '缺少了什么？（可选）',
  whatWasMissingHint: '告诉我们你在找什么。发送前会删除邮箱地址、电话号码和订单号。',
  sendComment: '发送',
  thanksForComment: '谢谢，我们会阅读每一条意见来改进回答。',
  footerLinks: '帮助中心的更多内容',
  searchResultsCount: '{count} 个答案',
  searchOneResult: '1 个答案',
  searchNoResults: '没有找到与“{query}”相关的答案。',
  searchDidYouMean: '你是不是要找',
  searchClosest: '最接近的问题',
  searchAskUs: '欢迎直接向我们提问：',
  searchLoading: '正在准备搜索…',
  searchFailed: '搜索加载失败。请按主题浏览，或联系我们。',
  searchFilterAudience: '适用于',
  searchFilterCategory: '主题',
  searchEveryone: '所有人',
  searchAllTopics: '全部主题',
  searchResults: '搜索结果',
  searchTypeToStart: '输入问题或几个关键词。',
  membersTitle: '会员专属解答',
  membersIntro: '老客户专享：更深入的技术细节、升级方案和专属服务。',
  membersCodeLabel: '访问码',
  membersRemember: '在此设备上记住我',
  membersUnlock: '解锁',
  membersUnlocking: '正在验证访问码…',
  membersWrongCode: '该访问码无法解锁会员专属解答，请检查后重试。',
  membersUnavailable: '本网站暂未提供会员专属解答。',
  membersSignOut: '退出',
  membersSignedIn: '你已解锁会员专属解答。',
  membersPublicAnswers: '面向老客户的公开解答',
  membersNotFound: '当前版本的帮助中心中没有这条会员专属解答。',
  membersBack: '全部会员专属解答',
  membersUpdated: '帮助中心已更新，请重新输入访问码。',
  membersRevoked: '你的访问码已无法打开此帮助中心，请输入有效的访问码。',
  membersUnreachable: '无法连接帮助中心，请检查网络后重试。',
  callout: { note: '注意', tip: '提示', important: '重要', warning: '警告', caution: '小心' },
  playVideo: '播放视频：{title}',
  membersNeedsScript: '解锁在您的浏览器中进行，需要启用 JavaScript 后才能输入访问码。',
  pageMoved: '这个问题已移到新的地址：',
  ask: askZh,
  offline: offlineZh,
};

/** The languages whose interface the product ships, English first; any other reads English until a site writes its own. */
export const SHIPPED_LANGUAGES = ['en', 'zh', 'zh-Hant', 'de', 'fr', 'es', 'ja'] as const;

const STRINGS: Record<string, UiStrings> = { en, zh, 'zh-cn': zh, 'zh-hans': zh, 'zh-hant': zhHant, de, fr, es, ja };

/** The interface text the product ships for a language; the languages it does not ship read English. */
export function uiStrings(lang: string): UiStrings {
  return shippedStrings(lang) ?? en;
}

function shippedStrings(lang: string): UiStrings | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  // Chinese as written in Taiwan, Hong Kong or Macau (`zh-TW`, `zh-HK`, `zh-Hant-TW`) is in traditional characters.
  return STRINGS[tag] ?? (base === 'zh' && likelyScript(lang) === 'Hant' ? zhHant : STRINGS[base]);
}

/** The script a language tag is most likely written in, from ICU (`zh-TW` → `Hant`, `ja` → `Jpan`, `nl` → `Latn`); undefined for a tag ICU cannot read. */
export function likelyScript(lang: string): string | undefined {
  try {
    return new Intl.Locale(lang).maximize().script;
  } catch {
    return undefined;
  }
}

/** Whether the product ships a language's interface text; any other reads English until the site's `i18n/<lang>.yaml` says otherwise. */
export function shipsInterfaceText(lang: string): boolean {
  return shippedStrings(lang) !== undefined;
}

/**
 * A language's interface text: the site's own texts (`i18n/<lang>.yaml`) where
 * it wrote them, else the shipped ones. A language the product does not ship
 * is still named in its own words in the language menu (`Nederlands`, not `English`).
 */
export function interfaceStrings(lang: string, written?: WrittenStrings): UiStrings {
  const shipped = shippedStrings(lang) ?? { ...en, languageName: ownName(lang) };
  return withWrittenStrings<UiStrings>(shipped, written);
}

/** Which way a language's text runs, from the platform's own data (ICU): Arabic, Hebrew, Persian, Urdu… right to left. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** What a language calls itself, from the platform's own data (ICU): `nl` → `Nederlands`. */
function ownName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

export { fill } from './fill.ts';
