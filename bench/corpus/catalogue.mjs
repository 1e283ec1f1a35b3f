/**
 * The fictional company behind the benchmark corpus, Hollis Home: its product
 * range, the category tree of its help center and the words its customers use.
 */

/**
 * Product families. `traits` say which questions make sense for a device
 * (a smart plug has no battery to replace, a kettle no camera).
 */
export const FAMILIES = [
  { key: 'thermostat', en: 'thermostat', zh: '温控器', traits: ['wifi', 'install', 'display', 'energy'], models: ['Tempo', 'Tempo Plus', 'Tempo Pro'], words: { en: ['heating control', 'radiator'], zh: ['暖气', '温控'] } },
  { key: 'doorbell', en: 'video doorbell', zh: '可视门铃', traits: ['wifi', 'install', 'battery', 'camera'], models: ['Porch', 'Porch Plus', 'Porch Wired'], words: { en: ['door camera', 'chime'], zh: ['门铃', '门口摄像头'] } },
  { key: 'camera', en: 'security camera', zh: '安防摄像头', traits: ['wifi', 'install', 'battery', 'camera'], models: ['Sentry Indoor', 'Sentry Outdoor', 'Sentry Solar'], words: { en: ['cctv', 'webcam'], zh: ['监控', '摄像机'] } },
  { key: 'lock', en: 'smart lock', zh: '智能门锁', traits: ['bluetooth', 'install', 'battery'], models: ['Latch', 'Latch Pro', 'Latch Mini'], words: { en: ['door lock', 'deadbolt'], zh: ['门锁', '指纹锁'] } },
  { key: 'purifier', en: 'air purifier', zh: '空气净化器', traits: ['wifi', 'filter', 'energy'], models: ['Breeze 200', 'Breeze 400', 'Breeze Max'], words: { en: ['air cleaner', 'hepa'], zh: ['净化器', '空净'] } },
  { key: 'vacuum', en: 'robot vacuum', zh: '扫地机器人', traits: ['wifi', 'battery', 'filter'], models: ['Sweep S1', 'Sweep S2', 'Sweep S2 Mop'], words: { en: ['robovac', 'hoover'], zh: ['扫地机', '扫拖一体'] } },
  { key: 'plug', en: 'smart plug', zh: '智能插座', traits: ['wifi', 'energy'], models: ['Spark', 'Spark Duo', 'Spark Outdoor'], words: { en: ['socket', 'outlet'], zh: ['插座', '插头'] } },
  { key: 'bulb', en: 'smart bulb', zh: '智能灯泡', traits: ['wifi', 'bluetooth', 'energy'], models: ['Glow E27', 'Glow GU10', 'Glow Strip'], words: { en: ['light', 'lamp'], zh: ['灯泡', '灯带'] } },
  { key: 'router', en: 'mesh router', zh: '路由器', traits: ['network', 'install'], models: ['Weave', 'Weave Pro', 'Weave Node'], words: { en: ['wifi router', 'mesh'], zh: ['路由', '无线路由'] } },
  { key: 'speaker', en: 'smart speaker', zh: '智能音箱', traits: ['wifi', 'bluetooth', 'audio'], models: ['Chorus', 'Chorus Mini', 'Chorus Max'], words: { en: ['speaker', 'voice assistant'], zh: ['音箱', '音响'] } },
  { key: 'alarm', en: 'smoke alarm', zh: '烟雾报警器', traits: ['wifi', 'install', 'battery'], models: ['Watchful', 'Watchful CO'], words: { en: ['smoke detector', 'fire alarm'], zh: ['烟感', '报警器'] } },
  { key: 'hub', en: 'home hub', zh: '智能网关', traits: ['network', 'display'], models: ['Hub Base', 'Hub Display'], words: { en: ['bridge', 'gateway'], zh: ['网关', '中控屏'] } },
  { key: 'sensor', en: 'sensor', zh: '传感器', traits: ['battery', 'install'], models: ['Drip Leak', 'Motion', 'Contact'], words: { en: ['detector', 'leak alarm'], zh: ['感应器', '探测器'] } },
  { key: 'blind', en: 'blind motor', zh: '窗帘电机', traits: ['battery', 'install', 'bluetooth'], models: ['Shade', 'Shade Pro'], words: { en: ['roller blind', 'curtain'], zh: ['电动窗帘', '窗帘'] } },
  { key: 'kettle', en: 'smart kettle', zh: '智能水壶', traits: ['wifi', 'energy'], models: ['Brew', 'Brew Glass'], words: { en: ['kettle', 'water boiler'], zh: ['水壶', '烧水壶'] } },
];

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Every product, with the names the answers and queries use. */
export const PRODUCTS = FAMILIES.flatMap((family) =>
  family.models.map((model) => ({
    id: slug(`${model} ${family.key}`),
    model,
    family,
    name: { en: `${model} ${capitalize(family.en)}`, zh: `${model} ${family.zh}` },
    description: { en: `The ${model} ${family.en} from Hollis Home.`, zh: `Hollis Home ${model} ${family.zh}。` },
  })),
);

function capitalize(text) {
  return text.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** Values the question templates fill in, in English and Chinese. */
export const SLOTS = {
  country: [['the UK', '英国'], ['Germany', '德国'], ['France', '法国'], ['Canada', '加拿大'], ['Australia', '澳大利亚'], ['Singapore', '新加坡'], ['Japan', '日本'], ['Spain', '西班牙'], ['the Netherlands', '荷兰'], ['Ireland', '爱尔兰'], ['Italy', '意大利'], ['Sweden', '瑞典'], ['Hong Kong', '香港'], ['New Zealand', '新西兰'], ['Norway', '挪威'], ['Poland', '波兰']],
  payment: [['PayPal', 'PayPal'], ['Apple Pay', 'Apple Pay'], ['Google Pay', 'Google Pay'], ['a credit card', '信用卡'], ['Klarna', 'Klarna'], ['a bank transfer', '银行转账'], ['a gift card', '礼品卡'], ['Alipay', '支付宝'], ['WeChat Pay', '微信支付'], ['a debit card', '借记卡']],
  platform: [['Alexa', 'Alexa'], ['Google Home', 'Google Home'], ['Apple Home', 'Apple 家庭'], ['SmartThings', 'SmartThings'], ['Home Assistant', 'Home Assistant'], ['IFTTT', 'IFTTT']],
  phone: [['an iPhone', 'iPhone'], ['an Android phone', '安卓手机'], ['an iPad', 'iPad'], ['a Samsung Galaxy', '三星手机'], ['a Pixel', 'Pixel 手机'], ['a Huawei phone', '华为手机']],
  room: [['the garage', '车库'], ['the basement', '地下室'], ['the bedroom', '卧室'], ['the kitchen', '厨房'], ['the bathroom', '浴室'], ['the garden', '花园'], ['the hallway', '走廊'], ['the attic', '阁楼'], ['the nursery', '婴儿房'], ['a home office', '书房'], ['a rented flat', '出租屋'], ['a holiday home', '度假屋']],
  carrier: [['DHL', 'DHL'], ['UPS', 'UPS'], ['FedEx', 'FedEx'], ['Royal Mail', '皇家邮政'], ['DPD', 'DPD'], ['SF Express', '顺丰'], ['La Poste', '法国邮政'], ['GLS', 'GLS']],
  plan: [['Cloud Video', '云录像'], ['Care Plus', 'Care Plus 延保'], ['the Family plan', '家庭套餐'], ['Premium Support', '高级支持'], ['Energy Insights', '能耗分析']],
  isp: [['a BT Smart Hub', 'BT 光猫'], ['a FritzBox', 'FritzBox 路由器'], ['a Netgear router', '网件路由器'], ['a TP-Link router', 'TP-Link 路由器'], ['an Eero', 'Eero'], ['a Virgin Media hub', 'Virgin Media 光猫'], ['a Huawei router', '华为路由器']],
  event: [['Black Friday', '黑色星期五'], ['the Christmas sale', '圣诞促销'], ['Singles Day', '双十一'], ['Prime Day', 'Prime Day'], ['the spring sale', '春季促销'], ['the back-to-school sale', '开学季促销']],
  situation: [['before selling it', '转卖前'], ['after moving house', '搬家后'], ['after a power cut', '停电后'], ['when it freezes', '死机时'], ['after changing my router', '换了路由器后'], ['before giving it away', '送人前'], ['after a failed update', '更新失败后'], ['when the app cannot find it', 'App 找不到设备时'], ['after a house move', '搬新家后'], ['when the light keeps flashing', '指示灯一直闪烁时']],
  accessory: [['the wall plate', '墙面底板'], ['the charging cable', '充电线'], ['the mounting bracket', '安装支架'], ['the spare battery', '备用电池'], ['the replacement filter', '替换滤网'], ['the power adapter', '电源适配器'], ['the rain cover', '防雨罩']],
};

/**
 * The help center's catalogue: six everyday topics, each with sub-topics and
 * some with a third level, plus the members-only area for returning customers.
 */
export const CATEGORIES = [
  { id: 'getting-started', en: 'Getting started', zh: '入门', description: { en: 'Unboxing, installing and setting up your devices', zh: '开箱、安装与设置' }, children: [
    { id: 'setup', en: 'Setting up', zh: '设置', children: [
      { id: 'wifi', en: 'Wi-Fi and network', zh: 'Wi-Fi 与网络' },
      { id: 'smart-home', en: 'Voice assistants and smart-home apps', zh: '语音助手与智能家居平台' },
    ] },
    { id: 'installation', en: 'Installation', zh: '安装' },
    { id: 'app', en: 'The Hollis app', zh: 'Hollis App' },
  ] },
  { id: 'buying', en: 'Before you buy', zh: '购买前', description: { en: 'Choosing a device, compatibility and where we sell', zh: '选购、兼容性与销售地区' }, children: [
    { id: 'compatibility', en: 'Compatibility', zh: '兼容性' },
    { id: 'specs', en: 'Features and specifications', zh: '功能与参数' },
    { id: 'availability', en: 'Availability and prices', zh: '供货与价格' },
  ] },
  { id: 'orders', en: 'Orders and delivery', zh: '订单与配送', description: { en: 'Ordering, delivery, returns and refunds', zh: '下单、配送、退货与退款' }, children: [
    { id: 'placing', en: 'Placing an order', zh: '下单' },
    { id: 'delivery', en: 'Delivery', zh: '配送', children: [
      { id: 'tracking', en: 'Tracking a parcel', zh: '物流跟踪' },
      { id: 'international', en: 'International delivery', zh: '国际配送' },
    ] },
    { id: 'returns', en: 'Returns and refunds', zh: '退货与退款', children: [
      { id: 'returning', en: 'Sending something back', zh: '退回商品' },
      { id: 'refunds', en: 'Refunds', zh: '退款' },
    ] },
  ] },
  { id: 'billing', en: 'Billing and plans', zh: '账单与套餐', description: { en: 'Payments, invoices, subscriptions and offers', zh: '支付、发票、订阅与优惠' }, children: [
    { id: 'payment', en: 'Payment', zh: '支付' },
    { id: 'invoices', en: 'Invoices', zh: '发票' },
    { id: 'subscriptions', en: 'Subscriptions', zh: '订阅' },
    { id: 'offers', en: 'Offers and discounts', zh: '优惠与折扣' },
  ] },
  { id: 'account', en: 'Your account', zh: '账户', description: { en: 'Signing in, security, sharing and privacy', zh: '登录、安全、共享与隐私' }, children: [
    { id: 'sign-in', en: 'Signing in', zh: '登录' },
    { id: 'sharing', en: 'Sharing with your household', zh: '家庭共享' },
    { id: 'privacy', en: 'Privacy and data', zh: '隐私与数据' },
  ] },
  { id: 'troubleshooting', en: 'Troubleshooting', zh: '故障排除', description: { en: 'When a device goes offline, drains its battery or shows an error', zh: '设备离线、耗电快或报错时' }, children: [
    { id: 'connection', en: 'Connection problems', zh: '连接问题', children: [
      { id: 'offline', en: 'Device offline', zh: '设备离线' },
      { id: 'bluetooth', en: 'Bluetooth', zh: '蓝牙' },
    ] },
    { id: 'power', en: 'Power and battery', zh: '电源与电池' },
    { id: 'errors', en: 'Error codes', zh: '错误代码' },
    { id: 'updates', en: 'Firmware updates', zh: '固件更新' },
    { id: 'video-audio', en: 'Video and sound', zh: '视频与声音' },
  ] },
  { id: 'warranty', en: 'Warranty and repairs', zh: '保修与维修', description: { en: 'What the warranty covers and how to get a repair', zh: '保修范围与维修方式' }, children: [
    { id: 'coverage', en: 'What is covered', zh: '保修范围' },
    { id: 'claims', en: 'Making a claim', zh: '申请保修' },
  ] },
  { id: 'members', en: 'Returning customers', zh: '老客户专区', description: { en: 'Perks and tools for customers with a registered device', zh: '已注册设备用户的专属权益与工具' }, children: [
    { id: 'rewards', en: 'Rewards and trade-in', zh: '积分与以旧换新' },
    { id: 'early-access', en: 'Early access firmware', zh: '抢先体验固件' },
    { id: 'diagnostics', en: 'Advanced diagnostics', zh: '高级诊断' },
    { id: 'priority-service', en: 'Priority service', zh: '优先服务' },
  ] },
];

/** Words the company's customers use for the same thing; search treats each group as one word. */
export const SYNONYMS = [
  ['refund', 'money back', 'reimbursement', '退款', '退钱'],
  ['return', 'send back', '退货', '退回'],
  ['wifi', 'wi-fi', 'wireless', 'wlan', '无线网', 'WiFi'],
  ['delivery', 'shipping', 'postage', '配送', '快递', '发货'],
  ['parcel', 'package', '包裹'],
  ['invoice', 'receipt', 'bill', '发票', '收据'],
  ['warranty', 'guarantee', '保修', '质保'],
  ['repair', 'fix', '维修', '修理'],
  ['password', 'passcode', '密码'],
  ['sign in', 'log in', 'login', '登录'],
  ['subscription', 'plan', '订阅', '套餐'],
  ['firmware', 'software update', '固件', '升级'],
  ['offline', 'disconnected', 'unavailable', '离线', '掉线'],
  ['reset', 'factory reset', '重置', '恢复出厂设置'],
  ['price', 'cost', 'how much', '价格', '多少钱'],
  ['discount', 'coupon', 'promo code', 'voucher', '优惠券', '折扣', '优惠码'],
  ['battery', 'batteries', '电池'],
  ['install', 'mount', 'fit', '安装'],
  ['cancel', 'cancellation', '取消'],
  ['broken', 'damaged', 'faulty', '损坏', '坏了'],
];

/** site.yaml: the settings the build needs, with the members-only gate on `loyal`. */
export const SITE_YAML = `title: { en: Hollis Home Help Center, zh: Hollis Home 帮助中心 }
description:
  en: Answers about Hollis Home smart-home devices, your orders and your account.
  zh: 关于 Hollis Home 智能家居设备、订单和账户的解答。
defaultLang: en
languages: [en, zh]
url: https://help.hollis-home.example
homepage: https://hollis-home.example
contact:
  - kind: chat
    label: { en: Chat with us, zh: 在线客服 }
    href: https://hollis-home.example/chat
    note: { en: Every day 8:00–22:00, zh: 每天 8:00–22:00 }
  - kind: email
    label: { en: Email support, zh: 发送邮件 }
    href: "mailto:help@hollis-home.example"
  - kind: phone
    label: { en: "Call +44 20 7946 0958", zh: "致电 +44 20 7946 0958" }
    href: "tel:+442079460958"
    note: { en: Mon–Fri 9:00–18:00, zh: 周一至周五 9:00–18:00 }
gate:
  audiences: [loyal]
  howToGetAccess:
    en: Your access code is in the email we send when you register a device in the Hollis app.
    zh: 在 Hollis App 中注册设备后，我们会通过邮件把访问码发给你。
`;
