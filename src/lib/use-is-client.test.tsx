// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useIsClient, useNoteNavigations } from './use-is-client';

/** Every value useIsClient gave, render by render. */
function Probe({ seen }: { seen: boolean[] }) {
  const isClient = useIsClient();
  seen.push(isClient);
  return <p>{isClient ? 'client' : 'server'}</p>;
}

let go: (path: string) => void = () => undefined;

function Shell({ children }: { children: React.ReactNode }) {
  useNoteNavigations();
  go = useNavigate();
  return <>{children}</>;
}

// The tests share the module: the first sees a page before any navigation, the second makes one.
describe('useIsClient', () => {
  it('starts as the server rendered, then turns true in the browser', async () => {
    const seen: boolean[] = [];
    render(
      <MemoryRouter>
        <Shell>
          <Probe seen={seen} />
        </Shell>
      </MemoryRouter>,
    );
    expect(seen[0]).toBe(false);
    await waitFor(() => expect(screen.getByText('client')).toBeTruthy());
  });

  it('is true from the first render for what mounts after a navigation in the app', async () => {
    const later: boolean[] = [];
    render(
      <MemoryRouter initialEntries={['/']}>
        <Shell>
          <Routes>
            <Route path="/" element={<p>home</p>} />
            <Route path="/next" element={<Probe seen={later} />} />
          </Routes>
        </Shell>
      </MemoryRouter>,
    );
    await act(async () => go('/next'));
    expect(later[0]).toBe(true);
  });
});
