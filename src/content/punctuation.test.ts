import { describe, expect, it } from 'vitest';
import { FULL_WIDTH_TWIN, normalizePunctuation } from './punctuation.ts';

/** Every position that changed must be one of the half-width marks turned into its full-width twin. */
function changedPositions(input: string, output: string): { at: number; from: string; to: string }[] {
  const before = [...input];
  const after = [...output];
  expect(after).toHaveLength(before.length);
  return before.flatMap((from, at) => {
    const to = after[at] ?? '';
    return from === to ? [] : [{ at, from, to }];
  });
}

describe('normalizePunctuation', () => {
  it('turns half-width marks touching Chinese into their full-width twins', () => {
    expect(normalizePunctuation('近日,西城区总工会召开会议;会上:大家发言?好!')).toBe(
      '近日，西城区总工会召开会议；会上：大家发言？好！',
    );
  });

  it('converts parentheses whose content or neighbours are Chinese', () => {
    expect(normalizePunctuation('第四次全体(扩大)会议')).toBe('第四次全体（扩大）会议');
    expect(normalizePunctuation('蒙牛乳业(北京)有限责任公司')).toBe('蒙牛乳业（北京）有限责任公司');
    expect(normalizePunctuation('本报讯 (记者 陈曦) 近日')).toBe('本报讯 （记者 陈曦） 近日');
    expect(normalizePunctuation('下载职工(APP)使用')).toBe('下载职工（APP）使用');
  });

  it('looks through quotes to find the Chinese context', () => {
    expect(normalizePunctuation('“幸福加‘焙’,甜蜜有约”')).toBe('“幸福加‘焙’，甜蜜有约”');
    expect(normalizePunctuation('“两个确立”,始终')).toBe('“两个确立”，始终');
  });

  it('leaves numbers, times, codes and Latin text alone', () => {
    const untouched = [
      '拨打12351热线',
      '共1,000人',
      '下载APP',
      '12.57万',
      '10:30开始',
      'Hello, world!',
      'f(x) = (a, b)',
      'Is it? Yes: (maybe);',
      '“Hello,” she said',
    ];
    for (const text of untouched) expect(normalizePunctuation(text)).toBe(text);
  });

  it('leaves English quoted inside Chinese as English', () => {
    expect(normalizePunctuation('他说:"Hello, world!"。')).toBe('他说："Hello, world!"。');
    expect(normalizePunctuation('使用APP,方便快捷')).toBe('使用APP，方便快捷');
  });

  it('changes only the listed marks, one for one, keeping the length', () => {
    const input = '本报讯 (记者 陈曦) 近日,西城区(扩大)会议召开。共1,000人,APP下载量12.57万;f(x)!问:何时?Hello, world';
    const changes = changedPositions(input, normalizePunctuation(input));
    expect(changes.length).toBe(10);
    for (const { from, to } of changes) expect(FULL_WIDTH_TWIN[from]).toBe(to);
  });

  it('keeps text that is already full-width as it is', () => {
    const text = '本报讯（记者 张三 王五）近日，朝阳区总工会“暖心驿站”开放；职工：好！';
    expect(normalizePunctuation(text)).toBe(text);
  });
});
