/**
 * Questions only returning customers see: every entry written from these is
 * for the `loyal` audience alone, so the site encrypts it. Their sentences are
 * their own, so a leak of members-only text into public files is detectable.
 */
export const MEMBERS_TOPICS = [
  {
    key: 'points-redeem', category: 'members/rewards', slots: ['event'],
    en: {
      q: ['How do I redeem my Hollis points for the {p}?', 'How many points do I need for a free {p}?', 'Do my points count double on the {p} during {event}?'],
      also: ['Spend reward points', 'Points balance'],
      keywords: ['reward points', 'redeem points', 'loyalty', 'points balance'],
      intro: ['Members earn one point per unit spent and can redeem 500 points as a 25 voucher towards the {p}. Points stay valid for three years.', 'During {event}, registered owners earn double points on the {p}, credited once the return window has closed.'],
      steps: ['Open **Account › Members › Points** in the app.', 'Tap **Redeem** and choose the voucher value.', 'Apply the members voucher at checkout for the {p}.'],
      tips: ['Points from a returned order are taken back with the refund.', 'Members can pool points with one household member each calendar year.'],
    },
    zh: {
      q: ['怎么用 Hollis 积分兑换{p}？', '兑换一台{p}需要多少积分？', '{event}期间买{p}积分翻倍吗？'],
      also: ['使用积分', '积分余额'],
      keywords: ['积分兑换', '会员积分', '积分余额', '忠诚计划'],
      intro: ['会员每消费一个单位得一积分，500积分可兑换一张25面额的{p}抵用券，积分三年内有效。', '{event}期间，已注册设备的会员购买{p}可获双倍积分，退货期结束后到账。'],
      steps: ['在 App 中打开**账户 › 会员 › 积分**。', '点击**兑换**并选择抵用券面额。', '购买{p}结算时使用会员抵用券。'],
      tips: ['退货订单获得的积分会随退款一起扣回。'],
    },
  },
  {
    key: 'trade-in', category: 'members/rewards', slots: ['country'],
    en: {
      q: ['How much trade-in credit do I get for my old {p} in {country}?', 'Can I trade in a broken {p} as a member in {country}?', 'Is the members trade-in for the {p} available in {country}?'],
      also: ['Trade in old device', 'Upgrade credit'],
      keywords: ['trade in', 'upgrade', 'old device', 'credit', 'recycle'],
      intro: ['Members trading in a {p} receive credit worth 30 percent of its current price when it works and 10 percent when it does not. The member trade-in runs in {country} and every other country we ship to.', 'A broken {p} still earns members trade-in credit; we recycle it responsibly.'],
      steps: ['Open **Account › Members › Trade-in** and choose the {p}.', 'Answer three questions about its condition.', 'Order the new device; the credit is taken off at checkout.', 'Send the old {p} back within 30 days with the free label.'],
      tips: ['Member trade-in credit can be combined with reward points.'],
    },
    zh: {
      q: ['在{country}，旧的{p}以旧换新能抵多少钱？', '{country}的会员可以用坏掉的{p}以旧换新吗？', '会员以旧换新{p}在{country}可以参加吗？'],
      also: ['以旧换新', '升级抵扣'],
      keywords: ['以旧换新', '回收', '旧机', '抵扣'],
      intro: ['会员以旧换新{p}时，可正常使用的设备按现价的30%抵扣，无法使用的按10%抵扣。{country}及其他配送国家均可参加会员以旧换新。', '坏掉的{p}也能获得会员以旧换新抵扣，我们会负责环保回收。'],
      steps: ['打开**账户 › 会员 › 以旧换新**并选择{p}。', '回答三个关于成色的问题。', '下单新设备，结算时自动抵扣。', '30天内用免费运单寄回旧的{p}。'],
      tips: ['会员以旧换新抵扣可以和积分同时使用。'],
    },
  },
  {
    key: 'beta-firmware', category: 'members/early-access', slots: ['version'],
    en: {
      q: ['How do I join early access firmware {version} for the {p}?', 'What is new in early access build {version} for the {p}?', 'How do I leave the beta programme on my {p} after {version}?'],
      also: ['Beta firmware', 'Early access programme'],
      keywords: ['beta', 'early access', 'preview firmware', 'test build'],
      intro: ['Members can install preview builds on the {p} a month before the general release. Build {version} is the current preview channel.', 'Early access build {version} adds faster start-up and new automation triggers for the {p}; the release notes are in the members area of the app.'],
      steps: ['Open **Account › Members › Early access**.', 'Accept the preview terms and choose the {p}.', 'The preview build installs overnight.', 'To leave, switch the channel back to **Stable**; the {p} moves at the next stable release.'],
      tips: ['Report preview bugs from **Members › Feedback**; the firmware team reads every report.'],
    },
    zh: {
      q: ['怎么为{p}加入抢先体验固件{version}？', '{p}的抢先体验版{version}有什么新功能？', '{p}装了{version}后怎么退出测试计划？'],
      also: ['测试版固件', '抢先体验计划'],
      keywords: ['测试版', '抢先体验', '预览固件', '内测'],
      intro: ['会员可以比正式发布提前一个月为{p}安装预览版固件，当前预览通道的版本是{version}。', '抢先体验版{version}为{p}带来更快的启动和新的自动化触发条件，更新说明在 App 的会员专区。'],
      steps: ['打开**账户 › 会员 › 抢先体验**。', '同意预览条款并选择{p}。', '预览版会在夜间自动安装。', '要退出，把通道切回**稳定版**，{p}会在下一个正式版时切换。'],
      tips: ['在**会员 › 反馈**中提交预览版问题，固件团队会逐条阅读。'],
    },
  },
  {
    key: 'diagnostics', category: 'members/diagnostics', slots: ['code'],
    en: {
      q: ['How do I open the engineering menu on the {p} to check {code}?', 'How do I read the signal log of my {p} after error {code}?', 'What does diagnostic counter {code} on the {p} show?'],
      also: ['Advanced diagnostics', 'Engineering menu'],
      keywords: ['engineering menu', 'diagnostic log', 'signal log', 'advanced settings'],
      intro: ['The engineering menu of the {p} shows radio levels, uptime and the last fifty events. Members reach it from the app; it changes nothing unless you ask it to.', 'Counter {code} in the {p} diagnostics counts reconnections in the last day; more than twenty points to interference.'],
      steps: ['Open the {p} in the app and tap the version number seven times.', 'Choose **Engineering menu**.', 'Export the log with **Share** and attach it to a members ticket.'],
      tips: ['The engineering menu closes itself after ten minutes.'],
    },
    zh: {
      q: ['怎么打开{p}的工程菜单查看{code}？', '{p}出现{code}后怎么查看信号日志？', '{p}诊断计数器{code}表示什么？'],
      also: ['高级诊断', '工程菜单'],
      keywords: ['工程菜单', '诊断日志', '信号日志', '高级设置'],
      intro: ['{p}的工程菜单显示射频电平、运行时长和最近五十条事件。会员可以在 App 中进入，除非你主动操作，否则不会改动任何设置。', '{p}诊断中的计数器{code}统计最近一天的重连次数，超过二十次说明有干扰。'],
      steps: ['在 App 中打开{p}，连续点击版本号七次。', '选择**工程菜单**。', '点击**分享**导出日志，附在会员工单中。'],
      tips: ['工程菜单十分钟后自动关闭。'],
    },
  },
  {
    key: 'priority-repair', category: 'members/priority-service', slots: ['country', 'carrier'],
    en: {
      q: ['How do I book a priority repair for my {p} in {country}?', 'Can members get a loan {p} by {carrier} during a repair?', 'What is the members hotline for the {p} in {country}?'],
      also: ['Priority support line', 'Loan device'],
      keywords: ['priority repair', 'members hotline', 'loan device', 'express replacement'],
      intro: ['Members get a loan {p} by next-day {carrier} delivery while theirs is repaired, and keep it until the repair is back.', 'The members hotline for {country} answers within two minutes on weekdays and skips the usual menu.'],
      steps: ['Open **Account › Members › Priority service**.', 'Choose the {p} and describe the fault.', 'Pick **Loan device** if you want one.', 'Return the loan {p} with the same box when yours arrives.'],
      tips: ['Priority repairs are free within the warranty and at cost price after it.'],
    },
    zh: {
      q: ['在{country}怎么为{p}预约优先维修？', '会员维修{p}期间能通过{carrier}借用备用机吗？', '{country}的{p}会员专线是多少？'],
      also: ['优先支持专线', '备用机'],
      keywords: ['优先维修', '会员专线', '备用机', '快速换新'],
      intro: ['维修期间，会员可借用一台{p}备用机，由{carrier}次日送达，维修完成前可一直使用。', '{country}的会员专线工作日两分钟内接听，无需经过语音菜单。'],
      steps: ['打开**账户 › 会员 › 优先服务**。', '选择{p}并描述故障。', '如需备用机，选择**借用设备**。', '收到维修好的设备后，用原包装寄回备用的{p}。'],
      tips: ['保修期内优先维修免费，过保后按成本价收费。'],
    },
  },
  {
    key: 'extended-warranty', category: 'members/priority-service', slots: ['country'],
    en: {
      q: ['Can members in {country} extend the warranty on the {p} for free?', 'How do I claim the members warranty extension for the {p} in {country}?', 'Does the members warranty on a {p} bought in {country} cover the battery?'],
      also: ['Members warranty extension', 'Third year of warranty'],
      keywords: ['extended warranty', 'members warranty', 'third year', 'battery cover'],
      intro: ['Registered members get a third year of warranty on the {p} at no cost, batteries included, as long as the device was registered within 60 days of purchase.', 'The members extension for the {p} starts automatically when the standard warranty ends; nothing to claim.'],
      steps: ['Check **Account › Members › My devices** for the extension date.', 'If it is missing, add the receipt for the {p}.', 'Claims under the extension follow the usual repair steps with priority.'],
      tips: ['The members extension moves with the device if you give it to a family member.'],
    },
    zh: {
      q: ['{country}的会员可以免费延长{p}的保修吗？', '在{country}怎么领取{p}的会员延保？', '在{country}买的{p}会员延保包括电池吗？'],
      also: ['会员延保', '第三年保修'],
      keywords: ['延保', '会员保修', '第三年', '电池保修'],
      intro: ['已注册会员可免费获得{p}第三年保修（含电池），前提是购买后60天内注册了设备。', '{p}的会员延保在标准保修结束时自动生效，无需申请。'],
      steps: ['在**账户 › 会员 › 我的设备**中查看延保日期。', '如果没有显示，请上传{p}的购买凭证。', '延保期内的维修按优先流程处理。'],
      tips: ['设备转给家人后，会员延保随设备转移。'],
    },
  },
];
