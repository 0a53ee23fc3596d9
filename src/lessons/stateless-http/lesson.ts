import type { Lesson } from '../../content/types.ts';

export const statelessHttp = {
  slug: 'stateless-http',
  title: 'HTTP is a goldfish',
  summary: 'Every request arrives alone: the server remembers nothing between them unless the request carries it.',
  status: 'ready',
  youWillLearn: [
    'why a web server cannot tell two requests from the same person apart',
    'what "stateless" means for HTTP',
    'the places state can travel instead: the URL, the page, the browser, the server',
  ],
  steps: [
    {
      id: 'goldfish',
      title: 'A server with no memory',
      panels: ['query', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'HTTP is a **goldfish**. Each request your browser sends is a complete, standalone message: a method, a path, some headers, maybe a body. The server reads it, answers, and forgets. The next request starts from nothing.',
        },
        {
          kind: 'p',
          // RFC 9110 §3.3: "HTTP is defined as a stateless protocol, meaning that each request message's semantics
          // can be understood in isolation" — https://www.rfc-editor.org/rfc/rfc9110#section-3.3
          text: '**Stateless**, in one sentence: the server may keep all the data it likes (a database, files), but HTTP carries no memory from one request to the next, so **each request must itself say who is asking**.',
        },
        {
          kind: 'p',
          text: 'That is a feature, not a bug: any server in a fleet can answer any request, and a crashed server loses nothing. But it means that "remember my favourite colour" needs a plan.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'Talk to a goldfish',
          text: 'Introduce yourself to the pretend server below, then ask it who you are. Watch the raw requests in the HTTP log: the second one carries no name, so the server cannot know it. Send the same request twice: you get the same answer twice.',
        },
        { kind: 'demo', demo: 'goldfish-server' },
        {
          kind: 'p',
          text: 'The server is simulated — it runs inside this page, because a static site has no server of its own — but the messages are real HTTP/1.1, exactly as a browser and a Flask app would exchange them. The same pretend server answers the [cookie lessons](/lessons/cookies), where the browser starts to send state back.',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'The same goldfish in Flask: each view sees only its own request.',
          code: `@app.route("/greet")
def greet():
    name = request.args.get("name")   # only what THIS request carries
    if name is None:
        return "Hello, stranger. Who are you?"
    return f"Hello, {name}! (I will forget you at once.)"`,
        },
      ],
    },
    {
      id: 'ways-to-remember',
      title: 'Ways to remember',
      panels: ['query', 'path', 'localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Since the server forgets, state has to travel with each request, or live somewhere the next request can reach. This course walks through every option a web app has, and the panels beside this text show what your own browser is holding right now.',
        },
        {
          kind: 'table',
          caption: 'Where state can live',
          head: ['Strategy', 'Lives in', 'Sent to the server?', 'Lesson'],
          rows: [
            ['Query params, hidden fields', 'the URL / the form', 'yes, in that request', '[Query params](/lessons/query-params)'],
            ['URL path', 'the URL', 'yes, in that request', '[URL path](/lessons/url-path)'],
            ['localStorage', 'the browser, per origin', 'never', '[localStorage](/lessons/local-storage)'],
            ['sessionStorage', 'the browser, per tab', 'never', '[sessionStorage](/lessons/session-storage)'],
            ['Cookies', 'the browser, per host (or Domain) and path', 'with every matching request', '[Cookies](/lessons/cookies)'],
            ['Sessions', 'a signed cookie, or the server', 'the cookie is', '[Sessions](/lessons/sessions)'],
          ],
        },
        {
          kind: 'callout',
          variant: 'note',
          text: 'The panels are live. Open DevTools (F12), run `localStorage.setItem("hello", "goldfish")` in the console, and the localStorage panel shows it at once.',
        },
        {
          kind: 'quiz',
          id: "stateless-http/second-request",
          question: "You send `GET /greet?name=Ada`, then `GET /greet`. What does the goldfish server answer the second time?",
          options: ["An error: it expects the name again", "Hello, Ada: it kept the first request", "Hello, stranger: no name this time"],
          answer: "Hello, stranger: no name this time",
          explanation: "Each HTTP request stands alone. The server only knows what this request carries: no name, no memory.",
          whyWrong: {
            "An error: it expects the name again": "The view handles a missing name on purpose (`name is None`): it greets a stranger, it does not fail.",
            "Hello, Ada: it kept the first request": "Nothing in the second request says Ada, and the view keeps nothing between requests.",
          },
          verify: "Send both requests in [the goldfish demo](/lessons/stateless-http) and read the second response in the HTTP log.",
        },
        {
          kind: 'quiz',
          id: "stateless-http/what-stateless-means",
          question: "A Flask shop keeps every order in its database. Is its HTTP still stateless?",
          options: [
            "No: a server with a database has state",
            "Yes: each request must still say who sends it",
            "Only while nobody is logged in",
          ],
          answer: "Yes: each request must still say who sends it",
          explanation: "Stateless is about requests, not servers: the data can sit in a database, but the server learns whose order to show only from what each request carries (a cookie, a token, a URL).",
          whyWrong: {
            "No: a server with a database has state": "Servers may store anything. Stateless means the protocol does not link one request to the next.",
            "Only while nobody is logged in": "Logging in does not change HTTP: after login every request carries a cookie that says who you are.",
          },
          verify: "In [the goldfish demo](/lessons/stateless-http), the server answers the same request the same way every time, whatever came before.",
        },
      ],
    },
  ],
  recap: [
    'HTTP requests are independent: the server keeps no memory of earlier ones.',
    'Anything the server should "remember" must come with the request or be stored where it can look it up.',
    'The rest of the course: each place state can live, with its trade-offs.',
  ],
} satisfies Lesson;
