/** Runs in the page: resolves once a service worker controls it, so what it fetches from now on is cached. */
export async function serviceWorkerInControl(): Promise<true> {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  }
  return true;
}
