// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadEveryPart, onDemand } from './on-demand';

const greeting = { Greeting: ({ name }: { name: string }) => <p>你好，{name}</p> };

/** A part whose chunk is on its way until `arrive()`. */
function partOnItsWay() {
  let resolve: (module: typeof greeting) => void = () => undefined;
  const part = onDemand('greeting', () => new Promise<typeof greeting>((settle) => (resolve = settle)));
  const arrive = () =>
    act(async () => {
      resolve(greeting);
      await part.preload();
    });
  return { part, arrive };
}

describe('onDemand', () => {
  it('shows the fallback until the chunk is there, then the component', async () => {
    const { part, arrive } = partOnItsWay();
    const Greeting = part.component((module) => module.Greeting);
    const tree = (
      <Suspense fallback={<p>加载中</p>}>
        <Greeting name="陈曦" />
      </Suspense>
    );
    const { rerender } = render(tree);
    expect(screen.getByText('加载中')).toBeTruthy();
    await arrive();
    // React's retry after a suspension is not delivered under happy-dom (React.lazy stays on its
    // fallback there too), so the next render stands in for it.
    rerender(tree);
    expect(screen.getByText('你好，陈曦')).toBeTruthy();
  });

  it('given a fallback, waits in a boundary of its own, with a fallback that may follow the props', async () => {
    const { part, arrive } = partOnItsWay();
    const Greeting = part.component((module) => module.Greeting, <p>问候加载中</p>);
    const NamedGreeting = part.component(
      (module) => module.Greeting,
      ({ name }) => <p>正在问候{name}</p>,
    );
    const tree = (
      <Suspense fallback={<p>外层加载中</p>}>
        <Greeting name="陈曦" />
        <NamedGreeting name="边磊" />
      </Suspense>
    );
    const { rerender } = render(tree);
    expect(screen.getByText('问候加载中')).toBeTruthy();
    expect(screen.getByText('正在问候边磊')).toBeTruthy();
    expect(screen.queryByText('外层加载中')).toBeNull();
    await arrive();
    rerender(tree);
    expect(screen.getByText('你好，陈曦')).toBeTruthy();
    expect(screen.getByText('你好，边磊')).toBeTruthy();
  });

  it('loads the chunk once however often it is asked for', async () => {
    const load = vi.fn(async () => greeting);
    const part = onDemand('greeting', load);
    await Promise.all([part.preload(), part.preload()]);
    await part.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, without suspending, once preloaded', async () => {
    const part = onDemand('greeting', async () => greeting);
    await part.preload();
    const Greeting = part.component((module) => module.Greeting);
    render(
      <Suspense fallback={<p>加载中</p>}>
        <Greeting name="边磊" />
      </Suspense>,
    );
    expect(screen.getByText('你好，边磊')).toBeTruthy();
  });

  it('loads every part declared, for the server to render them all', async () => {
    const load = vi.fn(async () => greeting);
    const part = onDemand('greeting', load);
    await loadEveryPart();
    expect(load).toHaveBeenCalledTimes(1);
    const Greeting = part.component((module) => module.Greeting);
    render(<Greeting name="陈曦" />);
    expect(screen.getByText('你好，陈曦')).toBeTruthy();
  });

  it('tries again after a failed download', async () => {
    const load = vi
      .fn<() => Promise<typeof greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(greeting);
    const part = onDemand('greeting', load);
    await expect(part.preload()).rejects.toThrow('offline');
    await expect(part.preload()).resolves.toBe(greeting);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
