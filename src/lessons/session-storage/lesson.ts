import type { Lesson } from '../../content/types.ts';

export const sessionStorageLesson = {
  slug: 'session-storage',
  title: 'sessionStorage',
  summary: 'Like localStorage, but each tab has its own copy, gone when the tab closes.',
  status: 'ready',
  youWillLearn: [
    'that sessionStorage has the same API as localStorage',
    'that it belongs to one tab: it survives a reload, but a new tab starts empty',
    'that a tab opened with `window.open` starts with a copy',
  ],
  steps: [
    {
      id: 'introduction',
      title: 'Per tab, not per browser',
      panels: ['sessionStorage', 'localStorage'],
      highlight: { sessionStorage: ['stl:draft'] },
      blocks: [
        {
          kind: 'p',
          // https://html.spec.whatwg.org/multipage/webstorage.html#the-sessionstorage-attribute
          text: '`sessionStorage` has exactly the API of localStorage (`setItem`, `getItem`, `removeItem`), but its lifetime is the **tab** (the spec calls it the top-level browsing context: the tab\'s own page, not an iframe inside it). Each tab has its own store for each origin.',
        },
        { kind: 'demo', demo: 'session-storage-lab' },
      ],
    },
    {
      id: 'new-tabs',
      title: 'New tabs start empty — mostly',
      panels: ['sessionStorage', 'localStorage'],
      highlight: { sessionStorage: ['stl:draft'] },
      blocks: [
        {
          kind: 'p',
          // Copy on window.open, and noopener by default for target=_blank: https://html.spec.whatwg.org/multipage/webstorage.html#the-sessionstorage-attribute , https://developer.mozilla.org/en-US/docs/Web/API/Window/sessionStorage
          text: 'Save a draft, then use the buttons below. A new tab opened by a link starts with an **empty** sessionStorage. A tab opened by `window.open` from this page starts with a **copy** — a copy, not a shared store: later writes in either tab stay in that tab.',
        },
        { kind: 'demo', demo: 'session-storage-lab' },
        {
          kind: 'callout',
          variant: 'note',
          text: 'Links with `target="_blank"` now open without an opener (`rel="noopener"` is the default), so they get no copy. Duplicating a tab in the browser\'s menu does copy it.',
        },
      ],
    },
    {
      id: 'when-to-use',
      title: 'When sessionStorage fits',
      panels: ['sessionStorage'],
      blocks: [
        {
          kind: 'list',
          items: [
            'A form draft that should survive an accidental reload but not leak into another tab.',
            'A wizard where two tabs must be able to run independently.',
            'Scroll position or UI state for this tab only.',
          ],
        },
        {
          kind: 'p',
          text: 'Like localStorage it is never sent to the server and any script on the page can read it. It is cleared when the tab closes (some browsers restore it with "reopen closed tab").',
        },
        {
          kind: 'quiz',
          id: 'session-storage/reload',
          question: 'A form draft is in sessionStorage. The learner presses **Reload**. Is the draft still there?',
          options: ['No: a reload starts a new session', 'Only if it was also in a cookie', 'Yes: a reload keeps the same tab'],
          answer: 'Yes: a reload keeps the same tab',
          explanation: 'sessionStorage lives as long as the tab does; a reload keeps the tab. Closing the tab is what ends it.',
          whyWrong: {
            'No: a reload starts a new session': 'The "session" of sessionStorage is the tab, and a reload stays in the same tab.',
            'Only if it was also in a cookie': 'sessionStorage does not depend on cookies; it is the browser\'s own per-tab store.',
          },
          verify: 'Write a value everywhere on [the compare page](/compare) and run **Reload the page**: the sessionStorage line says “still there”.',
        },
      ],
    },
  ],
  recap: [
    'sessionStorage: same API as localStorage, scoped to one tab and origin.',
    'It survives reloads; it is gone when the tab closes.',
    'A new tab starts empty; a `window.open` tab starts with a copy.',
  ],
} satisfies Lesson;
