import type { Lesson } from '../../content/types.ts';

export const localStorageLesson = {
  slug: 'local-storage',
  title: 'localStorage',
  summary: 'A key/value store in the browser that survives reloads, new tabs and restarts — and is never sent to the server.',
  status: 'ready',
  youWillLearn: [
    'the `localStorage` API: `setItem`, `getItem`, `removeItem`',
    'that it persists across reloads, tabs and browser restarts',
    'that only JavaScript on the page can read it: it never travels to the server',
    'that it is shared by everything on the same origin',
  ],
  steps: [
    {
      id: 'introduction',
      title: 'A dictionary in the browser',
      panels: ['localStorage'],
      highlight: { localStorage: ['stl:fav-color'] },
      blocks: [
        {
          kind: 'p',
          text: '`localStorage` is a key/value store that the browser keeps for each **origin** (scheme + host + port). Keys and values are strings; store anything else with `JSON.stringify`.',
        },
        {
          kind: 'code',
          language: 'js',
          code: `localStorage.setItem("stl:fav-color", "blue");
localStorage.getItem("stl:fav-color");   // "blue"
localStorage.removeItem("stl:fav-color");
localStorage.setItem("prefs", JSON.stringify({ dark: true }));`,
        },
        { kind: 'demo', demo: 'local-storage-lab' },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Open DevTools → Application → Local Storage and edit a value there, or type `localStorage.setItem("x", "1")` in the console. The panel follows either way.',
        },
      ],
    },
    {
      id: 'it-persists',
      title: 'It survives reloads and new tabs',
      panels: ['localStorage'],
      highlight: { localStorage: ['stl:fav-color'] },
      blocks: [
        {
          kind: 'p',
          text: 'Save a colour, then reload, or open this page in a new tab: the value is still there. It even survives closing the browser. It stays until the page removes it or the learner clears site data.',
        },
        { kind: 'demo', demo: 'local-storage-lab' },
      ],
    },
    {
      id: 'never-sent',
      title: 'Only JavaScript sees it',
      panels: ['localStorage', 'cookies'],
      highlight: { localStorage: ['stl:fav-color'] },
      blocks: [
        {
          kind: 'p',
          text: 'The server never sees localStorage. A request carries the URL, headers and cookies; localStorage stays in the browser. If the server needs the value, your JavaScript must send it (in a fetch body, a header, a query param).',
        },
        {
          kind: 'p',
          text: 'The lab below builds the request this page would send: the `Cookie` header comes from your real cookies, and there is no header for localStorage.',
        },
        { kind: 'demo', demo: 'local-storage-lab' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Never keep auth tokens here',
          text: 'Any script on the page can read localStorage, including an injected one (XSS) or a compromised dependency. An HttpOnly cookie cannot be read by scripts at all.',
        },
      ],
    },
    {
      id: 'per-origin',
      title: 'One store per origin',
      panels: ['localStorage'],
      blocks: [
        {
          kind: 'p',
          text: '`https://example.com` and `https://shop.example.com` are different origins with different stores; so are `http://localhost:5000` and `http://localhost:5173`. But everything on one origin shares one store.',
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          text: 'On hosts like `user.github.io/project-a` and `user.github.io/project-b`, both projects share one localStorage. That is why this course prefixes every key it writes with `stl:` and never calls `localStorage.clear()`.',
        },
        {
          kind: 'p',
          text: 'Browsers cap each origin\'s localStorage: about 10 MiB counted as UTF-16 in Chromium (roughly 5 million characters), 5 MiB in Firefox. A write past the quota throws `QuotaExceededError`; try a huge value in the panel\'s form to see the message.',
        },
        {
          kind: 'quiz',
          id: 'local-storage/reload-and-new-tab',
          question: 'You save `stl:theme` = `dark` in localStorage, then open the same site in a new tab. What does the new tab\'s `localStorage.getItem(\'stl:theme\')` return?',
          options: ['`null`: each tab has its own localStorage', '`"dark"`: every tab of the origin shares one localStorage', '`"dark"`, but only after the server sends it'],
          answer: '`"dark"`: every tab of the origin shares one localStorage',
          explanation: 'localStorage belongs to the origin, not the tab, and never involves the server.',
          verify: 'Save a value in the localStorage panel, then use **Open a new tab** on [the compare page](/compare): the new tab reports what it sees.',
        },
      ],
    },
  ],
  recap: [
    'localStorage is per origin, string-only, and persists until removed.',
    'It survives reloads, new tabs and restarts.',
    'It is never sent to the server; only page JavaScript reads it.',
    'Prefix your keys on shared origins, and keep secrets out of it.',
  ],
} satisfies Lesson;
