import { type ComponentType, type ReactNode, Suspense, use } from 'react';

/** What shows while a part's chunk arrives: the same for every use, or shaped by the props. */
type Fallback<P> = ReactNode | ((props: P) => ReactNode);

/**
 * A part of the app that its own chunk brings on demand. Its components suspend until the chunk
 * is there; `preload()` fetches it ahead (before hydrating a page that shows it, so hydration never
 * meets a missing part). The prerenderer loads every part first (`loadEveryPart`).
 */
export interface OnDemand<M> {
  /**
   * The chunk's name: `name` for `name.chunk.ts`, beside the `name.on-demand.ts` that declares the
   * part. A prerendered page preloads the chunks it hydrates with by this name.
   */
  chunk: string;
  preload(): Promise<M>;
  /**
   * A component that renders the one `pick` chooses from the module, once it is loaded. With a
   * `fallback` it waits in a Suspense boundary of its own; without one it suspends, for a caller
   * whose boundary already waits for it (a route's skeleton).
   */
  component<P extends object>(pick: (module: M) => ComponentType<P>, fallback?: Fallback<P>): ComponentType<P>;
}

/** `Component` in a Suspense boundary of its own, which shows `fallback` until it can render. */
function withFallback<P extends object>(Component: ComponentType<P>, fallback: Fallback<P>): ComponentType<P> {
  function WithFallback(props: P) {
    return (
      <Suspense fallback={typeof fallback === 'function' ? fallback(props) : fallback}>
        <Component {...props} />
      </Suspense>
    );
  }
  return WithFallback;
}

/** A promise React's use() reads synchronously: it checks these fields before waiting. */
const fulfilled = <M,>(value: M): Promise<M> => Object.assign(Promise.resolve(value), { status: 'fulfilled', value });

/** Every part declared so far: the modules that declare them are imported by the app's routes. */
const everyPart: OnDemand<unknown>[] = [];

/** Loads every part, so that the server renders each one's content, never its placeholder. */
export async function loadEveryPart(): Promise<void> {
  await Promise.all(everyPart.map((part) => part.preload()));
}

export function onDemand<M>(chunk: string, load: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const preload = (): Promise<M> => {
    if (loaded !== undefined) return Promise.resolve(loaded);
    pending ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // A failed chunk download may succeed on the next try.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const part: OnDemand<M> = {
    chunk,
    preload,
    component<P extends object>(pick: (module: M) => ComponentType<P>, fallback?: Fallback<P>) {
      function OnDemandComponent(props: P) {
        // On the server a part not loaded would prerender its placeholder in place of its content.
        if (import.meta.env.SSR && loaded === undefined) throw new Error('on-demand part not loaded');
        // use() on every render, also once loaded (React warns when a render that suspended skips
        // it later): a promise marked fulfilled is read at once, without suspending.
        const Picked = pick(use(loaded === undefined ? preload() : fulfilled(loaded)));
        return <Picked {...props} />;
      }
      return fallback === undefined ? OnDemandComponent : withFallback(OnDemandComponent, fallback);
    },
  };
  everyPart.push(part);
  return part;
}
