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
          // https://html.spec.whatwg.org/multipage/webstorage.html#the-localstorage-attribute ; origins: https://developer.mozilla.org/en-US/docs/Glossary/Origin
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
          text: 'Save a colour, then reload, or open this page in a new tab: the value is still there. It even survives closing the browser. It stays until the page removes it or the learner clears site data — with one exception.',
        },
        { kind: 'demo', demo: 'local-storage-lab' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Safari forgets after seven days',
          // WebKit's Intelligent Tracking Prevention: "7-Day Cap on All Script-Writeable Storage" (localStorage,
          // IndexedDB, cookies set by document.cookie, …) after seven days of Safari use without user interaction on the
          // site — https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/ (Safari 13.1 and later).
          text: 'Safari deletes everything a site\'s scripts wrote — localStorage, and cookies set from JavaScript — once you have used Safari for seven days without visiting that site. Cookies a server set with `Set-Cookie` are not capped that way. Never treat localStorage as the only copy of something that matters.',
        },
        {
          kind: 'quiz',
          id: 'local-storage/safari-week',
          question: 'A Safari user saves a draft in localStorage, then browses other sites in Safari for ten days before returning. What does `getItem` give?',
          options: ['the draft: localStorage lasts forever', '`null`: Safari deleted the site\'s script data', 'the draft, but only once the server resends it'],
          answer: '`null`: Safari deleted the site\'s script data',
          explanation: 'Safari deletes script-writable storage after seven days of Safari use without a visit to the site. Keep anything important on the server too.',
          whyWrong: {
            'the draft: localStorage lasts forever': 'In Chromium and Firefox it would; Safari caps script-writable storage at seven days of use without a visit.',
            'the draft, but only once the server resends it': 'The server never had the draft: localStorage is not sent to it, so nothing can be resent.',
          },
          verify: 'A page cannot wait ten days for you: in Safari, Settings → Privacy → Prevent cross-site tracking is what turns this on. In any browser, save a value here, restart the browser and see that it is still there — the part every browser agrees on.',
        },
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
          // Chromium: 10 MiB per storage area counted as UTF-16 (2 bytes a character), kPerStorageAreaQuota in
          // https://source.chromium.org/chromium/chromium/src/+/main:components/services/storage/dom_storage/dom_storage_constants.h ;
          // Firefox: dom.storage.default_quota = 5120 KiB counted in characters,
          // https://searchfox.org/mozilla-central/source/modules/libpref/init/all.js . Both: 5,242,880
          // characters of keys and values. MDN: https://developer.mozilla.org/en-US/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria#web_storage
          text: 'Browsers cap each origin\'s localStorage at about **5.2 million characters** of keys and values together, in Chromium and in Firefox alike (5,242,880). A write past the quota throws `QuotaExceededError`; try a huge value in the panel\'s form to see the message.',
        },
        {
          kind: 'quiz',
          id: 'local-storage/reload-and-new-tab',
          question: 'You save `stl:theme` = `dark` in localStorage, then open the same site in a new tab. What does the new tab\'s `localStorage.getItem(\'stl:theme\')` return?',
          options: ['`"dark"`, once the server sends it', '`null`: each tab has its own store', '`"dark"`: the origin\'s tabs share it'],
          answer: '`"dark"`: the origin\'s tabs share it',
          explanation: 'localStorage belongs to the origin, not the tab, and never involves the server.',
          whyWrong: {
            '`"dark"`, once the server sends it': 'The server never sees or sends localStorage; the new tab reads the browser\'s copy directly.',
            '`null`: each tab has its own store': 'That is sessionStorage. localStorage is one store for every tab of the origin.',
          },
          verify: 'Save a value in the localStorage panel, then use **Open a new tab** on [the compare page](/compare): the new tab reports what it sees.',
        },
      ],
    },
  ],
  recap: [
    'localStorage is per origin, string-only, about 5.2 million characters, and persists until removed (Safari: until seven days of use without a visit).',
    'It survives reloads, new tabs and restarts.',
    'It is never sent to the server; only page JavaScript reads it.',
    'Prefix your keys on shared origins, and keep secrets out of it.',
  ],
} satisfies Lesson;
