/** Articles in the generated archive: ten full archive pages of the whole list, and a front page of twenty. */
export const ARCHIVE_ARTICLES = 440;

/** Content built four ways, each served by a plain static file server (no SPA fallback). */
export const sites = {
  root: { port: 4173, env: 'OUT_DIR=dist', serve: 'dist', prepare: 'true' },
  // Written without its trailing slash, as people do; the build must still get every URL right.
  subPath: {
    port: 4174,
    env: 'OUT_DIR=dist-reader BASE_PATH=/reader',
    serve: 'dist-reader --prefix /reader/',
    prepare: 'true',
  },
  // Hostile text, and a dated 版面 with photos (e2e/support/photo-fixture.ts).
  hostile: {
    port: 4175,
    env: 'OUT_DIR=dist-hostile CONTENT_DIR=dist-hostile-pages',
    serve: 'dist-hostile',
    prepare:
      'rm -rf dist-hostile-pages && cp -r e2e/fixtures/hostile/pages dist-hostile-pages && tsx e2e/support/photo-fixture.ts dist-hostile-pages',
  },
  // A generated archive of dated editions, large enough for pagination (see npm run corpus).
  archive: {
    port: 4176,
    env: 'OUT_DIR=dist-archive CONTENT_DIR=dist-archive-pages',
    serve: 'dist-archive',
    prepare: `rm -rf dist-archive-pages && npm run --silent corpus -- --articles ${ARCHIVE_ARTICLES} --photos 0.1 --out dist-archive-pages >/dev/null`,
  },
};
