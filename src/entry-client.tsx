import './app/styles.css';

/** React first, then the app: each evaluated in a task of its own. */
const runApp = () =>
  import('react-dom/client').then(() => import('./app/start-app')).then(({ startApp }) => startApp());

/**
 * The page is painted before any of the app's JavaScript runs: its first frame, then (in the task
 * after it) React and the app, which the page's HTML has preloaded (vite.config.ts). Evaluated at
 * once, they were the longest task a page ran (about 40 ms here, 160 ms on a slow phone); evaluated
 * before the first frame, they held it back whenever they arrived before the page was parsed.
 */
requestAnimationFrame(() => setTimeout(runApp, 0));
