#!/usr/bin/env node
// Draws the demo's app screenshots (content/**.png) as SVG and rasterizes them with sharp,
// so the pictures in the demo answers can be redrawn when the app's wording changes,
// in English and Chinese alike. Run: node scripts/draw-demo-screens.mjs
//
// The Chinese screens need a CJK font that fontconfig knows (Debian: fonts-noto-cjk);
// without one, librsvg would silently draw empty boxes, so the script refuses to run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FONT = 'Noto Sans CJK SC';
const WIDTH = 750;
const HEIGHT = 1334;

const INK = '#111827';
const MUTED = '#6b7280';
const FAINT = '#c4c8d0';
const ACCENT = '#1d4ed8';
const PAGE = '#f2f3f7';
const CARD = '#ffffff';
const WARN_BG = '#fff4e5';
const WARN_INK = '#8a4b00';

function requireCjkFont() {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // fc-list missing counts as "no font" below.
  }
  if (!families.includes(FONT)) {
    console.error(`draw-demo-screens: the font "${FONT}" is not installed — install it (Debian: sudo apt-get install fonts-noto-cjk) and run again; nothing was written.`);
    process.exit(1);
  }
}

const escapeXml = (value) => String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function text(x, y, value, { size = 30, weight = 400, fill = INK, anchor = 'start' } = {}) {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(value)}</text>`;
}

/** Lines broken by hand: librsvg does not wrap text, and each language breaks in its own places. */
function paragraph(x, y, lines, { size = 30, lineHeight = 1.45, ...style } = {}) {
  return lines.map((line, i) => text(x, y + i * size * lineHeight, line, { size, ...style })).join('');
}

function statusBar({ dark = false } = {}) {
  const ink = dark ? '#ffffff' : INK;
  const bars = [0, 1, 2, 3].map((i) => `<rect x="${30 + i * 11}" y="${26 - i * 4}" width="7" height="${6 + i * 4}" rx="1.5" fill="${ink}"/>`).join('');
  return `${bars}${text(96, 30, 'Lumen', { size: 24, weight: 500, fill: ink })}
    ${text(WIDTH / 2, 30, '9:41', { size: 26, weight: 700, fill: ink, anchor: 'middle' })}
    ${text(636, 30, '86%', { size: 24, weight: 500, fill: ink, anchor: 'end' })}
    <rect x="646" y="13" width="50" height="22" rx="5" fill="none" stroke="${ink}" stroke-width="2"/>
    <rect x="650" y="17" width="36" height="14" rx="2.5" fill="${ink}"/><rect x="698" y="20" width="4" height="8" rx="1.5" fill="${ink}"/>`;
}

function navBar(title, { right = '' } = {}) {
  return `<rect y="40" width="${WIDTH}" height="88" fill="${CARD}"/>
    <path d="M44 64 L28 84 L44 104" fill="none" stroke="${ACCENT}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
    ${text(WIDTH / 2, 96, title, { size: 34, weight: 700, anchor: 'middle' })}
    ${right}
    <rect y="127" width="${WIDTH}" height="1" fill="#d9dce3"/>`;
}

function progress(step, of, y = 128) {
  const gap = 8;
  const width = (WIDTH - gap * (of - 1)) / of;
  return Array.from({ length: of }, (_, i) => `<rect x="${i * (width + gap)}" y="${y}" width="${width}" height="6" fill="${i < step ? ACCENT : '#dde2ee'}"/>`).join('');
}

function button(y, label, { primary = true } = {}) {
  const fill = primary ? ACCENT : CARD;
  const ink = primary ? '#ffffff' : ACCENT;
  const border = primary ? '' : ` stroke="${ACCENT}" stroke-width="3"`;
  return `<rect x="40" y="${y}" width="${WIDTH - 80}" height="96" rx="20" fill="${fill}"${border}/>${text(WIDTH / 2, y + 60, label, { size: 34, weight: 700, fill: ink, anchor: 'middle' })}`;
}

function card(x, y, width, height, radius = 24) {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${radius}" fill="${CARD}" filter="url(#shadow)"/>`;
}

function wifiIcon(x, y, strength, colour) {
  const arcs = [44, 30, 16].map((r, i) => {
    const on = 3 - i <= strength;
    return `<path d="M${x - r * 0.78} ${y - r * 0.62} A${r} ${r} 0 0 1 ${x + r * 0.78} ${y - r * 0.62}" fill="none" stroke="${on ? colour : '#d5d8de'}" stroke-width="6" stroke-linecap="round"/>`;
  });
  return `${arcs.join('')}<circle cx="${x}" cy="${y - 2}" r="5" fill="${colour}"/>`;
}

function lockIcon(x, y, colour) {
  return `<rect x="${x}" y="${y}" width="22" height="18" rx="3" fill="${colour}"/><path d="M${x + 5} ${y} v-6 a6 6 0 0 1 12 0 v6" fill="none" stroke="${colour}" stroke-width="3"/>`;
}

function checkCircle(x, y, colour = ACCENT) {
  return `<circle cx="${x}" cy="${y}" r="20" fill="${colour}"/><path d="M${x - 9} ${y} l6 7 l12 -13" fill="none" stroke="#fff" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function chevron(x, y) {
  return `<path d="M${x} ${y - 12} l11 12 l-11 12" fill="none" stroke="${FAINT}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`;
}

const DEFS = `<defs>
  <filter id="shadow" x="-10%" y="-10%" width="120%" height="130%"><feDropShadow dx="0" dy="3" stdDeviation="6" flood-color="#1f2937" flood-opacity="0.10"/></filter>
  <filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.85" numOctaves="1" seed="7"/><feColorMatrix type="matrix" values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0.035 0"/><feComposite in2="SourceGraphic" operator="in"/></filter>
  <radialGradient id="lamp" cx="0.35" cy="0.25" r="0.9"><stop offset="0" stop-color="#8a8f96"/><stop offset="0.55" stop-color="#4b4f55"/><stop offset="1" stop-color="#1d1f23"/></radialGradient>
  <linearGradient id="plate" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4f5f6"/><stop offset="1" stop-color="#c9ccd1"/></linearGradient>
  <linearGradient id="dial" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#e3e6eb"/></linearGradient>
</defs>`;

function svg(body, { background = PAGE } = {}) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${DEFS}<rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${body}</svg>`;
}

/** The app's "join your Wi-Fi" step while adding Lumen Thermo: a 5 GHz-only network is greyed out. */
function wifiScreen(t) {
  const rows = t.networks.map((network, i) => {
    const y = 500 + i * 118;
    const ink = network.supported ? INK : FAINT;
    const line = i < t.networks.length - 1 ? `<rect x="64" y="${y + 117}" width="622" height="1" fill="#e5e7eb"/>` : '';
    return `${network.selected ? checkCircle(90, y + 58) : ''}
      ${text(136, y + 52, network.name, { size: 34, weight: network.selected ? 700 : 400, fill: ink })}
      ${text(136, y + 92, network.detail, { size: 25, fill: network.supported ? MUTED : '#9ca3af' })}
      ${network.locked ? lockIcon(600, y + 50, network.supported ? '#4b5563' : FAINT) : ''}
      ${wifiIcon(670, y + 80, network.strength, network.supported ? INK : FAINT)}${line}`;
  });
  return svg(`${statusBar()}${navBar(t.title)}${progress(3, 4)}
    ${text(40, 226, t.heading, { size: 52, weight: 700 })}
    ${paragraph(40, 290, t.intro, { size: 30, fill: '#374151' })}
    ${text(40, 478, t.nearby, { size: 24, weight: 700, fill: MUTED })}
    ${card(24, 496, 702, t.networks.length * 118 + 8)}${rows.join('')}
    ${text(40, 1038, t.passwordLabel, { size: 26, weight: 700, fill: '#374151' })}
    <rect x="40" y="1058" width="670" height="92" rx="16" fill="${CARD}" stroke="${ACCENT}" stroke-width="3"/>
    ${Array.from({ length: 11 }, (_, i) => `<circle cx="${76 + i * 24}" cy="${1104}" r="7" fill="${INK}"/>`).join('')}
    <rect x="${76 + 11 * 24 - 6}" y="1082" width="3" height="44" fill="${ACCENT}"/>
    <path d="M640 1104 q22 -22 44 0 q-22 22 -44 0 z" fill="none" stroke="${MUTED}" stroke-width="3.5"/><circle cx="662" cy="1104" r="7" fill="${MUTED}"/>
    ${button(1196, t.connect)}`);
}

/** A deterministic QR-like pattern: three finder squares and seeded modules, so every run draws the same picture. */
function qrPattern(x, y, size) {
  const modules = 25;
  const cell = size / modules;
  let seed = 20481;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const inFinder = (col, row) => [[0, 0], [modules - 7, 0], [0, modules - 7]].some(([fx, fy]) => col >= fx - 1 && col < fx + 8 && row >= fy - 1 && row < fy + 8);
  const cells = [];
  for (let row = 0; row < modules; row++)
    for (let col = 0; col < modules; col++)
      if (!inFinder(col, row) && random() < 0.5) cells.push(`<rect x="${(x + col * cell).toFixed(1)}" y="${(y + row * cell).toFixed(1)}" width="${cell.toFixed(1)}" height="${cell.toFixed(1)}"/>`);
  const finder = ([fx, fy]) => {
    const left = x + fx * cell;
    const top = y + fy * cell;
    return `<rect x="${left}" y="${top}" width="${7 * cell}" height="${7 * cell}"/><rect x="${left + cell}" y="${top + cell}" width="${5 * cell}" height="${5 * cell}" fill="#eceef0"/><rect x="${left + 2 * cell}" y="${top + 2 * cell}" width="${3 * cell}" height="${3 * cell}"/>`;
  };
  return `<g fill="#1b1d21">${cells.join('')}${[[0, 0], [modules - 7, 0], [0, modules - 7]].map(finder).join('')}</g>`;
}

/** The app scanning the QR code on the back of Lumen Doorbell, with the Wi-Fi signal measured at the door. */
function doorbellScreen(t) {
  const corner = (x, y, dx, dy) => `<path d="M${x} ${y + dy * 50} V${y} H${x + dx * 50}" fill="none" stroke="#ffffff" stroke-width="8" stroke-linecap="round"/>`;
  const bars = [0, 1, 2, 3].map((i) => `<rect x="${70 + i * 20}" y="${1046 - i * 14}" width="13" height="${18 + i * 14}" rx="3" fill="${i < 3 ? '#15803d' : '#d1d5db'}"/>`).join('');
  return svg(`${statusBar()}${navBar(t.title)}${progress(2, 4)}
    ${text(40, 226, t.heading, { size: 52, weight: 700 })}
    ${paragraph(40, 290, t.intro, { size: 30, fill: '#374151' })}
    <g>
      <rect x="40" y="372" width="670" height="560" rx="28" fill="url(#lamp)"/>
      <rect x="40" y="372" width="670" height="560" rx="28" fill="#ffffff" filter="url(#grain)"/>
      <rect x="238" y="412" width="274" height="480" rx="60" fill="url(#plate)"/>
      <rect x="279" y="500" width="192" height="192" rx="8" fill="#eceef0"/>
      ${qrPattern(287, 508, 176)}
      ${text(375, 740, 'LUMEN DOORBELL', { size: 20, weight: 700, fill: '#4b5563', anchor: 'middle' })}
      ${text(375, 770, 'LD-2 · S/N 7Q4K 2M9X', { size: 18, fill: '#6b7280', anchor: 'middle' })}
      <circle cx="375" cy="840" r="18" fill="#9aa0a8"/>
      ${corner(262, 484, 1, 1)}${corner(488, 484, -1, 1)}${corner(262, 708, 1, -1)}${corner(488, 708, -1, -1)}
      <rect x="270" y="594" width="210" height="4" rx="2" fill="#60a5fa" opacity="0.9"/>
    </g>
    ${card(24, 970, 702, 120)}
    ${bars}
    ${text(170, 1022, t.signal, { size: 30, weight: 700 })}
    ${text(170, 1062, t.signalDetail, { size: 26, fill: '#15803d' })}
    ${button(1196, t.manual, { primary: false })}`);
}

/** The order tracking page at lumen-home.example/orders in a phone's browser. */
function orderScreen(t) {
  const steps = t.steps.map((step, i) => {
    const y = 744 + i * 76;
    const done = i < t.current;
    const current = i === t.current;
    const dot = done ? `<circle cx="80" cy="${y}" r="13" fill="${ACCENT}"/>` : current ? `<circle cx="80" cy="${y}" r="15" fill="#ffffff" stroke="${ACCENT}" stroke-width="7"/>` : `<circle cx="80" cy="${y}" r="11" fill="#ffffff" stroke="${FAINT}" stroke-width="4"/>`;
    const line = i < t.steps.length - 1 ? `<rect x="78" y="${y + 14}" width="4" height="48" fill="${i < t.current ? ACCENT : '#e5e7eb'}"/>` : '';
    return `${line}${dot}${text(120, y + 2, step.label, { size: 30, weight: current ? 700 : 400, fill: done || current ? INK : '#9ca3af' })}${step.when ? text(120, y + 38, step.when, { size: 24, fill: MUTED }) : ''}`;
  });
  return svg(`${statusBar()}
    <rect y="40" width="${WIDTH}" height="96" fill="#f7f7f9"/>
    <rect x="24" y="54" width="702" height="66" rx="18" fill="#e8e9ee"/>
    ${lockIcon(190, 88, '#4b5563')}
    ${text(224, 101, 'lumen-home.example/orders', { size: 28, fill: INK })}
    <rect y="136" width="${WIDTH}" height="1" fill="#d9dce3"/>
    <rect y="137" width="${WIDTH}" height="92" fill="${CARD}"/>
    <circle cx="62" cy="183" r="22" fill="${ACCENT}"/><circle cx="62" cy="183" r="10" fill="#ffffff"/>
    ${text(98, 194, 'Lumen Home', { size: 32, weight: 700 })}
    ${text(710, 194, t.account, { size: 26, fill: ACCENT, anchor: 'end' })}
    ${text(40, 298, t.order, { size: 44, weight: 700 })}
    ${text(40, 342, t.placed, { size: 26, fill: MUTED })}
    ${card(24, 372, 702, 200)}
    <circle cx="118" cy="472" r="62" fill="url(#dial)" stroke="#d1d5db" stroke-width="2"/><circle cx="118" cy="472" r="44" fill="#111827"/>
    ${text(118, 484, '20.5', { size: 28, weight: 700, fill: '#fbbf24', anchor: 'middle' })}
    ${text(208, 462, t.item, { size: 32, weight: 700 })}
    ${text(208, 508, t.price, { size: 28, fill: MUTED })}
    ${text(40, 628, t.expectedLabel, { size: 26, fill: MUTED })}
    ${text(40, 676, t.expected, { size: 38, weight: 700, fill: '#15803d' })}
    ${steps.join('')}
    ${button(1196, t.track)}`);
}

/** Lumen Thermo's page in the app while it is offline: the schedule still runs, the app cannot reach it. */
function offlineScreen(t) {
  const tips = t.tips.map((tip, i) => {
    const y = 922 + i * 84;
    return `${text(64, y, `${i + 1}`, { size: 28, weight: 700, fill: ACCENT })}${text(104, y, tip, { size: 29 })}${chevron(690, y - 10)}${i < t.tips.length - 1 ? `<rect x="64" y="${y + 32}" width="646" height="1" fill="#e5e7eb"/>` : ''}`;
  });
  const gear = `<circle cx="700" cy="84" r="14" fill="none" stroke="${ACCENT}" stroke-width="5"/>${[0, 45, 90, 135, 180, 225, 270, 315].map((a) => `<rect x="697" y="62" width="6" height="10" rx="2" fill="${ACCENT}" transform="rotate(${a} 700 84)"/>`).join('')}`;
  return svg(`${statusBar()}${navBar(t.room, { right: gear })}
    <rect x="24" y="156" width="702" height="150" rx="22" fill="${WARN_BG}" stroke="#f5c88a" stroke-width="2"/>
    <circle cx="76" cy="206" r="20" fill="#d97706"/>${text(76, 216, '!', { size: 30, weight: 700, fill: '#ffffff', anchor: 'middle' })}
    ${text(116, 216, t.offline, { size: 32, weight: 700, fill: WARN_INK })}
    ${paragraph(116, 258, t.offlineDetail, { size: 25, fill: WARN_INK, lineHeight: 1.4 })}
    <circle cx="375" cy="560" r="200" fill="url(#dial)" stroke="#d1d5db" stroke-width="3"/>
    <circle cx="375" cy="560" r="158" fill="#1f2937" opacity="0.82"/>
    <path d="M262 673 A160 160 0 1 1 488 673" fill="none" stroke="#6b7280" stroke-width="10" stroke-linecap="round" opacity="0.7"/>
    ${text(375, 580, '20.5°', { size: 88, weight: 300, fill: '#d1d5db', anchor: 'middle' })}
    ${text(375, 632, t.schedule, { size: 24, fill: '#9ca3af', anchor: 'middle' })}
    ${text(375, 808, t.lastSeen, { size: 26, fill: MUTED, anchor: 'middle' })}
    ${text(40, 862, t.tryThese, { size: 24, weight: 700, fill: MUTED })}
    ${card(24, 874, 702, t.tips.length * 84 - 6)}${tips.join('')}
    ${text(WIDTH / 2, 1160, t.code, { size: 26, fill: MUTED, anchor: 'middle' })}
    ${button(1196, t.contact, { primary: false })}`);
}

function toggle(x, y, on) {
  return `<rect x="${x}" y="${y}" width="102" height="62" rx="31" fill="${on ? '#16a34a' : '#e2e4e9'}"/><circle cx="${on ? x + 71 : x + 31}" cy="${y + 31}" r="27" fill="#ffffff" filter="url(#shadow)"/>`;
}

/** Account › Labs › Beta firmware in the app, as members see it before joining the beta. */
function betaScreen(t) {
  const rows = t.devices.map((device, i) => {
    const y = 560 + i * 124;
    const line = i < t.devices.length - 1 ? `<rect x="64" y="${y + 123}" width="622" height="1" fill="#e5e7eb"/>` : '';
    return `${text(64, y + 56, device.room, { size: 32, weight: 700 })}${text(64, y + 96, device.product, { size: 26, fill: MUTED })}${toggle(600, y + 32, device.on)}${line}`;
  });
  const bottom = 560 + t.devices.length * 124;
  return svg(`${statusBar()}${navBar(t.title)}
    <rect x="40" y="172" width="${t.badgeWidth}" height="44" rx="22" fill="#ede9fe"/>${text(40 + t.badgeWidth / 2, 203, t.badge, { size: 24, weight: 700, fill: '#6d28d9', anchor: 'middle' })}
    ${text(40, 290, t.heading, { size: 52, weight: 700 })}
    ${paragraph(40, 354, t.intro, { size: 30, fill: '#374151' })}
    ${text(40, 538, t.devicesLabel, { size: 24, weight: 700, fill: MUTED })}
    ${card(24, 556, 702, t.devices.length * 124 + 8)}${rows.join('')}
    <rect x="40" y="${bottom + 56}" width="44" height="44" rx="10" fill="${ACCENT}"/><path d="M${51} ${bottom + 78} l8 9 l15 -17" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
    ${text(108, bottom + 90, t.terms, { size: 29 })}
    ${paragraph(40, bottom + 176, t.note, { size: 26, fill: MUTED })}
    ${button(1196, t.join)}`);
}

const wifiEn = {
  title: 'Add Lumen Thermo',
  heading: 'Join your Wi-Fi',
  intro: ['Lumen Thermo connects on 2.4 GHz, which', 'reaches further through walls. Networks that', 'only broadcast 5 GHz are greyed out.'],
  nearby: 'NETWORKS NEARBY',
  networks: [
    { name: 'Miller-Home', detail: '2.4 GHz and 5 GHz', locked: true, strength: 3, supported: true, selected: true },
    { name: 'Miller-Home-5G', detail: '5 GHz only · not supported', locked: true, strength: 3, supported: false },
    { name: 'Vodafone-8F21', detail: '2.4 GHz', locked: true, strength: 2, supported: true },
    { name: 'CoffeeShop Guest', detail: '2.4 GHz · open', locked: false, strength: 1, supported: true },
  ],
  passwordLabel: 'Password for Miller-Home',
  connect: 'Connect',
};

const wifiZh = {
  title: '添加 Lumen Thermo',
  heading: '连接 Wi-Fi',
  intro: ['Lumen Thermo 使用 2.4 GHz 连接，穿墙距离', '更远。只发射 5 GHz 信号的网络显示为灰色，', '无法选择。'],
  nearby: '附近的网络',
  networks: [
    { name: 'Wang-Home', detail: '2.4 GHz 和 5 GHz', locked: true, strength: 3, supported: true, selected: true },
    { name: 'Wang-Home-5G', detail: '仅 5 GHz · 不支持', locked: true, strength: 3, supported: false },
    { name: 'ChinaNet-8F21', detail: '2.4 GHz', locked: true, strength: 2, supported: true },
    { name: 'Cafe-Guest', detail: '2.4 GHz · 无密码', locked: false, strength: 1, supported: true },
  ],
  passwordLabel: 'Wang-Home 的密码',
  connect: '连接',
};

const doorbellEn = {
  title: 'Add Lumen Doorbell',
  heading: 'Scan the QR code',
  intro: ['It is on the back of the doorbell. Hold your', 'phone about 20 cm away.'],
  signal: 'Wi-Fi signal here: good',
  signalDetail: 'Three of four bars — you can mount it here.',
  manual: 'Type the code instead',
};

const orderEn = {
  account: 'My account',
  order: 'Order LH-204815',
  placed: 'Placed on Monday 2 November',
  item: 'Lumen Thermo',
  price: '1 item · €249.00',
  expectedLabel: 'Expected delivery',
  expected: 'Thursday 12 November',
  current: 3,
  steps: [
    { label: 'Ordered', when: 'Mon 2 Nov, 18:05' },
    { label: 'Packed', when: 'Tue 3 Nov, 09:40' },
    { label: 'Handed to the carrier', when: 'Tue 3 Nov, 16:22' },
    { label: 'In transit · Leipzig hub', when: 'Wed 4 Nov, 06:51' },
    { label: 'Out for delivery' },
    { label: 'Delivered' },
  ],
  track: 'Track parcel',
};

const orderZh = {
  account: '我的账户',
  order: '订单 LH-204815',
  placed: '下单时间：11月2日 星期一',
  item: 'Lumen Thermo 智能温控器',
  price: '1 件 · ¥1,799.00',
  expectedLabel: '预计送达',
  expected: '11月12日 星期四',
  current: 3,
  steps: [
    { label: '已下单', when: '11月2日 18:05' },
    { label: '已打包', when: '11月3日 09:40' },
    { label: '已交给承运商', when: '11月3日 16:22' },
    { label: '运输中 · 上海分拨中心', when: '11月4日 06:51' },
    { label: '派送中' },
    { label: '已签收' },
  ],
  track: '查询物流',
};

const offlineEn = {
  room: 'Living room',
  offline: 'Offline since 14:32',
  offlineDetail: ['Your heating keeps following its schedule.', "The app can't reach the thermostat."],
  schedule: 'Comfort until 22:00',
  lastSeen: 'Last reading 14:32 · 20.5 °C',
  tryThese: 'TRY THESE STEPS',
  tips: ['Check your internet on another device', 'Change network on the thermostat', 'Restart: hold the dial for 10 seconds'],
  code: 'Device code LT-4F2A-91C7',
  contact: 'Contact support',
};

const offlineZh = {
  room: '客厅',
  offline: '14:32 起离线',
  offlineDetail: ['暖气仍会按时间表运行，', '只是 App 暂时无法连接温控器。'],
  schedule: '舒适模式，至 22:00',
  lastSeen: '最后读数 14:32 · 20.5 °C',
  tryThese: '请尝试以下步骤',
  tips: ['用其他设备确认网络是否正常', '在温控器上更换 Wi-Fi 网络', '重启：长按旋钮十秒'],
  code: '设备代码 LT-4F2A-91C7',
  contact: '联系客服',
};

const betaEn = {
  title: 'Labs',
  badge: 'MEMBERS',
  badgeWidth: 150,
  heading: 'Beta firmware',
  intro: ['New firmware about four weeks before', 'everyone else. You can leave at any time.'],
  devicesLabel: 'DEVICES TO ENROL',
  devices: [
    { room: 'Living room', product: 'Lumen Thermo · 4.12.0', on: true },
    { room: 'Front door', product: 'Lumen Doorbell · 2.8.3', on: true },
    { room: 'Hallway', product: 'Lumen Mesh · 1.21.1', on: false },
  ],
  terms: 'I accept the beta terms',
  note: ['Enrolled devices update tonight between', '02:00 and 04:00.'],
  join: 'Join the beta',
};

const betaZh = {
  title: '实验室',
  badge: '会员专享',
  badgeWidth: 132,
  heading: '测试版固件',
  intro: ['比正式版提前约四周收到新固件，', '可以随时退出。'],
  devicesLabel: '选择要加入的设备',
  devices: [
    { room: '客厅', product: 'Lumen Thermo · 4.12.0', on: true },
    { room: '大门', product: 'Lumen 可视门铃 · 2.8.3', on: true },
    { room: '走廊', product: 'Lumen Mesh · 1.21.1', on: false },
  ],
  terms: '我同意测试版条款',
  note: ['已加入的设备会在今晚 02:00 至 04:00', '之间自动更新。'],
  join: '加入测试版',
};

/** Where each picture goes: next to the entries that show it, or content/images/ when several entries share it. */
const SCREENS = [
  ['content/images/app-wifi-networks.png', () => wifiScreen(wifiEn)],
  ['content/faq/zh/products/setup/app-wifi-networks-zh.png', () => wifiScreen(wifiZh)],
  ['content/faq/products/setup/doorbell-scan-qr.png', () => doorbellScreen(doorbellEn)],
  ['content/faq/orders/shipping/order-tracking.png', () => orderScreen(orderEn)],
  ['content/faq/zh/orders/shipping/order-tracking.png', () => orderScreen(orderZh)],
  ['content/faq/products/troubleshooting/thermo-offline-app.png', () => offlineScreen(offlineEn)],
  ['content/faq/zh/products/troubleshooting/thermo-offline-app.png', () => offlineScreen(offlineZh)],
  // Members-only answers: the build inlines these inside the encrypted answer, never as files of their own.
  ['content/faq/products/upgrades/labs-beta-firmware.png', () => betaScreen(betaEn)],
  ['content/faq/zh/products/upgrades/labs-beta-firmware.png', () => betaScreen(betaZh)],
];

requireCjkFont();
for (const [file, draw] of SCREENS) {
  const target = path.join(ROOT, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Flattened onto white and stored without alpha, as a phone's own screenshot is.
  const png = await sharp(Buffer.from(draw())).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
  fs.writeFileSync(target, png);
  console.log(`${file}  ${WIDTH}×${HEIGHT}  ${Math.round(png.length / 1024)} kB`);
}
