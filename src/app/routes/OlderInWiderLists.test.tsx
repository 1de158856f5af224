// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ListView } from '../../archive/view-schema';
import { OlderInWiderLists } from './OlderInWiderLists';

const combination = (total: number, shown: number): ListView => ({
  kind: 'list',
  filter: { district: 'shunyi', theme: 'care' },
  pager: { pages: [] },
  articles: Array.from({ length: shown }, () => ({}) as ListView['articles'][number]),
  total,
  districts: [{ slug: 'shunyi', name: '顺义区' }],
  themes: [{ slug: 'care', name: '关爱慰问' }],
});

describe('OlderInWiderLists', () => {
  it('leads from a combination showing its newest articles to the district and the theme', () => {
    render(
      <MemoryRouter>
        <OlderInWiderLists view={combination(75, 40)} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/这里列出最新的 40 篇/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: '顺义区' }).getAttribute('href')).toBe('/districts/shunyi/');
    expect(screen.getByRole('link', { name: '关爱慰问' }).getAttribute('href')).toBe('/themes/care/');
  });

  it('says nothing when the combination shows all of its articles', () => {
    const { container } = render(
      <MemoryRouter>
        <OlderInWiderLists view={combination(12, 12)} />
      </MemoryRouter>,
    );
    expect(container.textContent).toBe('');
  });
});
