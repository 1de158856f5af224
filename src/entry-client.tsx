import './app/styles.css';

/**
 * The app's JavaScript is evaluated in two tasks, React's first and then the app's: evaluated at
 * once, it was the longest task a page ran (about 40 ms here, 160 ms on a slow phone), long enough
 * to hold up a tap. The page's HTML preloads both chunks (vite.config.ts), so this costs no
 * round trip.
 */
void import('react-dom/client').then(() => import('./app/start-app')).then(({ startApp }) => startApp());
