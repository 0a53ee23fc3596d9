// The page arrives as complete HTML (prerendered), styled by the stylesheets the build inlines into it
// (the base below, and the CSS of the parts that page shows). The code only makes it interactive, so
// it loads after the first paint. It imports nothing the app shares (chunks that import from it would
// list its stylesheet).
import { installTrustedTypesPolicy } from './app/trusted-types-policy.ts';
import { afterFirstPaint } from './app/after-first-paint.ts';
import { keepEarlyActions } from './app/early-actions.ts';
// What every page shows. A feature's own CSS is imported by the module that renders it, so it comes
// with that module's chunk after a client navigation; scripts/prerender.mjs inlines into each page
// the base plus every chunk stylesheet with a rule for that page's HTML.
import './styles/base.css';

// Before any worker starts: the only script URLs Trusted Types lets through are this site's own.
installTrustedTypesPolicy();

// First of all: what the learner types or presses before the code arrives is kept and done later.
keepEarlyActions();

afterFirstPaint(() => {
  void import('./boot.tsx');
});
