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

/** The longest the app waits for a lead photo: past it, on a very slow network, it goes ahead. */
const LEAD_PHOTO_WAIT_MS = 3000;

/** Settles once the page's lead photo (the one loading first) is shown, or failed to load. */
function leadPhotoShown(): Promise<unknown> {
  const photo = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
  if (!photo) return Promise.resolve();
  const waited = new Promise((resolve) => setTimeout(resolve, LEAD_PHOTO_WAIT_MS));
  return Promise.race([photo.decode().catch(() => undefined), waited]);
}

/** The task after the next frame: by then the page as it stands is painted. */
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page shows before the app's JavaScript is fetched: its text, then its lead photo, then a
 * frame, and only in the task after that frame does the code come. On a slow phone network the
 * code (about 100 kB) would otherwise share the line with the photo and hold it back. Starting the
 * fetches, React's evaluation and the app's each take a task of their own: at once they were the
 * longest task a page ran (about 40 ms here, 160 ms on a slow phone).
 */
leadPhotoShown().then(afterNextFrame).then(fetchAppCode).then(nextTask).then(runApp);
