import type { Lesson } from '../../content/types.ts';

export const cookiesLesson = {
  slug: 'cookies',
  title: 'Cookies: a conversation',
  summary: 'The server asks the browser to remember a name/value pair; the browser sends it back with every request.',
  status: 'ready',
  youWillLearn: [
    'what a cookie is: a name/string-value pair the browser stores for a site',
    'the conversation: `Set-Cookie` in a response, `Cookie` in every later request',
    'how Flask sets and reads cookies, and how JavaScript can too',
    'where to see cookies in DevTools',
  ],
  steps: [
    {
      id: 'introduction',
      title: 'Please remember this',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'HTTP forgets everything between requests. A **cookie** is the web\'s oldest fix: a small name/value pair — both are strings — that a **server asks the browser to keep**. The server sends it in a `Set-Cookie` response header; from then on the browser adds it, in a `Cookie` header, to every request it sends to that site.',
        },
        {
          kind: 'table',
          caption: 'Sites and the cookies they might set',
          head: ['Site', 'Cookie', 'What it remembers'],
          rows: [
            ['www.rithmschool.com', '`favorite_food=taco`', 'a preference'],
            ['shop.example', '`cart_id=8c1f2a`', 'which cart is yours'],
            ['mail.example', '`session=eyJ1c2VyIjo0Mn0…`', 'that you logged in (see [Sessions](/lessons/sessions))'],
            ['ads.example', '`ad_id=visitor-42`', 'you, on every site that shows its ads'],
          ],
        },
        {
          kind: 'p',
          text: 'Each site sees only its own cookies. The browser keeps them all, sorted by site, and decides on each request which ones go along.',
        },
        {
          kind: 'heading',
          text: 'The Flask demo, replayed',
        },
        {
          kind: 'p',
          text: 'The lecture\'s Flask app has two routes. `/handle-form-cookie` takes your favourite colour from a form and answers with `Set-Cookie: fav_color=…`. `/later-cookie` — a different request, later — reads the colour back from the `Cookie` header, or shows `<unset>` when there is none. This page has no server, so the demo talks to a **pretend server** running in the page, through a pretend browser with a real RFC 6265 cookie jar.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Type a colour and press **Submit**: the response carries `Set-Cookie`. Then press **/later-cookie**: the request carries `Cookie`, and the server knows your colour. Press **Clear pretend cookies** and try `/later-cookie` again to get `<unset>`.',
        },
        { kind: 'demo', demo: 'flask-cookie-demo' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Simulated, and the real thing beside it',
          text: 'The pretend cookie lives in the pretend jar, not in your browser: the real **Cookies** panel beside this text does not change. The next steps set a real cookie from JavaScript and show it there.',
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Values are encoded, never pasted',
          text: 'Submit the colour `blue; Domain=evil.com`. The server encodes it (`blue%3B%20Domain%3Devil.com`), so it stays one value instead of becoming a `Domain` attribute. A server that builds the header by concatenation would be open to that injection.',
        },
      ],
    },
    {
      id: 'conversation',
      title: 'Cookies, a conversation',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Seen from the network, cookies are a conversation. The browser asks for `/upcoming-events`; the server answers with the page **and** a request: "please remember `favorite_food` is `taco`". From then on the browser mentions it on every request to that site — for the next page and for the images on it.',
        },
        {
          kind: 'code',
          language: 'http',
          caption: 'The conversation on the wire',
          code: `GET /upcoming-events HTTP/1.1
Host: www.rithmschool.com

HTTP/1.1 200 OK
Content-Type: text/html
Set-Cookie: favorite_food=taco

GET /event-detail HTTP/1.1
Host: www.rithmschool.com
Cookie: favorite_food=taco

GET /calendar.jpg HTTP/1.1
Host: www.rithmschool.com
Cookie: favorite_food=taco`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Press the three buttons in order and watch the diagram grow: the first answer sets the cookie, every later request carries it — even the image.',
        },
        { kind: 'demo', demo: 'rithm-conversation' },
        {
          kind: 'p',
          text: 'Notice the cost: the cookie rides along on **every** matching request, images and scripts included. That is why cookies should stay small, and why big data belongs in [localStorage](/lessons/local-storage) or on the server.',
        },
      ],
    },
    {
      id: 'flask-cookies',
      title: 'Cookies in Flask',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'In Flask, a view sets a cookie on its response with `resp.set_cookie(name, value)` and reads the request\'s cookies from `request.cookies`, a dictionary. This is the lecture\'s demo app:',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py: setting and reading a cookie in Flask (the seed lecture\'s demo)',
          code: `@app.route("/handle-form-cookie")
def handle_form():
    fav_color = request.args["fav_color"]
    resp = make_response(render_template("response-cookie.html", fav_color=fav_color))
    resp.set_cookie("fav_color", fav_color)
    return resp

@app.route("/later-cookie")
def later():
    fav_color = request.cookies.get("fav_color", "<unset>")
    return render_template("later-cookie.html", fav_color=fav_color)`,
        },
        {
          kind: 'p',
          text: 'And this is the course\'s own server\'s version of the same two routes, the code that answered you on the first step (in this page, or on a real server under `npm run dev`). A handler takes a Fetch `Request` and returns a `Response` (Hono); the `cookie` package writes and reads the headers, as Express does.',
        },
        {
          kind: 'code',
          language: 'js',
          caption: 'src/server/flask-cookie-routes.ts: the same routes in TypeScript (Hono)',
          code: `  // \`resp.set_cookie('fav_color', fav_color)\` in the lecture's Flask demo. Flask answers 400 when
  // the form field is missing (\`request.args['fav_color']\` raises BadRequestKeyError).
  app.get('/handle-form-cookie', (c) => {
    const color = c.req.query('fav_color');
    if (color === undefined) return badRequest(c, 'The form did not send fav_color.');
    let header: string;
    try {
      header = serializeSetCookie(FAV_COLOR_COOKIE, color, { path: cookiePath });
    } catch {
      return badRequest(c, 'That color cannot be encoded into a cookie.');
    }
    const tooBig = oversizeReason(color);
    if (tooBig !== null) return badRequest(c, tooBig);
    sendSetCookie(c, header);
    return plainText(c, \`Thanks! I asked your browser to remember that your favorite color is \${color}.\\nNow visit /later-cookie: will it remember?\`);
  });

  // \`request.cookies.get('fav_color', '<unset>')\` in the lecture's Flask demo.
  app.get('/later-cookie', (c) => {
    const color = parseCookieHeader(c.req.header('Cookie')).get(FAV_COLOR_COOKIE);
    if (color === undefined) {
      return plainText(c, \`Your favorite color is \${UNSET}.\\nYour browser sent no fav_color cookie, so I have no idea.\`);
    }
    return plainText(c, \`Your favorite color is \${color}.\\nI read it from the Cookie header your browser sent.\`);
  });`,
        },
        {
          kind: 'list',
          items: [
            '`set_cookie` only adds a header to the response: nothing is stored until the browser accepts it.',
            'The cookie comes back on the **next** request, not this one: `request.cookies` in the same view still has the old value.',
            'Both sides are strings. Flask gives you `"42"`, not `42`; anything richer must be encoded (see [Sessions](/lessons/sessions)).',
            'Cookies are per **site** and per **path**, and they travel with every matching request. Browsers drop a cookie whose name and value exceed 4096 bytes — the next lesson measures it in your browser.',
          ],
        },
      ],
    },
    {
      id: 'from-javascript',
      title: 'Cookies from JavaScript',
      panels: ['cookies'],
      highlight: { cookies: ['stl_fav_color'] },
      blocks: [
        {
          kind: 'p',
          text: 'Page JavaScript can read and write cookies too, through `document.cookie`: reading it gives `name=value` pairs only (no attributes), and assigning to it sets **one** cookie. This one is real: it goes into your browser\'s jar, and the **Cookies** panel shows it.',
        },
        {
          kind: 'code',
          language: 'js',
          code: `document.cookie = "stl_fav_color=blue; Path=/; Max-Age=3600; SameSite=Lax";
document.cookie;   // "stl_fav_color=blue; …other cookies"`,
        },
        { kind: 'demo', demo: 'cookie-from-js' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Assigning is not replacing',
          text: '`document.cookie = "…"` adds or updates one cookie; it does not clear the others. To delete one, set it again with the same name, Path and Domain and `Max-Age=0`.',
        },
        {
          kind: 'p',
          text: 'A cookie set from JavaScript is sent to the server like any other. What JavaScript cannot do is set or see an `HttpOnly` cookie: those only come from a server\'s `Set-Cookie` ([Cookie options](/lessons/cookie-options/security)).',
        },
      ],
    },
    {
      id: 'seeing-cookies',
      title: 'Seeing cookies in Chrome',
      panels: ['cookies'],
      highlight: { cookies: ['stl_fav_color'] },
      blocks: [
        {
          kind: 'p',
          text: 'DevTools shows every cookie the browser keeps for a site, with all its attributes — including the HttpOnly ones that `document.cookie` hides.',
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            'Open DevTools: F12, or Ctrl+Shift+I (Cmd+Option+I on a Mac).',
            'Choose the **Application** tab (in the » menu if the window is narrow).',
            'In the sidebar, under **Storage**, open **Cookies** and click this site\'s origin.',
            'Find `stl_fav_color` from the previous step. Double-click a value to edit it; select a row and press Delete to remove it. The Cookies panel on this page follows within a second.',
          ],
        },
        {
          kind: 'table',
          caption: 'The columns of DevTools → Application → Cookies',
          head: ['Column', 'Meaning'],
          rows: [
            ['Name, Value', 'the pair itself, as stored (often percent-encoded)'],
            ['Domain', 'which hosts get it; a leading dot means subdomains too'],
            ['Path', 'which paths get it'],
            ['Expires / Max-Age', 'when it goes; "Session" means when the browser closes'],
            ['Size', 'name + value in bytes (the limit is 4096)'],
            ['HttpOnly, Secure, SameSite', 'who may read it, over which connections, from which sites'],
          ],
        },
        {
          kind: 'callout',
          variant: 'note',
          text: 'The **Network** tab shows the conversation itself: click a request, then its **Cookies** tab, to see the cookies it sent and the ones its response set — and, with a warning icon, any the browser refused and why.',
        },
        {
          kind: 'quiz',
          id: 'cookies/what-travels',
          question: 'The page has `stl:color` in localStorage and a cookie `stl_color`. It requests `/later-cookie`. What does the server receive?',
          options: ['Both values', 'Only the cookie, in the `Cookie` header', 'Only the localStorage value', 'Neither: the browser sends nothing it stores'],
          answer: 'Only the cookie, in the `Cookie` header',
          explanation: 'Cookies that match the request\'s domain and path go with it automatically; web storage never leaves the browser unless a script copies it into a request.',
          verify: 'On [the compare page](/compare), write a value everywhere and run **Send a request to the server**: the HTTP log shows the `Cookie` header and no `stl:` key.',
        },
      ],
    },
  ],
  recap: [
    'Servers set cookies with `Set-Cookie`; browsers send them back in `Cookie` on every matching request.',
    'Cookies are small strings, per site and path; the server reads them from the request, never from the browser directly.',
    '`document.cookie` reads name=value pairs and writes one cookie at a time; DevTools → Application → Cookies shows them all.',
  ],
} satisfies Lesson;
