// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FacetPanel } from './FacetPanel';
import type { FacetOption } from './facet-model';

const option = (slug: string, name: string, count: number | undefined, selected = false): FacetOption => ({
  slug,
  name,
  count,
  selected,
  href: selected ? '/' : `/districts/${slug}/`,
});

function renderPanel(clearHref?: string) {
  return render(
    <MemoryRouter>
      <FacetPanel
        districts={[option('shunyi', '顺义区', 1, true), option('xicheng', '西城区', 0)]}
        themes={[option('care', '关爱慰问', 2)]}
        clearHref={clearHref}
      />
    </MemoryRouter>,
  );
}

describe('FacetPanel', () => {
  it('links each option with matches, marks the chosen one, and says how many it leaves', () => {
    renderPanel('/');
    const districts = screen.getByRole('group', { name: '区域' });
    const chosen = within(districts).getByRole('link', { name: /顺义区/ });
    expect(chosen.getAttribute('aria-current')).toBe('true');
    expect(chosen.getAttribute('href')).toBe('/');
    expect(chosen.textContent).toContain('1 篇');
    const theme = within(screen.getByRole('group', { name: '主题' })).getByRole('link', { name: /关爱慰问/ });
    expect(theme.getAttribute('aria-current')).toBeNull();
  });

  it('shows an option without matches as text, not a link', () => {
    renderPanel('/');
    const districts = screen.getByRole('group', { name: '区域' });
    expect(within(districts).getByText('西城区')).toBeTruthy();
    expect(within(districts).queryByRole('link', { name: /西城区/ })).toBeNull();
  });

  it('links every option while its count is still to come, and names no count', () => {
    render(
      <MemoryRouter>
        <FacetPanel districts={[option('xicheng', '西城区', undefined)]} themes={[]} clearHref={undefined} />
      </MemoryRouter>,
    );
    const link = within(screen.getByRole('group', { name: '区域' })).getByRole('link', { name: '西城区' });
    expect(link.getAttribute('href')).toBe('/districts/xicheng/');
    expect(link.textContent).not.toContain('篇');
  });

  it('offers to clear the filters only when one is on', () => {
    renderPanel('/');
    expect(screen.getByRole('link', { name: '清除筛选' }).getAttribute('href')).toBe('/');
    renderPanel(undefined);
    expect(screen.getAllByRole('link', { name: '清除筛选' })).toHaveLength(1);
  });
});
