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
          // Set-Cookie and Cookie: RFC 6265 §4.1 and §4.2 (https://www.rfc-editor.org/rfc/rfc6265#section-4); MDN https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies
          text: 'HTTP forgets everything between requests. A **cookie** is the web\'s oldest fix: a small name/value pair — both are strings — that a **server asks the browser to keep**. The server sends it in a `Set-Cookie` response header; from then on the browser adds it, in a `Cookie` header, to every request it sends to that host.',
        },
        {
          kind: 'p',
          // Host-only cookies: RFC 6265 §5.3 step 6 (no Domain attribute → host-only-flag, sent only to the same host),
          // https://www.rfc-editor.org/rfc/rfc6265#section-5.3 ; "site" = scheme + registrable domain,
          // https://developer.mozilla.org/en-US/docs/Glossary/Site and https://html.spec.whatwg.org/multipage/browsers.html#sites
          text: 'Two words, one meaning each, for the rest of the course. The **host** is the name in the address: `www.rithmschool.com` and `shop.rithmschool.com` are two hosts. The **site** is the registrable domain they share, `rithmschool.com`: those two hosts are one site, `ads.example` is another. A cookie set without a `Domain` attribute is **host-only**: it goes back to the exact host that set it, not to the other hosts of its site.',
        },
        {
          kind: 'table',
          caption: 'Hosts and the cookies they might set',
          head: ['Host', 'Cookie', 'What it remembers'],
          rows: [
            ['www.rithmschool.com', '`favorite_food=taco`', 'a preference'],
            ['shop.example', '`cart_id=8c1f2a`', 'which cart is yours'],
            ['mail.example', '`session=eyJ1c2VyIjo0Mn0…`', 'that you logged in (see [Sessions](/lessons/sessions))'],
            // Third-party cookies in 2026: Safari blocks them (https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/),
            // Firefox partitions them per top-level site (https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/State_Partitioning),
            // Chrome still sends them outside Incognito (https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Third-party_cookies).
            ['ads.example', '`ad_id=visitor-42`', 'you, on every site that shows its ads — in Chrome; Safari blocks that cookie and Firefox keeps one per site ([SameSite](/lessons/cookie-options/same-site))'],
          ],
        },
        {
          kind: 'p',
          text: 'Each host sees only the cookies meant for it. The browser keeps them all, sorted by host and domain, and decides on each request which ones go along.',
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
          text: 'Submit the colour `blue; Domain=evil.com`. The pretend server is written in JavaScript and encodes the value with the `cookie` package, which **percent-encodes** it: `blue%3B%20Domain%3Devil.com`. It stays one value instead of becoming a `Domain` attribute. A server that builds the header by concatenation would be open to that injection.',
        },
        {
          kind: 'code',
          language: 'text',
          caption: 'The same value, encoded by two libraries',
          // Werkzeug quotes values with characters outside its safe set and writes ; and other bytes as octal escapes:
          // dump_cookie in src/werkzeug/http.py (_cookie_no_quote_re / _cookie_slash_re),
          // https://github.com/pallets/werkzeug/blob/main/src/werkzeug/http.py — checked with Werkzeug 3.1:
          // python3 -c "from werkzeug.http import dump_cookie; print(dump_cookie('fav_color','blue; Domain=evil.com'))"
          // The JavaScript `cookie` package's serialize() uses encodeURIComponent by default: https://github.com/jshttp/cookie#encode
          code: `Flask (Werkzeug):          Set-Cookie: fav_color="blue\\073 Domain=evil.com"; Path=/
JavaScript (cookie pkg):   Set-Cookie: fav_color=blue%3B%20Domain%3Devil.com; Path=/`,
        },
        {
          kind: 'p',
          text: 'Flask\'s Werkzeug wraps such a value in double quotes and writes the `;` as the octal escape `\\073`; `request.cookies` undoes it, so your view gets `blue; Domain=evil.com` back. Check it yourself: `python3 -c "from werkzeug.http import dump_cookie; print(dump_cookie(\'fav_color\', \'blue; Domain=evil.com\'))"`.',
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
          // Response.set_cookie and Request.cookies: https://flask.palletsprojects.com/en/stable/api/#flask.Response.set_cookie , https://flask.palletsprojects.com/en/stable/quickstart/#cookies
          text: 'In Flask, a view sets a cookie on its response with `resp.set_cookie(name, value)` and reads the request\'s cookies from `request.cookies`, a dictionary. This is the lecture\'s demo app:',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py: setting and reading a cookie in Flask (the lecture\'s demo)',
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
          kind: 'list',
          items: [
            '`set_cookie` only adds a header to the response: nothing is stored until the browser accepts it.',
            'The cookie comes back on the **next** request, not this one: `request.cookies` in the same view still has the old value.',
            'Both sides are strings. Flask gives you `"42"`, not `42`; anything richer must be encoded (see [Sessions](/lessons/sessions)).',
            'Cookies are per **host** (or per domain, with `Domain`) and per **path**, and they travel with every matching request. Browsers drop a cookie whose name and value exceed 4096 bytes — the next lesson measures it in your browser.',
          ],
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'Run it for real',
          text: 'Download [app.py](/downloads/flask-demo/app.py), then `pip install flask` and `flask --app app run`. Open `http://127.0.0.1:5000/handle-form-cookie?fav_color=blue`, then `/later-cookie`: DevTools → Application → Cookies shows `fav_color`, and the Network tab shows `Set-Cookie` on the first response and `Cookie` on the second. Try `?fav_color=blue%3B%20Domain%3Devil.com` to see Werkzeug\'s quoting.',
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
          // document.cookie: https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie (reads name=value pairs only; one cookie per assignment)
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
          // Scripts cannot set or read HttpOnly cookies: RFC 6265 §5.3 step 10 and §5.4 (https://www.rfc-editor.org/rfc/rfc6265#section-5.3)
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
          // Chrome DevTools cookies pane: https://developer.chrome.com/docs/devtools/application/cookies
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
            ['Name, Value', 'the pair itself, as the server wrote it (percent-encoded by JavaScript\'s `cookie` package, quoted with octal escapes by Flask)'],
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
          options: ['Both values, in two headers', 'Only the localStorage value', 'Neither: nothing stored is sent', 'Only the cookie, in `Cookie`'],
          answer: 'Only the cookie, in `Cookie`',
          explanation: 'Cookies that match the request\'s host and path go with it automatically; web storage never leaves the browser unless a script copies it into a request.',
          whyWrong: {
            'Both values, in two headers': 'There is no header for localStorage: a script would have to put the value into the request itself.',
            'Only the localStorage value': 'It is the other way round: the cookie travels by itself, localStorage never does.',
            'Neither: nothing stored is sent': 'Sending stored cookies back is exactly what cookies are for.',
          },
          verify: 'On [the compare page](/compare), write a value everywhere and run **Send a request to the server**: the HTTP log shows the `Cookie` header and no `stl:` key.',
        },
        {
          kind: 'quiz',
          id: 'cookies/host-only',
          question: '`www.rithmschool.com` answers with `Set-Cookie: cart=3` (no Domain). Later the browser requests `shop.rithmschool.com`. Is `cart` sent?',
          options: ['Yes: both hosts are one site', 'Only if it is also SameSite=Lax', 'No: a cookie without Domain is host-only'],
          answer: 'No: a cookie without Domain is host-only',
          explanation: 'Without `Domain` the cookie goes back only to `www.rithmschool.com`. `Domain=rithmschool.com` would share it with `shop.` and every other host of the domain.',
          whyWrong: {
            'Yes: both hosts are one site': 'Being one **site** matters to SameSite; which **hosts** get a cookie is decided by Domain, and without it only the setting host does.',
            'Only if it is also SameSite=Lax': 'SameSite decides which requests from other sites carry a cookie; it never widens a cookie to another host.',
          },
          verify: 'In [the Domain lab](/lessons/cookie-options/scope), set a cookie from `www.` without Domain and send a request to `shop.`: the log shows no `Cookie` header.',
        },
      ],
    },
  ],
  recap: [
    'Servers set cookies with `Set-Cookie`; browsers send them back in `Cookie` on every matching request.',
    'Cookies are small strings, per host (or Domain) and path; the server reads them from the request, never from the browser directly.',
    '`document.cookie` reads name=value pairs and writes one cookie at a time; DevTools → Application → Cookies shows them all.',
  ],
} satisfies Lesson;
