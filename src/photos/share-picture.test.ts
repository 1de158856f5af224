import { describe, expect, it } from 'vitest';
import { sharePicture } from './share-picture.ts';

const jpeg = (...widths: number[]) =>
  widths.map((width) => ({ path: `photos/a-${width}.jpg`, width, bytes: width * 50 }));

describe('sharePicture', () => {
  it('takes the 1,200 px JPEG, or the widest below it, or the only one', () => {
    expect(sharePicture({ jpeg: jpeg(320, 640, 1200, 1600) })).toBe('photos/a-1200.jpg');
    expect(sharePicture({ jpeg: jpeg(320, 640, 900) })).toBe('photos/a-900.jpg');
    expect(sharePicture({ jpeg: jpeg(1500) })).toBe('photos/a-1500.jpg');
  });
});
