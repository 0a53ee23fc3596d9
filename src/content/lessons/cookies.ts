import type { Lesson } from '../types.ts';

export const cookiesLesson = {
  slug: 'cookies',
  title: 'Cookies: a conversation',
  summary: 'The server asks the browser to remember a name/value pair; the browser sends it back with every request.',
  status: 'outline',
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
          text: 'A cookie is a small name/value pair (both strings) that a **server asks the browser to keep**. The server sends a `Set-Cookie` header; from then on the browser adds a `Cookie` header to every request to that site.',
        },
        {
          kind: 'code',
          language: 'http',
          caption: 'The conversation',
          code: `GET /upcoming-events HTTP/1.1
Host: www.rithmschool.com

HTTP/1.1 200 OK
Set-Cookie: favorite_food=taco; Path=/

GET /event-detail HTTP/1.1
Host: www.rithmschool.com
Cookie: favorite_food=taco`,
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'A pretend server in this page will replay that conversation for real: a `Favorite color` form sends `GET /handle-form-cookie?fav_color=…`, the response sets the cookie, and `/later-cookie` shows it coming back — every exchange in a raw HTTP log, with a sequence diagram that grows as you go.',
        },
      ],
    },
    {
      id: 'flask-cookies',
      title: 'Cookies in Flask',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'code',
          language: 'python',
          caption: 'Setting and reading a cookie in Flask (the seed lecture\'s demo)',
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
          text: 'Cookies are per **site** (domain) and per **path**, and they travel with every matching request — even for images. Keep them small: browsers drop a cookie whose name and value exceed 4096 bytes.',
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
          text: 'Page JavaScript can read and write cookies too, through `document.cookie`: reading it gives `name=value` pairs only (no attributes), and assigning to it sets **one** cookie.',
        },
        {
          kind: 'code',
          language: 'js',
          code: `document.cookie = "stl_fav_color=blue; Path=/; Max-Age=3600; SameSite=Lax";
document.cookie;   // "stl_fav_color=blue; …other cookies"`,
        },
        { kind: 'demo', demo: 'cookie-from-js' },
        {
          kind: 'p',
          text: 'To see every cookie with its attributes in Chrome: DevTools → Application → Storage → Cookies → this site. HttpOnly cookies appear there but never in `document.cookie`.',
        },
      ],
    },
  ],
  recap: [
    'Servers set cookies with `Set-Cookie`; browsers send them back in `Cookie`.',
    'Cookies are strings, per site and path, sent with every matching request.',
    '`document.cookie` reads name=value pairs and writes one cookie at a time.',
  ],
} satisfies Lesson;
