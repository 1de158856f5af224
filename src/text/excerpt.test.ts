import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt.ts';

describe('excerptOf', () => {
  it('takes the first sentence, closing quote included', () => {
    expect(excerptOf('近日，工会开展活动。职工踊跃参加。')).toBe('近日，工会开展活动。');
    expect(excerptOf('他说：“好！”随后离开。')).toBe('他说：“好！”');
  });

  it('cuts a run-on sentence with an ellipsis', () => {
    const long = '字'.repeat(200);
    const excerpt = excerptOf(long);
    expect([...excerpt]).toHaveLength(90);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
