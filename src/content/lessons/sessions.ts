import type { Lesson } from '../types.ts';

export const sessionsLesson = {
  slug: 'sessions',
  title: 'Sessions: a signed magic dictionary',
  summary: 'Flask\'s session keeps typed data in a cookie that users can read but not change.',
  status: 'outline',
  youWillLearn: [
    'how Flask\'s `session` behaves like a dictionary that keeps types',
    'that the session cookie is only encoded, not encrypted',
    'how the signature and `SECRET_KEY` stop tampering',
  ],
  steps: [
    {
      id: 'magic-dictionary',
      title: 'The magic dictionary',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Cookies hold strings. Flask\'s `session` holds numbers, lists, dictionaries — and gets them back with the same types on the next request. It does that by serializing the dictionary to JSON, signing it, and storing the result in one cookie named `session`.',
        },
        {
          kind: 'code',
          language: 'python',
          code: `app.config["SECRET_KEY"] = "SHHHHHHHHHH SEEKRIT"   # never ship this one!

@app.route("/demo")
def demo():
    session["fav_number"] = 42
    session["fav_foods"] = ["taco", "pizza"]
    return "saved"

@app.route("/later")
def later():
    return f"{session['fav_number'] + 1}"   # 43: still an int`,
        },
      ],
    },
    {
      id: 'signed-not-secret',
      title: 'Signed, not secret',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'A Flask session cookie looks like `eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidk…`: three parts separated by dots. The first is just base64 of `{"fav_number":42}` — anyone can read it. The second is when it was signed. The third is an HMAC signature made with the `SECRET_KEY`: change one byte of the data and the signature no longer matches, so Flask throws the session away.',
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'A byte-for-byte Flask-compatible session codec running in your browser, the [Flask session tool](/tools/flask-session) to decode, verify and sign real cookies, and a demo where you edit one character and watch verification fail.',
        },
      ],
    },
  ],
  recap: [
    'Flask\'s session is a dictionary stored in a signed cookie.',
    'Anyone can read it; only someone with the SECRET_KEY can change it.',
    'Keep the SECRET_KEY secret and long, and out of your repository.',
  ],
} satisfies Lesson;
