import './app/styles.css';
import { APP_CODE_ID } from './site/document-html';

/** React first, then the app: each evaluated in a task of its own. */
const runApp = () =>
  import('react-dom/client').then(() => import('./app/start-app')).then(({ startApp }) => startApp());

/** Fetches, side by side, the code the page's template lists: React, the app and the screen's code. */
function fetchAppCode() {
  const code = document.getElementById(APP_CODE_ID);
  if (code instanceof HTMLTemplateElement) document.head.append(code.content);
}

/** The longest the app waits for the page to show: past it (a slow network, a tab opened behind) it goes ahead. */
const SHOWN_WAIT_MS = 3000;

const atMost = (promise: Promise<unknown>) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, SHOWN_WAIT_MS))]);

/** Settles once the page's lead photo (the one loading first) is decoded, or failed to load. */
function leadPhotoDecoded(): Promise<unknown> {
  const photo = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
  return photo ? atMost(photo.decode().catch(() => undefined)) : Promise.resolve();
}

/** The task after the next frame: by then the page as it stands is painted. */
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Settles once the browser reports the page's largest paint so far, which it does once that frame
 * is on the screen: a frame can reach the screen well after its requestAnimationFrame. Browsers
 * without the report go on at once, to the frame that follows.
 */
function largestPaintShown(): Promise<unknown> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return Promise.resolve();
  return atMost(
    new Promise((resolve) => {
      const observer = new PerformanceObserver(() => {
        observer.disconnect();
        resolve(undefined);
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }),
  );
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page shows before the app's JavaScript is fetched: its text and its lead photo are on the
 * screen, and a frame has passed, before the code comes. On a slow phone network the code (about
 * 100 kB) would otherwise share the line with the photo and hold it back. Starting the fetches,
 * React's evaluation and the app's take tasks of their own: at once they were the longest task a
 * page ran (about 40 ms here, 160 ms on a slow phone).
 */
leadPhotoDecoded().then(largestPaintShown).then(afterNextFrame).then(fetchAppCode).then(nextTask).then(runApp);
