import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/content/vite-plugin-content.ts';

/** CONTENT_DIR builds the site from another folder of page files. */
const pagesDir = process.env.CONTENT_DIR ?? 'content/pages';

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), contentPlugin(pagesDir)],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // The pipeline runs in Node; component tests opt into a DOM with a `@vitest-environment` comment.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
