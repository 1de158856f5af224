import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDistricts, classifyThemes } from './classify.ts';
import type { Taxonomy } from './schema.ts';
import { parseTaxonomy } from './taxonomy.ts';

const projectTaxonomy = parseTaxonomy(
  readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);

const districtsOf = (title: string, lead: string, ...later: string[]) =>
  classifyDistricts({ title, paragraphs: [lead, ...later] }, projectTaxonomy.districts);

describe('classifyDistricts', () => {
  it('finds several districts, in order of first appearance', () => {
    expect(districtsOf('东城西城两区工会联合开展职工技能比赛', '近日，两区工会……')).toEqual(['dongcheng', 'xicheng']);
    expect(districtsOf('职工技能比赛举行', '近日，西城区总工会与东城区总工会联合举办比赛。')).toEqual([
      'xicheng',
      'dongcheng',
    ]);
  });

  it('reads the subtitle too', () => {
    expect(
      classifyDistricts(
        { title: '职工书屋揭牌', subtitle: '丰台区再添阅读阵地', paragraphs: ['近日，书屋揭牌。'] },
        projectTaxonomy.districts,
      ),
    ).toEqual(['fengtai']);
  });

  it('never infers a district from 北京 or 首都 alone', () => {
    expect(districtsOf('北京职工迎新春', '近日，首都职工在北京市劳动人民文化宫欢度新春。')).toEqual([]);
  });

  it('ignores a venue named after the lead', () => {
    expect(
      districtsOf('公司工会组织职工踏青', '近日，公司工会组织职工踏青。', '职工来到海淀区香山公园，又到昌平参观。'),
    ).toEqual([]);
  });

  it('knows the economic-technological development zone', () => {
    expect(districtsOf('亦庄职工运动会开幕', '近日，运动会开幕。')).toEqual(['yizhuang']);
    expect(districtsOf('职工运动会开幕', '近日，北京经济技术开发区总工会举办运动会。')).toEqual(['yizhuang']);
  });

  it('does not read an alias inside a longer word that means something else', () => {
    expect(districtsOf('各地大兴调查研究之风', '工会干部大兴土木的做法不可取。')).toEqual([]);
    expect(districtsOf('广西城市建设工会交流', '朝阳产业焕发新活力。')).toEqual([]);
    expect(districtsOf('大兴区总工会开展调研', '近日，大兴区总工会大兴调查研究之风。')).toEqual(['daxing']);
  });

  it('covers all 16 districts and the development zone', () => {
    expect(projectTaxonomy.districts.map((district) => district.slug)).toEqual([
      'dongcheng',
      'xicheng',
      'chaoyang',
      'haidian',
      'fengtai',
      'shijingshan',
      'mentougou',
      'fangshan',
      'tongzhou',
      'shunyi',
      'changping',
      'daxing',
      'huairou',
      'pinggu',
      'miyun',
      'yanqing',
      'yizhuang',
    ]);
  });
});

/** 大国工匠 holds 工匠: a keyword inside a longer one. */
const craftTheme: Taxonomy['themes'][number] = {
  slug: 'craft',
  name: '工匠',
  keywords: [
    { word: '大国工匠', weight: 1 },
    { word: '工匠', weight: 3 },
  ],
};

const themeTaxonomy: Taxonomy = {
  districts: [{ slug: 'x', name: 'X', aliases: ['X区'] }],
  themes: [
    { slug: 'women', name: '女职工', keywords: [{ word: '女职工', weight: 3 }] },
    {
      slug: 'care',
      name: '关爱',
      keywords: [
        { word: '慰问', weight: 3 },
        { word: '关爱', weight: 2 },
      ],
    },
    craftTheme,
    { slug: 'general', name: '工会建设', keywords: [{ word: '换届', weight: 3 }] },
  ],
  fallbackTheme: 'general',
};

const themesOf = (title: string, ...paragraphs: string[]) => classifyThemes({ title, paragraphs }, themeTaxonomy);

describe('classifyThemes', () => {
  it('lets a headline word outweigh the same word once in the body', () => {
    expect(themesOf('工会慰问一线职工', '近日，工会走访一线。代表女工委向女职工送去祝福。')).toEqual(['care']);
  });

  it('leads with the theme the headline names even when the body mentions another more', () => {
    expect(themesOf('女职工活动举行', '慰问。慰问。慰问。关爱。关爱。关爱。女职工参加。')).toEqual(['women', 'care']);
  });

  it('adds a second theme only when it scores nearly as well as the first', () => {
    expect(themesOf('慰问女职工', '慰问。')).toEqual(['care', 'women']);
    expect(themesOf('慰问困难职工', '慰问。慰问。女职工代表参加。')).toEqual(['care']);
  });

  it('does not count a short keyword again inside a longer one', () => {
    expect(themesOf('大国工匠进校园', '活动举行。')).toEqual(['craft']);
    expect(
      classifyThemes(
        { title: '大国工匠', paragraphs: ['。'] },
        {
          ...themeTaxonomy,
          themes: [craftTheme, { slug: 'care', name: '关爱', keywords: [{ word: '大国', weight: 2 }] }],
          fallbackTheme: 'care',
        },
      ),
    ).toEqual(['care']);
  });

  it('falls back when nothing matches', () => {
    expect(themesOf('本报启事', '欢迎来稿。')).toEqual(['general']);
  });
});
