import { describe, expect, it } from 'vitest';
import { bylineText, creditLine } from './credit-line.ts';

describe('bylineText', () => {
  it('prints the dateline and credits the way the newspaper does', () => {
    expect(bylineText({ dateline: '本报讯', credits: [{ role: '记者', name: '陈曦' }] })).toBe('本报讯（记者 陈曦）');
    expect(
      bylineText({
        dateline: '本报讯',
        credits: [
          { role: '记者', name: '崔欣' },
          { role: '通讯员', name: '刘英' },
        ],
      }),
    ).toBe('本报讯（记者 崔欣 通讯员 刘英）');
  });

  it('names a role once for several people', () => {
    expect(
      creditLine([
        { role: '记者', name: '张三' },
        { role: '记者', name: '李四' },
        { role: '实习生', name: '王五' },
      ]),
    ).toBe('记者 张三 李四 实习生 王五');
  });

  it('shows a photographer without a dateline, and a lone dateline without brackets', () => {
    expect(bylineText({ credits: [{ role: '摄影', name: '边磊' }] })).toBe('摄影 边磊');
    expect(bylineText({ dateline: '本报讯', credits: [] })).toBe('本报讯');
  });
});
