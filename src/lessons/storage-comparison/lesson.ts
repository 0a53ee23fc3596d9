import { comparisonTable } from '../../content/strategies.ts';
import type { Lesson } from '../../content/types.ts';

const browserStores = comparisonTable(['localStorage', 'sessionStorage', 'cookies']);

export const storageComparison = {
  slug: 'storage-comparison',
  title: 'localStorage vs sessionStorage vs cookies',
  summary: 'Lifetime, scope, capacity, and who can read each one — compared in your own browser.',
  status: 'ready',
  youWillLearn: [
    'how long each store keeps data, and who shares it',
    'which one travels to the server',
    'how much each can hold',
    'how to check every claim in your own browser on the compare page',
  ],
  steps: [
    {
      id: 'side-by-side',
      title: 'Side by side',
      panels: ['localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Three places in the browser hold data for a site. They share a shape — names and string values — and differ in everything else: how long they last, who shares them, how much they hold, and whether the server ever sees them.',
        },
        { kind: 'table', caption: 'The three browser stores (the same facts as the compare page)', head: browserStores.head, rows: browserStores.rows },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Every cell here is an experiment on [the compare page](/compare): write one value everywhere, then reload, open a new tab, close the tab, send a request, measure the quota — and watch the table fill in with what **your** browser did.',
        },
      ],
    },
    {
      id: 'where-they-live',
      title: 'Where each one lives',
      panels: ['localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'The difference that matters most is **where** each store sits. sessionStorage is inside one tab. localStorage sits beside the tabs, shared by all of them on the origin. Cookies sit in the browser\'s jar, and a copy of the matching ones rides along on every request.',
        },
        { kind: 'demo', demo: 'storage-map' },
        {
          kind: 'list',
          items: [
            '**Who reads it?** Web storage: only scripts on the page. Cookies: the server (every request) and scripts too — unless the cookie is `HttpOnly`.',
            '**Does it travel?** Only cookies. The server never sees localStorage or sessionStorage unless a script copies a value into a request.',
            // Quotas: sources in src/lessons/local-storage/lesson.ts (Chromium and Firefox: 5,242,880 characters).
            '**How big?** About 5.2 million characters per origin for each web storage (Chromium and Firefox); 4096 bytes for one cookie.',
          ],
        },
      ],
    },
    {
      id: 'try-it-live',
      title: 'Try every claim live',
      panels: ['query', 'path', 'localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'The panels on this page are live. Add the same entry to localStorage and sessionStorage here, then open this page in a second tab: one panel has it, the other starts empty.',
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            'Go to [the compare page](/compare) and press **Write everywhere**: the value lands in the URL path, the query string, both web storages and a cookie.',
            'Press **Reload and check**: everything survives a reload.',
            'Open a new tab with the link: sessionStorage is empty there; localStorage and the cookie are shared. A `window.open` copy starts with a copy of sessionStorage.',
            'Send a request to the (pretend) server: only the URL and the cookie travel.',
            'Measure the quota: the browser says exactly how much fits, then the test data is deleted.',
          ],
        },
        {
          kind: 'callout',
          variant: 'note',
          text: 'A page cannot close its own tab and reopen it, or restart your browser. The compare page asks you to do the first and simulates the second in the pretend browser — and says so.',
        },
      ],
    },
    {
      id: 'check-your-understanding',
      title: 'Check your understanding',
      panels: ['localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'quiz',
          id: 'storage-comparison/new-tab',
          question: 'You write the same value to localStorage, sessionStorage and a cookie, then open the page in a new tab with a link. Which does the new tab **not** see?',
          options: ['localStorage', 'the cookie', 'sessionStorage', 'it sees all three'],
          answer: 'sessionStorage',
          explanation: 'sessionStorage belongs to one tab; a link opens a new tab with an empty one. localStorage and cookies are shared by every tab.',
          whyWrong: {
            'localStorage': 'localStorage is per origin: every tab of the origin reads the same store.',
            'the cookie': 'The cookie jar is the whole browser\'s: every tab sends and reads the same cookies.',
            'it sees all three': 'sessionStorage is the exception: a tab opened by a link starts with an empty one.',
          },
          verify: 'Use **Open in a new tab (link)** on [the compare page](/compare) and read the report.',
        },
        {
          kind: 'quiz',
          id: 'storage-comparison/server-sees',
          question: 'Which store can the server read without any help from page JavaScript?',
          options: ['localStorage', 'cookies', 'sessionStorage'],
          answer: 'cookies',
          explanation: 'Matching cookies travel in the `Cookie` header of every request. Web storage stays in the browser.',
          whyWrong: {
            'localStorage': 'localStorage never leaves the browser unless a script puts it into a request.',
            'sessionStorage': 'sessionStorage is as private to the browser as localStorage, and per tab besides.',
          },
          verify: 'Run **Send the request** on [the compare page](/compare): the HTTP log shows the request exactly as sent.',
        },
        {
          kind: 'quiz',
          id: 'storage-comparison/capacity',
          question: 'You need to keep 200 KB of cached data in the browser. Where does it fit?',
          options: ['a cookie', 'neither', 'localStorage'],
          answer: 'localStorage',
          explanation: 'A cookie holds at most 4096 bytes (and would be sent with every request); localStorage holds about 5.2 million characters.',
          whyWrong: {
            'a cookie': 'One cookie holds at most 4096 bytes, and it would ride along on every request.',
            'neither': '200 KB is about 4% of what localStorage allows per origin.',
          },
          verify: 'Run **How much fits?** on [the compare page](/compare) for both.',
        },
      ],
    },
  ],
  recap: [
    'localStorage persists per origin; sessionStorage lives per tab; cookies travel to the server.',
    'Web storage holds about 5.2 million characters per origin; a cookie holds 4096 bytes.',
    'Only page scripts read web storage; HttpOnly cookies are read only by the server.',
  ],
} satisfies Lesson;
