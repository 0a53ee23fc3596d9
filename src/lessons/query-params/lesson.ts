import type { Lesson } from '../../content/types.ts';

export const queryParams = {
  slug: 'query-params',
  title: 'Query params and hidden fields',
  summary: 'Carry state in the URL: every link and form passes it on to the next request.',
  status: 'ready',
  // This lesson's state is the query param: links between its steps carry it (the core reads it from here).
  carriesQuery: ['fav-color'],
  youWillLearn: [
    'how `?fav-color=blue` carries state from one page to the next',
    'how a hidden form field passes it along on submit',
    'what happens when a single link forgets it',
  ],
  steps: [
    {
      id: 'introduction',
      title: 'State in the URL',
      panels: ['query'],
      highlight: { query: ['fav-color'] },
      blocks: [
        {
          kind: 'p',
          text: 'The simplest memory is the URL itself. A query string (`?fav-color=blue`) is part of the request, so the server sees it. To keep remembering, **every** link and form on the next page must pass it on.',
        },
        {
          kind: 'p',
          text: 'We will walk the lecture\'s three pages: `step-zero` asks for a colour, `step-one` shows it and passes it on, `step-two` shows it again. Watch the Query string panel: it reads this tab\'s real address bar.',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'Flask reads query params from request.args',
          code: `@app.route("/step-one")
def step_one():
    fav_color = request.args["fav-color"]
    return render_template("step-one.html", fav_color=fav_color)`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Add `?fav-color=green` to the end of this page\'s address and press Enter: the Query string panel shows `fav-color` = `green`. Nothing else on the page changed — the state is only in the URL.',
        },
      ],
    },
    {
      id: 'step-zero',
      title: 'Step zero: ask',
      panels: ['query'],
      highlight: { query: ['fav-color'] },
      blocks: [
        {
          kind: 'p',
          // GET form submission appends the fields as a query string: https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#form-submission-algorithm , https://flask.palletsprojects.com/en/stable/api/#flask.Request.args
          text: 'A form with `method="GET"` puts its fields into the query string of the next request. Pick a colour and submit: the address bar changes to `step-one?fav-color=…`.',
        },
        { kind: 'demo', demo: 'query-color-form' },
        {
          kind: 'code',
          language: 'html',
          caption: 'step-zero.html',
          code: `<form action="/step-one" method="GET">
  <label>Favorite color <input name="fav-color"></label>
  <button>Submit</button>
</form>`,
        },
      ],
    },
    {
      id: 'step-one',
      title: 'Step one: pass it on',
      panels: ['query'],
      highlight: { query: ['fav-color'] },
      blocks: [
        {
          kind: 'p',
          text: 'This page knows your colour only because the URL says so. To get it to step two there are two ways: a link that repeats the param, or a form with a **hidden field**. Try both, and try the link that forgets.',
        },
        { kind: 'demo', demo: 'query-color-carry' },
        {
          kind: 'code',
          language: 'html',
          caption: 'step-one.html: a link and a hidden field both carry the value',
          code: `<a href="/step-two?fav-color={{ fav_color }}">Step two</a>

<form action="/step-two" method="GET">
  <input type="hidden" name="fav-color" value="{{ fav_color }}">
  <button>Continue</button>
</form>`,
        },
        {
          kind: 'p',
          text: 'The lecture shows the hidden field in a **POST** form too. The field then travels in the request body instead of the URL: Flask reads it from `request.form`, the next address has no `?fav-color=`, and a reload makes the browser ask whether to send the form again.',
          // request.form holds the parsed body of a POST form: https://flask.palletsprojects.com/en/stable/api/#flask.Request.form
        },
        {
          kind: 'code',
          language: 'html',
          caption: 'step-one.html, the POST variant: the hidden field goes in the body',
          code: `<form action="/step-two" method="POST">
  <input type="hidden" name="fav-color" value="{{ fav_color }}">
  <button>Continue</button>
</form>`,
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py: step two accepts both; GET reads request.args, POST reads request.form',
          code: `@app.route("/step-two", methods=["GET", "POST"])
def step_two():
    source = request.form if request.method == "POST" else request.args
    return render_template("step-two.html", fav_color=source["fav-color"])`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'See both on a real server',
          text: 'Run the [downloadable Flask demo](/downloads/flask-demo/app.py) (`pip install flask`, then `flask --app app run`) and open `/step-zero`: its step one has both buttons. In DevTools → Network, the GET request shows `fav-color` under the URL\'s query string; the POST request shows it under **Payload** (form data), and the address bar has no query string.',
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          text: 'Hidden is not secret. A hidden field is in the page source and the next URL; anyone can read or change it. Never trust it for prices, roles or user ids.',
        },
      ],
    },
    {
      id: 'step-two',
      title: 'Step two: still there?',
      panels: ['query'],
      highlight: { query: ['fav-color'] },
      blocks: [
        { kind: 'demo', demo: 'query-color-result' },
        {
          kind: 'p',
          text: 'Reload this page: the colour stays, because it is in the URL. Copy the address into another browser: it is still there. That is the strength of URL state: it is **shareable and bookmarkable**.',
        },
        {
          kind: 'list',
          items: [
            'Good for: search terms, filters, page numbers — state someone might want to share.',
            // Default Referrer-Policy strict-origin-when-cross-origin: other origins get only the origin, the same origin the
            // full URL — https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Referrer-Policy and
            // https://w3c.github.io/webappsec-referrer-policy/#default-referrer-policy
            'Bad for: anything private (URLs end up in history, bookmarks and server logs, and the same site\'s `Referer` header; other sites get only the origin, since browsers default to `strict-origin-when-cross-origin`), anything large (practical URL limits are a few kilobytes), and anything that must survive a link that forgets it.',
          ],
        },
        {
          kind: 'quiz',
          id: "query-params/forgetful-link",
          question: "On `step-one?fav-color=blue` you follow a link to `step-two` that has no query string. What does step two know about your colour?",
          options: ["Blue: the hidden field sends it anyway", "Nothing: the link did not carry it", "Blue: the browser keeps query params"],
          answer: "Nothing: the link did not carry it",
          explanation: "URL state lives only in the URL. A link or form that drops it drops the state; nothing else in the browser keeps it.",
          whyWrong: {
            "Blue: the hidden field sends it anyway": "A hidden field is sent only when its own form is submitted; following a link submits no form.",
            "Blue: the browser keeps query params": "Browsers keep no query params between pages: the history has the old URL, but the new request carries only its own.",
          },
          verify: "Use “What if a link forgets the param? Step two without it” in [step one](/lessons/query-params/step-one) and watch the Query string panel go empty.",
        },
      ],
    },
  ],
  recap: [
    'A query string is part of the request: the server reads it with `request.args`.',
    'State in the URL lasts only as long as every link and form carries it forward.',
    'Hidden fields carry state through forms, but they are visible and editable.',
    'URL state is shareable and survives reloads; it is never private.',
  ],
} satisfies Lesson;
