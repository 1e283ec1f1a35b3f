/**
 * Local pictures for the benchmark corpus (`--images N`): N published
 * entries, chosen in proportion across English and Chinese, public and
 * members-only, each get one screenshot-like PNG of the Hollis app next to
 * their file and a reference to it, with alt text, after their first
 * paragraph. Pictures draw on random streams of their own, so a corpus
 * without pictures is byte for byte what it was before this option existed.
 */
import { encodePng } from './png.mjs';
import { Random, seedOf } from './random.mjs';

/** A phone screenshot at 2× (an iPhone 8's screen): the size editors paste from their phone. */
export const PICTURE_WIDTH = 750;
export const PICTURE_HEIGHT = 1334;

/** The app screen each kind of question shows, as the alt text names it. */
const SCREENS = {
  'wifi-not-found': ['Wi-Fi network list', '无线网络列表'],
  'wifi-password': ['Change Wi-Fi', '更换WiFi'],
  'voice-assistant': ['Linked services', '关联服务'],
  'install-wall': ['Installation guide', '安装指南'],
  'app-add-device': ['Add device', '添加设备'],
  'compat-other-device': ['Works with', '兼容设备'],
  'specs-feature': ['Device details', '设备详情'],
  'availability-country': ['Store region', '商店地区'],
  'price-sale': ['Offers', '优惠活动'],
  'order-change': ['Order details', '订单详情'],
  tracking: ['Delivery tracking', '物流跟踪'],
  'international-duties': ['Checkout summary', '结算明细'],
  'return-item': ['Start a return', '申请退货'],
  'refund-timing': ['Refund status', '退款进度'],
  'payment-methods': ['Payment methods', '支付方式'],
  invoice: ['Invoices', '发票'],
  subscription: ['Subscription plan', '订阅套餐'],
  'discount-code': ['Discount code', '优惠码'],
  'sign-in': ['Sign in', '登录'],
  'share-household': ['Household members', '家庭成员'],
  'privacy-data': ['Privacy settings', '隐私设置'],
  'device-offline': ['Device status', '设备状态'],
  'bluetooth-pairing': ['Bluetooth pairing', '蓝牙配对'],
  'battery-life': ['Battery', '电池'],
  'error-code': ['Error details', '错误详情'],
  'firmware-update': ['Firmware update', '固件更新'],
  reset: ['Reset device', '重置设备'],
  'video-quality': ['Video quality', '画质设置'],
  'sound-problem': ['Sound settings', '声音设置'],
  'filter-replace': ['Filter status', '滤网状态'],
  'warranty-cover': ['Warranty', '保修信息'],
  'warranty-claim': ['Warranty claim', '保修申请'],
  'energy-use': ['Energy use', '能耗统计'],
  'network-setup': ['Network settings', '网络设置'],
  'points-redeem': ['Rewards points', '会员积分'],
  'trade-in': ['Trade-in offer', '以旧换新'],
  'beta-firmware': ['Early access', '抢先体验'],
  diagnostics: ['Diagnostics report', '诊断报告'],
  'priority-repair': ['Priority repair', '优先维修'],
  'extended-warranty': ['Extended warranty', '延长保修'],
};

/** What the picture shows, in the entry's language: alt text a screen reader user can act on. */
export function altTextOf(entry) {
  const screen = SCREENS[entry.topic.key];
  if (!screen) throw new Error(`no app screen is named for the topic "${entry.topic.key}": add it to SCREENS in bench/corpus/pictures.mjs`);
  const product = entry.slots[entry.lang].p;
  return entry.lang === 'zh' ? `Hollis App 中${product}的${screen[1]}界面` : `The ${screen[0]} screen in the Hollis app, for the ${product}`;
}

export const pictureFileOf = (entry) => `${entry.id}-screen.png`;

/**
 * The entries that get a picture: published ones only (a draft's picture is
 * never built), split over language × public/members-only in proportion to
 * how many entries each group has (largest remainders), and within a group
 * the first by a hash of seed and id, so the choice is spread over the
 * whole corpus. Returned in corpus order.
 */
export function choosePictureEntries(entries, count, seed) {
  const published = entries.filter((entry) => !entry.draft);
  if (count > published.length) throw new Error(`--images ${count} asks for more pictures than the ${published.length} published entries: use at most ${published.length}`);
  if (count === 0) return [];
  const groups = new Map();
  for (const entry of published) {
    const key = `${entry.lang}:${entry.membersOnly ? 'members' : 'public'}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  }
  const shares = [...groups].map(([key, members]) => {
    const exact = (count * members.length) / published.length;
    return { key, members, take: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = count - shares.reduce((sum, share) => sum + share.take, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || (a.key < b.key ? -1 : 1))) {
    if (left === 0) break;
    share.take++;
    left--;
  }
  const chosen = new Set();
  for (const { members, take } of shares) {
    const ranked = members.map((entry) => ({ entry, rank: seedOf(seed, 'picture-choice', entry.id) })).sort((a, b) => a.rank - b.rank || a.entry.index - b.entry.index);
    for (const { entry } of ranked.slice(0, take)) chosen.add(entry);
  }
  return published.filter((entry) => chosen.has(entry));
}

/** The answer with the picture after its first paragraph, where an editor would put a screenshot. */
export function withPicture(body, alt, file) {
  const image = `![${alt}](${file})`;
  const end = body.indexOf('\n\n');
  return end === -1 ? `${body.trimEnd()}\n\n${image}\n` : `${body.slice(0, end)}\n\n${image}${body.slice(end)}`;
}

/** The entry's picture as PNG bytes: an app screen of its own, drawn from the seed and the entry's id. */
export function pictureOf(entry, seed) {
  return drawAppScreen(new Random(seedOf(seed, 'picture', entry.id)));
}

// ---------------------------------------------------------------------------
// Drawing. A tiny rasteriser with analytic anti-aliasing: what a screenshot
// holds (flat bars, smooth edges, small text, a noisy camera view) is what
// makes a PNG the size real ones are, and what the image pipeline must resize.

class Canvas {
  constructor(width, height, background) {
    this.width = width;
    this.height = height;
    this.rgb = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  /** Mixes `color` into one pixel with coverage `alpha` (0–1). */
  blend(x, y, color, alpha) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 3;
    if (alpha >= 1) {
      this.rgb[i] = color[0];
      this.rgb[i + 1] = color[1];
      this.rgb[i + 2] = color[2];
      return;
    }
    for (let c = 0; c < 3; c++) this.rgb[i + c] = Math.round(this.rgb[i + c] + (color[c] - this.rgb[i + c]) * alpha);
  }

  fillRect(x0, y0, width, height, color) {
    const left = Math.max(0, Math.floor(x0));
    const right = Math.min(this.width, Math.ceil(x0 + width));
    const top = Math.max(0, Math.floor(y0));
    const bottom = Math.min(this.height, Math.ceil(y0 + height));
    if (right <= left || bottom <= top) return;
    const first = (top * this.width + left) * 3;
    this.rgb[first] = color[0];
    this.rgb[first + 1] = color[1];
    this.rgb[first + 2] = color[2];
    // Doubling copies: a row in log(width) native copies, then the row to every other line.
    for (let done = 3, total = (right - left) * 3; done < total; done *= 2) this.rgb.copyWithin(first + done, first, first + Math.min(done, total - done));
    for (let y = top + 1; y < bottom; y++) this.rgb.copyWithin((y * this.width + left) * 3, first, first + (right - left) * 3);
  }

  /** A rectangle with rounded corners: coverage from the distance to the corner's circle, computed only near the corners. */
  fillRoundRect(x0, y0, width, height, radius, color) {
    const r = Math.min(radius, width / 2, height / 2);
    for (let y = Math.floor(y0); y < Math.ceil(y0 + height); y++) {
      const py = y + 0.5;
      const dy = Math.max(y0 + r - py, py - (y0 + height - r), 0);
      for (let x = Math.floor(x0); x < Math.ceil(x0 + width); x++) {
        const px = x + 0.5;
        const dx = Math.max(x0 + r - px, px - (x0 + width - r), 0);
        if (dx === 0 && dy === 0) {
          // Inside the straight part: the rest of the row up to the right-hand corner is solid.
          const solidEnd = Math.min(Math.ceil(x0 + width - r - 0.5), Math.ceil(x0 + width) - 1);
          this.fillRect(x, y, solidEnd - x + 1, 1, color);
          x = solidEnd;
          continue;
        }
        this.blend(x, y, color, Math.min(1, r + 0.5 - Math.sqrt(dx * dx + dy * dy)));
      }
    }
  }

  fillCircle(cx, cy, radius, color) {
    this.fillRoundRect(cx - radius, cy - radius, radius * 2, radius * 2, radius, color);
  }

  /** A line of `width` px with round ends, from (x1, y1) to (x2, y2). */
  stroke(x1, y1, x2, y2, width, color) {
    const half = width / 2;
    const lengthSquared = (x2 - x1) ** 2 + (y2 - y1) ** 2 || 1;
    for (let y = Math.floor(Math.min(y1, y2) - half - 1); y <= Math.ceil(Math.max(y1, y2) + half + 1); y++) {
      for (let x = Math.floor(Math.min(x1, x2) - half - 1); x <= Math.ceil(Math.max(x1, x2) + half + 1); x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        const t = Math.max(0, Math.min(1, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / lengthSquared));
        const distance = Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1)));
        this.blend(x, y, color, Math.min(1, half + 0.5 - distance));
      }
    }
  }

  ring(cx, cy, radius, width, color) {
    const half = width / 2;
    for (let y = Math.floor(cy - radius - half - 1); y <= Math.ceil(cy + radius + half + 1); y++) {
      for (let x = Math.floor(cx - radius - half - 1); x <= Math.ceil(cx + radius + half + 1); x++) {
        const distance = Math.abs(Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - radius);
        this.blend(x, y, color, Math.min(1, half + 0.5 - distance));
      }
    }
  }
}

/**
 * Letter shapes as strokes in a unit box (x 0–1, y 0 at the ascender, 1 at
 * the baseline): not a font, but text-like to the eye and to a compressor.
 */
const GLYPHS = [
  { lines: [[0.5, 0, 0.5, 1]] },
  { rings: [[0.5, 0.68, 0.32]] },
  { lines: [[0.15, 0.36, 0.15, 1], [0.15, 0.5, 0.5, 0.36], [0.5, 0.36, 0.85, 0.5], [0.85, 0.5, 0.85, 1]] },
  { rings: [[0.5, 0.68, 0.32]], lines: [[0.18, 0.68, 0.82, 0.68]] },
  { rings: [[0.45, 0.7, 0.3]], lines: [[0.78, 0.38, 0.78, 1]] },
  { lines: [[0.45, 0.1, 0.45, 1], [0.15, 0.38, 0.8, 0.38]] },
  { lines: [[0.5, 0.38, 0.5, 1]], rings: [[0.5, 0.15, 0.04]] },
  { lines: [[0.2, 0.38, 0.2, 1], [0.2, 0.55, 0.75, 0.38]] },
  { lines: [[0.8, 0.4, 0.25, 0.5], [0.25, 0.5, 0.75, 0.82], [0.75, 0.82, 0.2, 0.98]] },
  { lines: [[0.15, 0, 0.15, 1]], rings: [[0.5, 0.68, 0.32]] },
  { lines: [[0.1, 0.36, 0.5, 1], [0.9, 0.36, 0.5, 1]] },
  { lines: [[0.1, 0.05, 0.1, 1], [0.1, 0.05, 0.75, 0.05], [0.1, 0.5, 0.65, 0.5]] },
];

/** Draws words of random letters: `words` is how many letters each word has. */
function drawText(canvas, x, baseline, size, color, words, random) {
  const advance = size * 0.58;
  const weight = Math.max(1.6, size * 0.1);
  let cursor = x;
  for (const letters of words) {
    for (let k = 0; k < letters; k++) {
      const glyph = random.pick(GLYPHS);
      const left = cursor + advance * 0.1;
      const top = baseline - size * 0.75;
      const w = advance * 0.8;
      const h = size * 0.75;
      for (const [x1, y1, x2, y2] of glyph.lines ?? []) canvas.stroke(left + x1 * w, top + y1 * h, left + x2 * w, top + y2 * h, weight, color);
      for (const [cx, cy, r] of glyph.rings ?? []) canvas.ring(left + cx * w, top + cy * h, r * Math.min(w, h), weight, color);
      cursor += advance;
    }
    cursor += advance * 0.7;
  }
  return cursor;
}

const textWidth = (size, words) => words.reduce((sum, letters) => sum + letters * size * 0.58, 0) + (words.length - 1) * size * 0.58 * 0.7;
const wordsOf = (random, count, min = 2, max = 9) => Array.from({ length: count }, () => random.int(min, max));

function hsl(hue, saturation, lightness) {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

/**
 * A product photo inside a card: a lit gradient and a device silhouette.
 * Its smooth shading, unlike the flat bars around it, is what makes the
 * PNG weigh about 100 kB, as real screenshots with a photo do.
 */
function drawPhoto(canvas, x0, y0, width, height, radius, random) {
  const hue = random.int(0, 359);
  const top = hsl(hue, 0.25, random.int(55, 75) / 100);
  const bottom = hsl((hue + 40) % 360, 0.3, random.int(20, 40) / 100);
  const light = { x: x0 + random.next() * width, y: y0 + random.next() * height * 0.5 };
  const device = { x: x0 + width * (0.3 + random.next() * 0.4), y: y0 + height * (0.45 + random.next() * 0.2), r: height * (0.18 + random.next() * 0.12) };
  const deviceColor = hsl(random.int(0, 359), 0.1, random.int(80, 95) / 100);
  const rgb = canvas.rgb;
  const glowReach = width * 0.6;
  for (let y = y0; y < y0 + height; y++) {
    const t = (y - y0) / height;
    const dy = Math.max(y0 + radius - y - 0.5, y + 0.5 - (y0 + height - radius), 0);
    for (let x = x0; x < x0 + width; x++) {
      const dx = Math.max(x0 + radius - x - 0.5, x + 0.5 - (x0 + width - radius), 0);
      const coverage = dx === 0 && dy === 0 ? 1 : Math.min(1, radius + 0.5 - Math.sqrt(dx * dx + dy * dy));
      if (coverage <= 0) continue;
      const lx = x - light.x;
      const ly = y - light.y;
      const glow = Math.max(0, 1 - Math.sqrt(lx * lx + ly * ly) / glowReach) * 40;
      const ex = x - device.x;
      const ey = (y - device.y) * 1.3;
      const inDevice = Math.min(1, Math.max(0, device.r + 0.5 - Math.sqrt(ex * ex + ey * ey)));
      const i = (y * canvas.width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const scene = top[c] + (bottom[c] - top[c]) * t + glow;
        const value = Math.max(0, Math.min(255, Math.round(scene + (deviceColor[c] - scene) * inDevice)));
        rgb[i + c] = Math.round(rgb[i + c] + (value - rgb[i + c]) * coverage);
      }
    }
  }
}

/** The Hollis app: status bar, title bar, a photo card, a list of settings rows, a button. */
function drawAppScreen(random) {
  const W = PICTURE_WIDTH;
  const H = PICTURE_HEIGHT;
  const hue = random.int(0, 359);
  const brand = hsl(hue, 0.55 + random.next() * 0.2, 0.38 + random.next() * 0.08);
  const brandDark = brand.map((c) => Math.round(c * 0.75));
  const tint = hsl(hue, 0.6, 0.92);
  const page = hsl((hue + 180) % 360, 0.1, 0.95 + random.next() * 0.02);
  const white = [255, 255, 255];
  const ink = [33, 37, 41];
  const muted = [108, 117, 125];
  const canvas = new Canvas(W, H, page);

  canvas.fillRect(0, 0, W, 40, brandDark);
  drawText(canvas, 28, 30, 22, white, [1, 2], random);
  canvas.fillRoundRect(W - 72, 12, 44, 18, 4, white);
  canvas.fillRect(0, 40, W, 88, brand);
  canvas.stroke(40, 84, 56, 68, 5, white);
  canvas.stroke(40, 84, 56, 100, 5, white);
  const title = wordsOf(random, random.int(1, 3), 3, 8);
  drawText(canvas, Math.round((W - textWidth(34, title)) / 2), 98, 34, white, title, random);

  let y = 152;
  const photoHeight = random.int(240, 380);
  canvas.fillRoundRect(24, y, W - 48, photoHeight, 24, white);
  drawPhoto(canvas, 36, y + 12, W - 72, photoHeight - 24, 16, random);
  y += photoHeight + 36;
  drawText(canvas, 40, y, 22, muted, wordsOf(random, random.int(1, 3), 3, 8), random);
  y += 20;

  const buttonTop = H - 150;
  const rowHeight = 112;
  const rows = Math.max(3, Math.min(7, Math.floor((buttonTop - 30 - y) / rowHeight)));
  canvas.fillRoundRect(24, y, W - 48, rows * rowHeight, 24, white);
  for (let row = 0; row < rows; row++) {
    const top = y + row * rowHeight;
    canvas.fillCircle(84, top + rowHeight / 2, 28, tint);
    canvas.ring(84, top + rowHeight / 2, 12, 4, brand);
    drawText(canvas, 136, top + 50, 28, ink, wordsOf(random, random.int(1, 3)), random);
    drawText(canvas, 136, top + 86, 22, muted, wordsOf(random, random.int(2, 4)), random);
    if (random.chance(0.5)) {
      const on = random.chance(0.6);
      canvas.fillRoundRect(W - 140, top + 38, 84, 40, 20, on ? brand : [206, 212, 218]);
      canvas.fillCircle(on ? W - 78 : W - 118, top + 58, 16, white);
    } else {
      canvas.stroke(W - 84, top + 44, W - 70, top + 56, 4, muted);
      canvas.stroke(W - 84, top + 68, W - 70, top + 56, 4, muted);
    }
    if (row < rows - 1) canvas.fillRect(136, top + rowHeight - 1, W - 160, 2, [233, 236, 239]);
  }

  canvas.fillRoundRect(40, buttonTop, W - 80, 96, 48, brand);
  const label = wordsOf(random, random.int(1, 2), 3, 7);
  drawText(canvas, Math.round((W - textWidth(32, label)) / 2), buttonTop + 60, 32, white, label, random);
  canvas.fillRoundRect(W / 2 - 134, H - 24, 268, 10, 5, [20, 20, 20]);
  return encodePng(W, H, canvas.rgb);
}
