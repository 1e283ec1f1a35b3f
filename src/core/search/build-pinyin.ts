import { pinyin } from 'pinyin-pro';
import { findRuns } from './normalize.ts';
import { pinyinPairTerm } from './pinyin.ts';
import type { Token } from './tokenize.ts';

/**
 * Every toneless syllable of Mandarin, `ü` written `v` as input methods take
 * it, for a Chinese index's manifest (the browser reads typed pinyin with
 * them). Sounds of a consonant alone (`m`, `ng`) are left out: they would let
 * too many words read as pinyin.
 */
export const MANDARIN_SYLLABLES = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
  cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
  cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e
  ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
  gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao
  jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun
  kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma
  mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni
  nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
  pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri
  rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi
  shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti
  tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
  xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze
  zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
  zi zong zou zu zuan zui zun zuo`.split(/\s+/).join(' ');

/**
 * The pinyin twin of each character pair of a text (`美图` → `mei'tu`), for a
 * Chinese index. pinyin-pro reads each run of characters as a whole, so a
 * character of several readings gets the one its word gives it (`银行` is
 * `yin'hang`, `行走` is `xing'zou`). Build-time only: the browser never needs
 * the dictionary, just the syllables.
 */
export function pinyinPairTokens(text: string, tokens: readonly Token[]): Token[] {
  const syllableAt = new Map<number, string>();
  for (const run of findRuns(text)) {
    if (!run.unspaced) continue;
    const characters = [...run.text];
    const readings = pinyin(run.text, { toneType: 'none', type: 'array', v: true });
    // Characters it cannot read (kana, rare Han) come back as themselves and break the alignment: such a run has no pinyin.
    if (readings.length !== characters.length) continue;
    let offset = run.start;
    characters.forEach((character, i) => {
      const reading = readings[i] ?? '';
      if (/^[a-z]+$/.test(reading)) syllableAt.set(offset, reading);
      offset += character.length;
    });
  }
  const twins: Token[] = [];
  for (const token of tokens) {
    if (!token.unspaced || [...token.word].length !== 2) continue;
    const first = syllableAt.get(token.start);
    const second = syllableAt.get(token.start + String.fromCodePoint(text.codePointAt(token.start) ?? 0).length);
    if (first && second) {
      const term = pinyinPairTerm(first, second);
      twins.push({ ...token, term, word: term });
    }
  }
  return twins;
}
