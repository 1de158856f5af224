// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../archive/view-schema';
import type { PublishedPhoto } from '../../photos/published-photo';
import { ArticleBody } from './ArticleBody';

const photo = (description: string, at: number): PublishedPhoto => {
  const variants = (format: string) =>
    [320, 640, 960].map((width) => ({
      path: `photos/2023/03/08/a-${at}-${width}.0123456789.${format}`,
      width,
      bytes: width * 30,
    }));
  return {
    description,
    at,
    width: 1200,
    height: 800,
    colour: '#a0b0c0',
    avif: variants('avif'),
    webp: variants('webp'),
    jpeg: variants('jpg'),
  };
};

function viewOf(kind: 'news' | 'photo', paragraphs: string[], photos: PublishedPhoto[]): ArticleView {
  return {
    kind: 'article',
    article: {
      id: 'a',
      source: { file: 'p.txt', line: 1 },
      page: { id: 'p', date: '2023-03-08', number: 4 },
      order: 0,
      title: '标题',
      kind,
      credits: kind === 'photo' ? [{ role: '摄影', name: '边磊' }] : [],
      paragraphs,
      districts: [],
      themes: ['women-workers'],
      chars: 20,
      readingMinutes: 1,
    },
    photos,
    terms: { districts: [], themes: [] },
  };
}

const inRouter = (node: ReactNode) =>
  render(<MemoryRouter initialEntries={['/articles/2023/03/08/a/']}>{node}</MemoryRouter>);

describe('ArticleBody', () => {
  it('puts each photo where the editor put it, in a box of its shape, the lead one first and at once', () => {
    const { container } = inRouter(
      <ArticleBody
        view={viewOf(
          'news',
          ['第一段。', '第二段。'],
          [photo('领头照片', 0), photo('中间照片', 1), photo('末尾照片', 2)],
        )}
      />,
    );
    const order = [...container.querySelectorAll('p[data-paragraph], figure')].map((element) =>
      element.tagName === 'FIGURE' ? element.querySelector('img')?.alt : element.textContent,
    );
    expect(order).toEqual(['领头照片', '第一段。', '中间照片', '第二段。', '末尾照片']);
    const lead = screen.getByRole('img', { name: '领头照片' });
    expect([lead.getAttribute('width'), lead.getAttribute('height')]).toEqual(['1200', '800']);
    expect(lead.getAttribute('loading')).toBe('eager');
    expect(lead.getAttribute('fetchpriority')).toBe('high');
    expect(lead.getAttribute('srcset')).toBe(
      '/photos/2023/03/08/a-0-320.0123456789.jpg 320w, /photos/2023/03/08/a-0-640.0123456789.jpg 640w, /photos/2023/03/08/a-0-960.0123456789.jpg 960w',
    );
    expect(lead.getAttribute('src')).toBe('/photos/2023/03/08/a-0-640.0123456789.jpg');
    const sources = lead.closest('picture')?.querySelectorAll('source') ?? [];
    expect([...sources].map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(screen.getByRole('img', { name: '中间照片' }).getAttribute('loading')).toBe('lazy');
    expect(
      screen.getByRole('img', { name: '中间照片' }).closest('figure')?.querySelector('figcaption')?.textContent,
    ).toBe('中间照片');
  });

  it('captions photo news with its text and the photographer, and shows the text once', () => {
    const { container } = inRouter(
      <ArticleBody view={viewOf('photo', ['女职工开展烘焙活动。'], [photo('蛋糕', 0)])} />,
    );
    const caption = container.querySelector('figcaption');
    expect(caption?.textContent).toBe('女职工开展烘焙活动。摄影 边磊');
    expect(container.querySelectorAll('[data-paragraph]')).toHaveLength(1);
    expect(screen.getByRole('img', { name: '蛋糕' })).toBeTruthy();
  });

  it('shows an article without photos as its paragraphs', () => {
    const { container } = inRouter(<ArticleBody view={viewOf('news', ['一。', '二。'], [])} />);
    expect(container.querySelectorAll('figure')).toHaveLength(0);
    expect([...container.querySelectorAll('[data-paragraph]')].map((p) => p.textContent)).toEqual(['一。', '二。']);
  });

  it('opens a photo full-screen at its largest, named by its description, and closes it with Esc or a tap', async () => {
    inRouter(<ArticleBody view={viewOf('news', ['第一段。'], [photo('领头照片', 0), photo('末尾照片', 1)])} />);
    const opener = screen.getByRole('link', { name: '查看大图：末尾照片' });
    expect(opener.getAttribute('href')).toBe('/photos/2023/03/08/a-1-960.0123456789.jpg');
    await act(async () => fireEvent.click(opener));
    const dialog = document.querySelector('dialog');
    expect(dialog?.getAttribute('aria-label')).toBe('末尾照片');
    expect(dialog?.querySelector('img')?.getAttribute('sizes')).toBe('100vw');
    await act(async () => {
      dialog?.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: '查看大图：末尾照片' }));

    await act(async () => fireEvent.click(screen.getByRole('link', { name: '查看大图：领头照片' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '关闭大图' })));
    expect(document.querySelector('dialog')).toBeNull();
  });
});
