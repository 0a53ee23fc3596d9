import type { Lesson } from '../../content/types.ts';

export const urlPath = {
  slug: 'url-path',
  title: 'State in the URL path',
  summary: 'Put the state in the path itself: /fav-color/blue/step-one.',
  status: 'ready',
  // This lesson's own route: /lessons/url-path/fav-color/<color>/<step> (the core reads it from here).
  pathParam: { segment: 'fav-color', name: 'color', fallback: 'blue' },
  youWillLearn: [
    'how a path segment like `/fav-color/blue/` carries state',
    'how Flask (and React Router) read variables out of a path',
    'why the server, or here the static host, must route every such path',
  ],
  steps: [
    {
      id: 'introduction',
      title: 'A path that remembers',
      panels: ['path'],
      blocks: [
        {
          kind: 'p',
          text: 'The path is the other half of the URL. Instead of `?fav-color=blue`, the colour becomes part of the address: `/fav-color/blue/step-one`. It reads like a resource ("the blue step one"), which is why REST APIs use it for ids: `/users/42`.',
        },
        {
          kind: 'code',
          language: 'python',
          // Variable rules: https://flask.palletsprojects.com/en/stable/quickstart/#variable-rules
          caption: 'Flask captures path variables with <angle brackets>',
          code: `@app.route("/fav-color/<color>/step-one")
def step_one(color):
    return render_template("step-one.html", fav_color=color)`,
        },
        {
          kind: 'p',
          text: 'The URL path panel splits this tab\'s real path into its segments. Look at it now: no `fav-color` segment yet. Press **Next** to step zero and watch a `fav-color` segment appear once you pick a colour.',
        },
      ],
    },
    {
      id: 'step-zero',
      title: 'Step zero: choose',
      panels: ['path'],
      inPathParam: true,
      highlight: { path: ['fav-color'] },
      blocks: [
        { kind: 'p', text: 'Pick a colour. The form navigates to a path with your colour in it.' },
        { kind: 'demo', demo: 'path-color-form' },
      ],
    },
    {
      id: 'step-one',
      title: 'Step one: relative links',
      panels: ['path'],
      inPathParam: true,
      highlight: { path: ['fav-color'] },
      blocks: [
        {
          kind: 'p',
          // Relative references replace everything after the base URL's last "/": RFC 3986 §5.2.3 (merge) and §5.4
          // (https://www.rfc-editor.org/rfc/rfc3986#section-5.2.3); the URL Standard's parser does the same
          // (https://url.spec.whatwg.org/#concept-basic-url-parser). MDN: https://developer.mozilla.org/en-US/docs/Web/HTML/Reference/Elements/a#href
          text: 'Here is a neat trick: a **relative** link such as `href="step-two"` replaces only what comes after the **last `/`** of the current address, so every segment before it — the colour included — travels for free. No template variable needed.',
        },
        {
          kind: 'p',
          text: 'Where that last `/` is matters. On `…/fav-color/blue/step-one` (Flask\'s route, no trailing slash) `step-two` leads to `…/fav-color/blue/step-two`. But a static host serves this page from a folder, `…/fav-color/blue/step-one/` **with** a trailing slash, and from there `step-two` leads to `…/step-one/step-two` — one level too deep. `../step-two` goes up one folder first and lands on `…/fav-color/blue/step-two` from the slashed address.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Look at the end of the address bar (or the last row of the URL path panel): does it end in `/`? Hover the relative link below and read where your browser says it goes, then follow it and watch the colour segment stay.',
        },
        { kind: 'demo', demo: 'path-color-carry' },
        {
          kind: 'code',
          language: 'html',
          code: `<!-- on /fav-color/blue/step-one -->
<a href="step-two">Step two</a>     <!-- → /fav-color/blue/step-two -->
<a href="/step-two">Step two</a>    <!-- → /step-two: the colour is gone -->

<!-- on /fav-color/blue/step-one/   (trailing slash) -->
<a href="step-two">Step two</a>     <!-- → /fav-color/blue/step-one/step-two -->
<a href="../step-two">Step two</a>  <!-- → /fav-color/blue/step-two -->`,
        },
      ],
    },
    {
      id: 'step-two',
      title: 'Step two: routing every path',
      panels: ['path'],
      inPathParam: true,
      highlight: { path: ['fav-color'] },
      blocks: [
        { kind: 'demo', demo: 'path-color-result' },
        {
          kind: 'p',
          text: 'Every colour makes a different URL, so the server must answer **any** `/fav-color/<color>/step-two`. Flask does that with its route pattern. This course is a static site: the host only has files, so it serves a fallback page that boots the app, and the app\'s router reads the colour from the path.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Edit the colour in the address bar (try `rebeccapurple`) and press Enter: the page and the URL path panel follow.',
        },
        {
          kind: 'list',
          items: [
            'Good for: identifying a resource (`/lessons/url-path`, `/users/42`), clean shareable URLs.',
            'Same limits as query params: visible, logged, and only as durable as the links that carry it.',
          ],
        },
        {
          kind: 'quiz',
          id: "url-path/relative-link",
          question: "The address is `/shop/fav-color/red/cart/` (ending in a slash). Where does `href=\"checkout\"` lead?",
          options: ["/shop/fav-color/red/checkout", "/checkout", "/shop/fav-color/red/cart/checkout"],
          answer: "/shop/fav-color/red/cart/checkout",
          explanation: "A relative link replaces what follows the last `/`. With a trailing slash, nothing follows it, so `checkout` is added below `cart/`. Without the slash (`…/red/cart`) it would replace `cart`.",
          whyWrong: {
            "/shop/fav-color/red/checkout": "That is where it would lead from `…/red/cart` without the slash, or with `../checkout` from the slashed address.",
            "/checkout": "Only a link starting with `/` starts from the root; a relative one keeps the segments before the last slash.",
          },
          verify: "Follow the relative link in [step one](/lessons/url-path/fav-color/blue/step-one) and read the URL path panel.",
        },
      ],
    },
  ],
  recap: [
    'Path segments carry state just like query params, and read like resource names.',
    'Relative links keep the segments up to the last `/`, so state can travel without templating; a trailing slash moves that point one level down.',
    'The server (or a static host\'s fallback page) must route every possible path.',
  ],
} satisfies Lesson;
