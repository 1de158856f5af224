/**
 * Adds a dated 版面 with photos to a copy of the hostile fixture's pages: a landscape lead photo
 * with EXIF orientation, and a second one further down. Generated here rather than committed as
 * binary files. Usage: tsx e2e/support/photo-fixture.ts <pages folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const pages = process.argv[2];
if (!pages) throw new Error('usage: tsx e2e/support/photo-fixture.ts <pages folder>');
mkdirSync(path.join(pages, 'photos'), { recursive: true });

const block = (width: number, height: number, background: string, inner: string) =>
  sharp({ create: { width, height, channels: 3, background } }).composite([
    {
      input: {
        create: { width: Math.round(width / 2), height: Math.round(height / 2), channels: 3, background: inner },
      },
      left: Math.round(width / 4),
      top: Math.round(height / 4),
    },
  ]);

// Stored on its side (orientation 6): upright it is 1800 wide and 2400 tall.
await block(2400, 1800, '#b05a3c', '#2a6f97')
  .jpeg({ quality: 85 })
  .withMetadata({ orientation: 6 })
  .toFile(path.join(pages, 'photos/lead.jpg'));
await block(1600, 1000, '#3c7a4a', '#e0c050').png().toFile(path.join(pages, 'photos/second.png'));

writeFileSync(
  path.join(pages, '2023-03-08_04.txt'),
  [
    '---',
    'date: 2023-03-08',
    'page: 4',
    'name: 工会新闻',
    '---',
    '## 公交女职工享“甜蜜”关爱',
    '![女职工在烘焙课上制作蛋糕<script>alert(3)</script>](photos/lead.jpg)',
    '',
    '近日，北京公交集团客一分公司工会组织女职工开展烘焙活动，大家在欢声笑语中学做蛋糕。 本报记者 边磊 摄影报道',
    '',
    '## 工会开展职工书屋活动',
    '本报讯（记者 陈曦）近日，西城区总工会组织职工开展读书活动。',
    '',
    '![职工在书屋阅读](photos/second.png)',
    '',
    '活动受到职工欢迎。',
    '',
  ].join('\n'),
);
