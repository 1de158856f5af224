// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../archive/view-schema';
import { ArticleCard } from './ArticleCard';

const terms = {
  districts: [{ slug: 'shunyi', name: '顺义区' }],
  themes: [{ slug: 'women-workers', name: '女职工' }],
};

const summary: ArticleSummary = {
  id: 'p-1',
  page: {},
  title: '公交女职工享“甜蜜”关爱',
  kind: 'photo',
  credits: [{ role: '摄影', name: '边磊' }],
  districts: ['shunyi'],
  themes: ['women-workers'],
  readingMinutes: 1,
  excerpt: '近日，北京客一分公司工会组织女职工开展烘焙活动。',
};

describe('ArticleCard', () => {
  it('shows title, excerpt, credits, reading time and links to the article and its facets', () => {
    render(
      <MemoryRouter>
        <ArticleCard article={summary} terms={terms} />
      </MemoryRouter>,
    );
    const card = screen.getByRole('article', { name: summary.title });
    expect(screen.getByRole('link', { name: summary.title }).getAttribute('href')).toBe('/articles/undated/p-1/');
    expect(card.textContent).toContain('图片新闻');
    expect(card.textContent).toContain(summary.excerpt);
    expect(card.textContent).toContain('摄影 边磊');
    expect(card.textContent).toContain('约 1 分钟读完');
    expect(screen.getByRole('link', { name: '顺义区' }).getAttribute('href')).toBe('/districts/shunyi/');
    expect(screen.getByRole('link', { name: '女职工' }).getAttribute('href')).toBe('/themes/women-workers/');
  });

  it('shows the first photo small, lazily, in a fixed box, with no text of its own', () => {
    const variant = (format: string) => [{ path: `photos/2023/03/08/p-1-1-320.0123456789.${format}`, width: 320 }];
    const thumbnail = {
      width: 320,
      height: 480,
      colour: '#405060',
      avif: variant('avif'),
      webp: variant('webp'),
      jpeg: variant('jpg'),
    };
    const { container } = render(
      <MemoryRouter>
        <ArticleCard article={{ ...summary, thumbnail }} terms={terms} />
      </MemoryRouter>,
    );
    const image = container.querySelector('img');
    expect(image?.getAttribute('alt')).toBe('');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('src')).toBe('/photos/2023/03/08/p-1-1-320.0123456789.jpg');
    expect(image?.closest('span')?.className).toMatch(/\bh-18\b.*\bw-24\b/);
    expect(container.querySelector('rect')?.getAttribute('fill')).toBe('#405060');
  });

  it('does not mark news as photo news', () => {
    render(
      <MemoryRouter>
        <ArticleCard article={{ ...summary, kind: 'news', credits: [] }} terms={terms} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('article').textContent).not.toContain('图片新闻');
  });
});
