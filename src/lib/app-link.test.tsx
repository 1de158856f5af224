// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLink, useAppLinks } from './app-link';

/** Where the router is, and what state it was given: what a followed link changed. */
function Location() {
  const location = useLocation();
  return (
    <output data-testid="location">{`${location.pathname}${location.search} ${JSON.stringify(location.state)}`}</output>
  );
}

function Page() {
  useAppLinks();
  return (
    <>
      <AppLink to="/articles/a-1/">plain</AppLink>
      <AppLink to="/themes/care/" state="stay-in-place">
        facet
      </AppLink>
      <AppLink to="/articles/a-2/" state="from-list">
        card
      </AppLink>
      <AppLink to="/articles/a-3/" state="along-list">
        next
      </AppLink>
      <a href="https://example.org/">elsewhere</a>
      <Location />
    </>
  );
}

const where = () => screen.getByTestId('location').textContent;

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Page />
    </MemoryRouter>,
  );
}

describe('AppLink', () => {
  it('is a plain link to the page under the site base, working before any script runs', () => {
    renderAt('/');
    const link = screen.getByRole('link', { name: 'plain' });
    expect(link.getAttribute('href')).toBe('/articles/a-1/');
    expect(link.hasAttribute('data-link-state')).toBe(false);
  });

  it('is followed in the app, with the state it asks for', () => {
    renderAt('/districts/shunyi/?x=1');
    fireEvent.click(screen.getByRole('link', { name: 'plain' }));
    expect(where()).toBe('/articles/a-1/ null');
  });

  it('carries "stay in place" and the list an article was opened from', () => {
    renderAt('/districts/shunyi/?x=1');
    fireEvent.click(screen.getByRole('link', { name: 'facet' }));
    expect(where()).toBe('/themes/care/ {"stayInPlace":true}');
    fireEvent.click(screen.getByRole('link', { name: 'card' }));
    expect(where()).toBe('/articles/a-2/ {"listHref":"/themes/care/","stepsFromList":1}');
  });

  it('carries the list an article was opened from one step further to the next article, and nothing without one', () => {
    renderAt('/themes/care/');
    fireEvent.click(screen.getByRole('link', { name: 'card' }));
    fireEvent.click(screen.getByRole('link', { name: 'next' }));
    expect(where()).toBe('/articles/a-3/ {"listHref":"/themes/care/","stepsFromList":2}');
    fireEvent.click(screen.getByRole('link', { name: 'plain' }));
    fireEvent.click(screen.getByRole('link', { name: 'next' }));
    expect(where()).toBe('/articles/a-3/ null');
  });

  it('leaves a click with a modifier key, and links to other sites, to the browser', () => {
    renderAt('/');
    const plain = screen.getByRole('link', { name: 'plain' });
    expect(fireEvent.click(plain, { ctrlKey: true })).toBe(true);
    expect(where()).toBe('/ null');
    expect(fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }))).toBe(true);
    expect(where()).toBe('/ null');
  });
});
