import { expect, test } from 'vitest';
import { appliesTo, companionSheets, selectorsOf, sheetsForPage } from '../../scripts/page-styles.mjs';

// The test environment is jsdom, the DOM the prerender asks too.
const documentOf = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
const sheet = (path: string, css: string) => ({ path, selectors: selectorsOf(css) });

test('every rule of minified CSS is read, inside media and supports blocks too, and keyframes are not rules', () => {
  const css =
    ':root{--a:1}@media (prefers-color-scheme:dark){:root{--a:2}}.a,.b>.c{color:red}@media (width>=60rem){.d{grid-column:1}@supports (display:grid){.e{display:grid}}}' +
    '@keyframes spin{0%{opacity:0}to{opacity:1}}.f:not(.g,.h)::after{content:"}{"}.i{color:blue}';
  expect(selectorsOf(css)).toEqual([':root', ':root', '.a', '.b>.c', '.d', '.e', '.f:not(.g,.h)::after', '.i']);
});

test('a rule applies to a page when its element is there, in whatever state the rule is for', () => {
  const page = documentOf('<a class="skip-link" href="#main">Skip</a><ul class="verdicts"><li class="verdict-accepted">ok</li></ul><button>Go</button>');
  expect(appliesTo('.skip-link:focus', page)).toBe(true);
  expect(appliesTo('.verdict-accepted::marker', page)).toBe(true);
  expect(appliesTo('button:hover', page)).toBe(true);
  expect(appliesTo(':focus-visible', page)).toBe(true);
  expect(appliesTo('.verdicts>:hover', page)).toBe(true);
  expect(appliesTo(':not(pre)>code', page)).toBe(false);
  expect(appliesTo('.pretend-box .verdict-accepted', page)).toBe(false);
  expect(appliesTo('.quiz-option', page)).toBe(false);
});

test('a selector the build cannot ask about fails the build instead of being guessed', () => {
  expect(() => appliesTo('.a:unknown-state', documentOf('<p class="a"></p>'))).toThrow(/cannot tell whether the CSS rule ".a:unknown-state" applies/);
});

test('a page carries the base, the sheets with a rule for its elements, and what the chunks owning them bring', () => {
  const base = sheet('assets/index.css', 'body{margin:0}');
  const shell = sheet('assets/lesson-shell.css', '.panel{border:1px solid}');
  const controls = sheet('assets/controls.css', '.field{display:flex}');
  const pretend = sheet('assets/pretend.css', '.pretend-box{border:1px dashed}');
  const flask = sheet('assets/flask.css', '.flask-tool{max-width:72rem}');
  const manifest = {
    'index.html': { css: ['assets/index.css'], imports: ['_framework.js'] },
    '_framework.js': {},
    '_lesson-shell.js': { css: ['assets/lesson-shell.css'], imports: ['_controls.js', '_framework.js'] },
    '_controls.js': { css: ['assets/controls.css'] },
    'src/app/pages/flask-session-page.tsx': { css: ['assets/flask.css'], imports: ['_controls.js'] },
    'src/demo-a.tsx': { css: ['assets/pretend.css'], imports: ['_lesson-shell.js'] },
    'src/demo-b.tsx': { css: ['assets/pretend.css'] },
  };
  const companions = companionSheets(manifest);
  const all = [base, shell, controls, pretend, flask];
  // The lesson shell brings the controls sheet even where the page shows no field.
  expect(sheetsForPage(documentOf('<section class="panel"></section>'), all, { base, companions })).toEqual([base, shell, controls]);
  // Not every chunk owning the pretend sheet brings the shell: a pretend box alone carries only its own.
  expect(sheetsForPage(documentOf('<div class="pretend-box"></div>'), all, { base, companions })).toEqual([base, pretend]);
  expect(sheetsForPage(documentOf('<main class="flask-tool"></main>'), all, { base, companions })).toEqual([base, controls, flask]);
  expect(sheetsForPage(documentOf('<p>Home</p>'), all, { base, companions })).toEqual([base]);
});
