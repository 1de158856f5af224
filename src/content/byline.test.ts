import { describe, expect, it } from 'vitest';
import { extractLeadByline, extractPhotoCredit, parseCredits } from './byline.ts';

describe('parseCredits', () => {
  it('gives one credit per person, each under the role before it', () => {
    expect(parseCredits('记者 崔欣 通讯员 刘英')).toEqual([
      { role: '记者', name: '崔欣' },
      { role: '通讯员', name: '刘英' },
    ]);
    expect(parseCredits('记者 张三 李四')).toEqual([
      { role: '记者', name: '张三' },
      { role: '记者', name: '李四' },
    ]);
    expect(parseCredits('实习生 王芳、赵雷')).toEqual([
      { role: '实习生', name: '王芳' },
      { role: '实习生', name: '赵雷' },
    ]);
  });

  it('knows the longer roles and a role glued to its name', () => {
    expect(parseCredits('特约记者 周强 见习记者吴敏 摄影记者 郑一鸣')).toEqual([
      { role: '特约记者', name: '周强' },
      { role: '见习记者', name: '吴敏' },
      { role: '摄影记者', name: '郑一鸣' },
    ]);
    expect(parseCredits('本报记者 陈曦')).toEqual([{ role: '记者', name: '陈曦' }]);
  });

  it('refuses text that is not a credit list', () => {
    expect(parseCredits('扩大')).toBeUndefined();
    expect(parseCredits('北京')).toBeUndefined();
    expect(parseCredits('记者')).toBeUndefined();
    expect(parseCredits('记者 通讯员 刘英')).toBeUndefined();
    expect(parseCredits('记者 A-1')).toBeUndefined();
  });
});

describe('extractLeadByline', () => {
  it('takes the dateline and credits out of the lead, with the space after them', () => {
    expect(extractLeadByline('本报讯 （记者 陈曦） 近日，西城区总工会召开会议。')).toEqual({
      dateline: '本报讯',
      credits: [{ role: '记者', name: '陈曦' }],
      rest: '近日，西城区总工会召开会议。',
    });
  });

  it('accepts half-width parentheses and no spaces', () => {
    expect(extractLeadByline('本报讯(记者 张三 王五)近日，活动举行。')).toEqual({
      dateline: '本报讯',
      credits: [
        { role: '记者', name: '张三' },
        { role: '记者', name: '王五' },
      ],
      rest: '近日，活动举行。',
    });
  });

  it('reads a two-character name padded to three, and full-width digits in a dateline', () => {
    expect(extractLeadByline('本报讯（记者 陈　曦）近日')?.credits).toEqual([{ role: '记者', name: '陈曦' }]);
    expect(extractLeadByline('本报北京３月５日电（记者 陈曦）近日')).toEqual({
      dateline: '本报北京３月５日电',
      credits: [{ role: '记者', name: '陈曦' }],
      rest: '近日',
    });
  });

  it('accepts other datelines', () => {
    expect(extractLeadByline('本报北京3月5日电 （通讯员 李四） 3月5日，活动举行。')?.dateline).toBe('本报北京3月5日电');
    expect(extractLeadByline('新华社北京3月5日电（记者 王五）活动举行。')?.dateline).toBe('新华社北京3月5日电');
  });

  it('takes a dateline that credits nobody', () => {
    expect(extractLeadByline('本报讯 近日，活动举行。')).toEqual({
      dateline: '本报讯',
      credits: [],
      rest: '近日，活动举行。',
    });
    expect(extractLeadByline('本报北京3月5日电 3月5日，活动举行。')?.rest).toBe('3月5日，活动举行。');
    expect(extractLeadByline('本报北京3月5日电话会议召开。')).toBeUndefined();
  });

  it('leaves a lead without a byline alone', () => {
    expect(extractLeadByline('近日，北京客一分公司工会组织女职工开展活动。')).toBeUndefined();
    expect(extractLeadByline('蒙牛乳业（北京）有限责任公司开展活动。')).toBeUndefined();
    expect(extractLeadByline('近日（记者 陈曦）活动举行。')).toBeUndefined();
  });

  it('asks a byline without a dateline to set each role apart from its name', () => {
    expect(extractLeadByline('（记者手记）采访中，我深深感受到……')).toBeUndefined();
    expect(extractLeadByline('(通讯员来稿)近日')).toBeUndefined();
    expect(extractLeadByline('（记者 陈曦 通讯员刘英）近日')).toBeUndefined();
    expect(extractLeadByline('（记者 陈曦 通讯员 刘英）近日')?.credits).toHaveLength(2);
    expect(extractLeadByline('本报讯（记者陈曦 通讯员刘英）近日')?.credits).toEqual([
      { role: '记者', name: '陈曦' },
      { role: '通讯员', name: '刘英' },
    ]);
  });
});

describe('extractPhotoCredit', () => {
  it('takes the photographer out of the end of the caption', () => {
    expect(extractPhotoCredit('下一步还将组织女职工开展读书分享会等活动。本报记者 边磊 摄影报道')).toEqual({
      credits: [{ role: '摄影', name: '边磊' }],
      rest: '下一步还将组织女职工开展读书分享会等活动。',
    });
  });

  it('reads several names and the short 摄 form', () => {
    expect(extractPhotoCredit('驿站迎来一批快递小哥。记者 孙悦 刘洋 摄')?.credits).toEqual([
      { role: '摄影', name: '孙悦' },
      { role: '摄影', name: '刘洋' },
    ]);
    expect(extractPhotoCredit('职工参加健步走。 王芳 摄')?.credits).toEqual([{ role: '摄影', name: '王芳' }]);
  });

  it('never takes caption words for names', () => {
    expect(extractPhotoCredit('活动现场 职工们 张三 摄')).toEqual({
      credits: [{ role: '摄影', name: '张三' }],
      rest: '活动现场 职工们',
    });
    expect(extractPhotoCredit('职工参加活动 本报记者 边磊 通讯员 刘英 摄')).toEqual({
      credits: [
        { role: '摄影', name: '边磊' },
        { role: '摄影', name: '刘英' },
      ],
      rest: '职工参加活动',
    });
  });

  it('finds the credit after a caption of any length, and no credit among many words', () => {
    expect(extractPhotoCredit(`${'。'.repeat(130_000)}本报记者 边磊 摄影报道`)?.credits).toEqual([
      { role: '摄影', name: '边磊' },
    ]);
    expect(extractPhotoCredit(`活动${' 现场2号'.repeat(50_000)} 摄`)).toBeUndefined();
  });

  it('does not mistake a sentence ending in 摄 for a credit', () => {
    expect(extractPhotoCredit('职工们一起拍摄')).toBeUndefined();
    expect(extractPhotoCredit('活动结束后大家合影留念。')).toBeUndefined();
  });
});
