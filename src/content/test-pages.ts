/**
 * Generators for property tests: pages built from the page format's grammar, with the noise an
 * editor's files bring (invisible characters, mixed line endings, BOMs, huge runs, odd names).
 */
import fc from 'fast-check';

export const LINE_ENDINGS = ['\n', '\r\n', '\r', '\u2028', '\u2029'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202c'];
const SPACES = [' ', '\t', '\u3000', '\u00a0', '\u2002'];
const MARKS = [...'。！？!?…；：;:,，、()（）“”‘’"\'【】〔〕〈〉［］｛｝《》「」『』[]{}<>#·—'];
/** Words the byline and classification rules look for, so generated text meets them often. */
const WORDS = [
  '本报讯',
  '本报',
  '记者',
  '通讯员',
  '实习生',
  '特约记者',
  '摄影记者',
  '摄影报道',
  '摄',
  '手记',
  '来稿',
  '西城',
  '朝阳',
  '大兴土木',
  '工会',
  '女职工',
  '3月5日电',
  '１２',
];
const NAMES = ['陈曦', '崔欣', '刘英', '边磊', '欧阳明月', '陈　曦', '王芳'];
const ROLES = ['记者', '本报记者', '通讯员', '实习生', '特约记者', '见习记者', '摄影记者'];

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code));
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const inlineCodePoint = anyCodePoint.filter((char) => !LINE_ENDINGS.some((ending) => ending.includes(char)));
const latinOrDigit = fc.constantFrom(...'abcXYZ0189０９'.split(''));

/** One piece of text inside a line: never a line break. */
const inlinePiece = fc.oneof(
  { arbitrary: han, weight: 8 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 3 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 2 },
  { arbitrary: fc.constantFrom(...INVISIBLES, ...SPACES), weight: 2 },
  { arbitrary: latinOrDigit, weight: 1 },
  { arbitrary: inlineCodePoint, weight: 1 },
);

/** A long run of one character, the shape that makes backtracking regexes quadratic (about one page in ten). */
const hugeRun = fc
  .tuple(
    fc.oneof(han, fc.constantFrom('。', '\u3000', ' ', '西城、', '#', '（', '\u200b')),
    fc.integer({ min: 2_000, max: 20_000 }),
  )
  .map(([unit, count]) => unit.repeat(count));

const inlineText = fc
  .array(fc.oneof({ arbitrary: inlinePiece, weight: 1500 }, { arbitrary: hugeRun, weight: 1 }), { maxLength: 24 })
  .map((pieces) => pieces.join(''));

const edgeNoise = fc.array(fc.constantFrom(...INVISIBLES, ...SPACES), { maxLength: 2 }).map((chars) => chars.join(''));

/** Text that cannot be read as a heading: it opens with a Chinese character. */
const lineText = fc.tuple(edgeNoise, han, inlineText, edgeNoise).map((parts) => parts.join(''));

const credits = fc
  .array(fc.tuple(fc.constantFrom(...ROLES), fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 })), {
    minLength: 1,
    maxLength: 2,
  })
  .map((groups) => groups.map(([role, names]) => `${role} ${names.join(' ')}`).join(' '));
const [open, close] = [fc.constantFrom('(', '（'), fc.constantFrom(')', '）')];
const dateline = fc.constantFrom('', '本报讯', '本报北京3月5日电', '新华社北京３月５日电');
const leadByline = fc.oneof(
  fc.constant(''),
  fc
    .tuple(dateline, fc.constantFrom('', ' '), open, credits, close, fc.constantFrom('', ' '))
    .map((parts) => parts.join('')),
  fc.constantFrom('本报讯 ', '（记者手记）', '(通讯员来稿)'),
);
const photoCredit = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('', ' '), credits, fc.constantFrom(' 摄影报道', ' 摄', '摄')).map((parts) => parts.join('')),
  fc.constantFrom(' 王芳 摄', ' 边磊 摄影报道'),
);

/** A paragraph as the layout set it: one or more lines, maybe broken mid-sentence. */
const block = fc.array(lineText, { minLength: 1, maxLength: 3 });

/** A photo line, and before which block it stands (blocks.length: after the last). */
export interface PhotoModel {
  beforeBlock: number;
  description: string;
  path: string;
  /** Whether a blank line separates it from the text around it. */
  spaced: boolean;
}

export interface ArticleModel {
  title: string;
  subtitle?: string;
  blocks: string[][];
  photos?: PhotoModel[];
}

const photoModel = fc.record({
  at: fc.nat(),
  description: fc.array(han, { minLength: 1, maxLength: 6 }).map((chars) => chars.join('')),
  path: fc.constantFrom('a.jpg', 'photos/b.png', 'c.webp', 'd.HEIC'),
  spaced: fc.boolean(),
});

const articleModel: fc.Arbitrary<ArticleModel> = fc
  .record({
    title: lineText,
    subtitle: fc.option(lineText, { nil: undefined }),
    lead: fc.tuple(leadByline, block),
    more: fc.array(block, { maxLength: 4 }),
    photo: photoCredit,
    photos: fc.array(photoModel, { maxLength: 3 }),
  })
  .map(({ title, subtitle, lead: [byline, leadBlock], more, photo, photos }) => {
    const blocks = [[`${byline}${leadBlock[0] ?? ''}`, ...leadBlock.slice(1)], ...more];
    const last = blocks.at(-1) ?? [];
    last.push(`${last.pop() ?? ''}${photo}`);
    const placed = photos
      .map(({ at, ...rest }) => ({ beforeBlock: at % (blocks.length + 1), ...rest }))
      .sort((a, b) => a.beforeBlock - b.beforeBlock);
    return {
      title,
      ...(subtitle === undefined ? {} : { subtitle }),
      blocks,
      ...(placed.length === 0 ? {} : { photos: placed }),
    };
  });

export interface PageModel {
  bom: boolean;
  banner?: string;
  articles: ArticleModel[];
  /** Line endings, used in turn. */
  endings: string[];
  /** What stands on a blank line: nothing, or only invisible characters. */
  blanks: string[];
  /** What separates `##` from the title. */
  headingGap: string;
}

export const pageModel: fc.Arbitrary<PageModel> = fc
  .record({
    bom: fc.boolean(),
    banner: fc.option(lineText, { nil: undefined }),
    articles: fc.array(articleModel, { minLength: 1, maxLength: 5 }),
    endings: fc.array(fc.constantFrom(...LINE_ENDINGS), { minLength: 1, maxLength: 8 }),
    blanks: fc.array(fc.oneof(fc.constant(''), edgeNoise), { minLength: 1, maxLength: 4 }),
    headingGap: fc.constantFrom(' ', '\u3000', '\t', ' \u200b', '\u200e '),
  })
  .map(({ banner, ...page }) => (banner === undefined ? page : { ...page, banner }));

function pageLines(page: PageModel): string[] {
  const lines: string[] = [];
  const blank = () => page.blanks[lines.length % page.blanks.length] ?? '';
  const heading = (marks: string, text: string) => `${blank()}${marks}${page.headingGap}${text}`;
  if (page.banner !== undefined) lines.push(heading('#', page.banner), blank());
  for (const article of page.articles) {
    lines.push(heading('##', article.title));
    if (article.subtitle !== undefined) lines.push(heading('###', article.subtitle));
    const photoLines = (beforeBlock: number) => {
      for (const photo of article.photos?.filter((each) => each.beforeBlock === beforeBlock) ?? []) {
        if (photo.spaced) lines.push(blank());
        lines.push(`![${photo.description}](${photo.path})`);
      }
    };
    article.blocks.forEach((paragraphLines, index) => {
      lines.push(blank());
      photoLines(index);
      lines.push(...paragraphLines);
    });
    photoLines(article.blocks.length);
    lines.push(blank());
  }
  return lines;
}

/** The page as an editor's file would hold it. */
export function renderDocument(page: PageModel): string {
  const text = pageLines(page)
    .map((line, index) => `${line}${page.endings[index % page.endings.length] ?? '\n'}`)
    .join('');
  return page.bom ? `\ufeff${text}` : text;
}

/** A grammatical page, then damaged: characters, lines and bytes inserted or cut anywhere. */
export const damagedPageBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    pageModel.map(renderDocument),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 6 }),
          fc.constantFrom(...LINE_ENDINGS, '## ', '### ', '# ', '####', '##', '---'),
        ),
      ),
      { maxLength: 6 },
    ),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }),
  )
  .map(([text, edits, byteEdits]) => {
    const damaged = edits.reduce((current, [at, cut, insert]) => {
      const start = at % (current.length + 1);
      return `${current.slice(0, start)}${insert}${current.slice(start + cut)}`;
    }, text);
    const bytes = new TextEncoder().encode(damaged);
    for (const [at, byte] of byteEdits) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });

/** File names an editor might use, some of which map to the same page id. */
export const pageFileName = fc.constantFrom(
  'a.txt',
  'A.TXT',
  'a b.txt',
  'a-b.txt',
  'a_b.Txt',
  '000_dc19f9187db1d5f4.txt',
  '2023-03-08_04.txt',
  '要闻版.txt',
  '文体版.txt',
  'Café.txt',
  'Café.txt'.normalize('NFD'),
);
