import { describe, expect, it } from 'vitest';
import { joinBrokenBlocks } from './paragraphs.ts';

const blocks = (...texts: string[]) => texts.map((text, index) => ({ text, line: index * 2 + 1 }));

describe('joinBrokenBlocks', () => {
  it('joins a block that does not end a sentence with the next, with nothing between', () => {
    expect(joinBrokenBlocks(blocks('要多角度收集职工的诉求、倾', '听职工声音。', '会议审议通过。'))).toEqual([
      '要多角度收集职工的诉求、倾听职工声音。',
      '会议审议通过。',
    ]);
  });

  it('keeps joining across several broken blocks', () => {
    expect(joinBrokenBlocks(blocks('一', '二', '三。'))).toEqual(['一二三。']);
  });

  it('keeps the last block as it is even without final punctuation', () => {
    expect(joinBrokenBlocks(blocks('第一段。', '本报记者 边磊 摄影报道'))).toEqual([
      '第一段。',
      '本报记者 边磊 摄影报道',
    ]);
  });
});
