import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { readPhotoLine } from './photo-line.ts';

const errorOf = (text: string, file = '2023-03-08_04.txt') => {
  try {
    readPhotoLine(text, file, 7);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error(`no error for ${text}`);
};

describe('readPhotoLine', () => {
  it('reads the description and the path relative to the pages folder', () => {
    expect(readPhotoLine('![公交女职工制作蛋糕](photos/cake.jpg)', '2023-03-08_04.txt', 3)).toEqual({
      description: '公交女职工制作蛋糕',
      path: 'photos/cake.jpg',
      line: 3,
    });
    expect(readPhotoLine('![ 说明 ]( ./a/../b.png )', 'x.txt', 1)?.path).toBe('b.png');
    expect(readPhotoLine('![说明](photos\\b.webp)', 'x.txt', 1)?.path).toBe('photos/b.webp');
  });

  // With a backtracking regular expression, a line like this took minutes.
  it('reads a long line that starts like a photo, full of "](", at once', () => {
    const line = `![${'说明](图'.repeat(50_000)}`;
    expect(() => readPhotoLine(line, 'x.txt', 1)).toThrow(/a photo is a line of its own/);
  });

  it('leaves every other line to the text', () => {
    expect(readPhotoLine('本报讯 近日……', 'x.txt', 1)).toBeUndefined();
    expect(readPhotoLine('!重要通知', 'x.txt', 1)).toBeUndefined();
  });

  it.each([
    ['![说明](a.jpg) 后面还有字', /:7: a photo is a line of its own/],
    ['![说明(a.jpg)', /:7: a photo is a line of its own/],
    ['![](a.jpg)', /:7: the photo has no description/],
    ['![ \u3000](a.jpg)', /:7: the photo has no description/],
    ['![说明]()', /:7: the photo names no file/],
    ['![说明](https://example.com/a.jpg)', /not an address: https:/],
    ['![说明](file:///etc/passwd)', /not an address/],
    ['![说明](/etc/passwd)', /starts at the pages folder, not at \//],
    ['![说明](../../etc/passwd)', /leaves the content folder: \.\.\/\.\.\/etc\/passwd/],
    ['![说明](photos/../../a.jpg)', /leaves the content folder/],
    ['![说明](..\\a.jpg)', /leaves the content folder/],
  ])('%s is an error with FILE:LINE', (text, problem) => {
    const message = errorOf(text);
    expect(message).toMatch(/^2023-03-08_04\.txt:7: /);
    expect(message).toMatch(problem);
  });
});
