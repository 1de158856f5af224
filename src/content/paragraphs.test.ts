import { describe, expect, it } from 'vitest';
import { endsSentence, joinBrokenBlocks } from './paragraphs.ts';

const blocks = (...texts: string[]) => texts.map((text, index) => ({ text, line: index * 2 + 1 }));

describe('endsSentence', () => {
  it('accepts sentence-final punctuation, optionally closed by quotes or brackets', () => {
    for (const text of ['完成。', '好！', '吗？', 'ok!', '如下：', '等；', '……', '说：“好。”', '《民法典》。']) {
      expect(endsSentence(text), text).toBe(true);
    }
  });

  it('rejects text cut mid-sentence', () => {
    for (const text of ['把思想引领和', '倾', '各办公楼', '民法', '近日，', '“急难愁盼”', '（完）']) {
      expect(endsSentence(text), text).toBe(false);
    }
  });
});

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
    expect(joinBrokenBlocks(blocks('第一段。', '本报记者 边磊 摄影报道'))).toEqual(['第一段。', '本报记者 边磊 摄影报道']);
  });
});
