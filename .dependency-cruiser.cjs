// The import rules of the tree, checked by `npm run lint` (scripts/dependency-rules/depcruise.mjs).
// Data flows one way: content → photos → text → search → site → archive → lib/components → features → app → entries.
// A module may import its own layer and the layers before it, never a layer after it.

const LAYERS = [
  ['content', 'the pipeline: page files to typed articles (Node)'],
  ['photos', "the articles' photo files to published variants (Node, sharp)"],
  ['text', 'display formatters of content, for build and browser'],
  ['search', 'the search index format and engine'],
  ['site', 'paths, published URLs, document HTML and the site files'],
  ['archive', 'the views of the archive and how the app reads them'],
  ['lib|components', 'shared browser helpers and UI'],
  ['features', 'one folder per reader-facing capability'],
  ['app', 'route table, shell and providers'],
  ['entry-client\\.tsx$|entry-server\\.tsx$', 'the entries'],
];

const folder = (pattern) => `^src/(${pattern})(/|$)`;
const layerRules = LAYERS.slice(0, -1).map(([pattern, role], index) => ({
  name: `layer-${pattern.split('|')[0].replace(/[^a-z-]/g, '')}`,
  comment: `src/${pattern} (${role}) may not import a later layer`,
  severity: 'error',
  from: { path: folder(pattern) },
  to: { path: LAYERS.slice(index + 1).map(([later]) => folder(later)) },
}));

/** Test-only code: specs, their helpers (test-*.ts) and the corpus generator. */
const TEST_CODE = ['\\.test\\.tsx?$', '/test-[^/]+\\.tsx?$', '^src/testing/', '^src/test-setup\\.ts$'];

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'features-are-independent',
      comment: 'a feature never imports another feature: what two share moves down to lib/ or components/',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'src-never-imports-scripts',
      comment: 'the app and the pipeline never depend on the build scripts or the e2e specs',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|e2e)/' },
    },
    {
      name: 'scripts-never-import-e2e',
      comment: 'the build and the benches never depend on the end-to-end specs (the specs may use the scripts)',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'testing-code-only-in-tests',
      comment: 'the corpus generator and test helpers never reach the site',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'browser-code-reads-pipeline-types-only',
      comment: 'the browser imports the pipeline for its types, never its code (formatters live in src/text)',
      severity: 'error',
      from: { path: folder('lib|components|features|app|entry-client\\.tsx$') },
      to: { path: '^src/(content|photos)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'modules never import each other in a circle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-undeclared-packages',
      comment: 'every package imported is declared in package.json',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves to a file',
      severity: 'error',
      from: {},
      // `/// <reference types="vite/client" />` names types, not a file.
      to: { couldNotResolve: true, pathNot: '^vite/client$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)' },
    // Type-only imports count too: a layer may not even name a later layer's types.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
