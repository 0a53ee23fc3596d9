import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allSteps, lessons } from '../../src/content/lessons.ts';
import type { Block, Lesson, QuizBlock } from '../../src/content/types.ts';
import { COURSE_ORDER } from '../../src/lessons/course-order.ts';

/** Every piece of text a learner reads in a block, code samples included. */
function texts(block: Block): string[] {
  switch (block.kind) {
    case 'p':
    case 'heading':
      return [block.text];
    case 'callout':
      return [block.title ?? '', block.text];
    case 'list':
      return [...block.items];
    case 'code':
      return [block.caption ?? '', block.code];
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'quiz':
      return [block.question, ...block.options, block.explanation, block.verify, ...Object.values(block.whyWrong)];
    default:
      return [];
  }
}

function lessonTexts(lesson: Lesson): string[] {
  return [lesson.title, lesson.summary, ...lesson.youWillLearn, ...lesson.recap, ...lesson.steps.flatMap((step) => [step.title, ...step.blocks.flatMap(texts)])];
}

const quizzes: { lesson: Lesson; quiz: QuizBlock }[] = allSteps().flatMap(({ lesson, step }) =>
  step.blocks.flatMap((block) => (block.kind === 'quiz' ? [{ lesson, quiz: block }] : [])),
);

describe('example dates', () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  // The one past date a lesson may show: the epoch, which is how servers (Flask included) delete a cookie.
  const DELETION_DATE = Date.UTC(1970, 0, 1);

  const httpDates = lessons.flatMap((lesson) =>
    lessonTexts(lesson).flatMap((text) => [...text.matchAll(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (\w{3}) (\d{4})/g)].map((m) => ({ lesson: lesson.slug, match: m }))),
  );
  const isoExpires = lessons.flatMap((lesson) =>
    lessonTexts(lesson).flatMap((text) => [...text.matchAll(/Expires\W{0,3}(\d{4})-(\d{2})-(\d{2})/gi)].map((m) => ({ lesson: lesson.slug, match: m }))),
  );

  test('the scan finds the course\'s Expires examples (it would pass vacuously otherwise)', () => {
    expect(httpDates.length).toBeGreaterThan(0);
  });

  test('no example date in a lesson lies in the past, and each names its true weekday', () => {
    const now = Date.now();
    for (const { lesson, match } of httpDates) {
      const [text, day = '', dd = '', mon = '', yyyy = ''] = match;
      const time = Date.UTC(Number(yyyy), MONTHS.indexOf(mon), Number(dd));
      expect(MONTHS, `${lesson}: ${text}`).toContain(mon);
      expect(DAYS[new Date(time).getUTCDay()], `${lesson}: ${text} names the wrong weekday`).toBe(day);
      if (time !== DELETION_DATE) expect(time, `${lesson}: the example date ${text} is in the past`).toBeGreaterThan(now);
    }
    for (const { lesson, match } of isoExpires) {
      const [text, yyyy = '', mm = '', dd = ''] = match;
      expect(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)), `${lesson}: ${text} is in the past`).toBeGreaterThan(now);
    }
  });
});

describe('downloads', () => {
  const downloadsDir = resolve(import.meta.dirname, '../../public/downloads');
  const files = (readdirSync(downloadsDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => `/downloads/${relative(downloadsDir, resolve(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .filter((path) => !/\/(__pycache__|\.venv|flask_session)\//.test(path));
  const links = new Set(lessons.flatMap((lesson) => lessonTexts(lesson).flatMap((text) => [...text.matchAll(/\]\((\/downloads\/[^)\s]+)\)/g)].map((m) => m[1] ?? ''))));

  test('every file under public/downloads/ is linked from a lesson page', () => {
    expect(files.length).toBeGreaterThan(0);
    const unlinked = files.filter((file) => !links.has(file));
    expect(unlinked, `no lesson links ${unlinked.join(', ')}`).toEqual([]);
  });

  test('every download link points at a file that exists', () => {
    for (const link of links) expect(existsSync(resolve(downloadsDir, `.${link.slice('/downloads'.length)}`)), link).toBe(true);
  });
});

describe('checks of understanding test understanding', () => {
  test('each wrong option says why it is wrong, and only wrong options do', () => {
    for (const { quiz } of quizzes) {
      const wrong = quiz.options.filter((option) => option !== quiz.answer);
      expect(Object.keys(quiz.whyWrong).sort(), quiz.id).toEqual([...wrong].sort());
      for (const reason of Object.values(quiz.whyWrong)) expect(reason.length, quiz.id).toBeGreaterThan(20);
    }
  });

  test('the correct option is not a giveaway by its place: it is first in at most a quarter of the checks', () => {
    const first = quizzes.filter(({ quiz }) => quiz.options[0] === quiz.answer).map(({ quiz }) => quiz.id);
    expect(first.length, `answer first in ${first.join(', ')}`).toBeLessThanOrEqual(Math.floor(quizzes.length / 4));
    const positions = new Set(quizzes.map(({ quiz }) => quiz.options.indexOf(quiz.answer)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  test('the correct option is not a giveaway by its length: never much longer than the longest wrong one', () => {
    for (const { quiz } of quizzes) {
      const longestWrong = Math.max(...quiz.options.filter((option) => option !== quiz.answer).map((option) => option.length));
      expect(quiz.answer.length, `${quiz.id}: "${quiz.answer}"`).toBeLessThanOrEqual(Math.ceil(longestWrong * 1.4));
    }
  });

  test('every lesson asks about each cookie attribute it says it teaches', () => {
    const attributes: readonly [string, RegExp][] = [
      ['Expires / Max-Age', /Expires|Max-Age/],
      ['Domain', /\bDomain\b/],
      ['Path', /\bPath\b/],
      ['HttpOnly', /HttpOnly/],
      ['Secure', /\bSecure\b/],
      ['SameSite', /SameSite/],
    ];
    for (const lesson of lessons) {
      const promised = lesson.youWillLearn.join(' ');
      const asked = quizzes.filter((q) => q.lesson.slug === lesson.slug).map(({ quiz }) => [quiz.question, ...quiz.options].join(' ')).join(' ');
      for (const [name, pattern] of attributes) {
        if (pattern.test(promised)) expect(pattern.test(asked), `${lesson.slug} teaches ${name} but no check of understanding asks about it`).toBe(true);
      }
    }
  });
});

describe('the lecture\'s goals', () => {
  test('the first lesson defines stateless and checks it', () => {
    const first = lessons[0];
    expect(first?.slug).toBe('stateless-http');
    const text = first ? lessonTexts(first).join(' ') : '';
    expect(text).toMatch(/\*\*Stateless\*\*, in one sentence/);
    expect(quizzes.some(({ quiz }) => quiz.id === 'stateless-http/what-stateless-means')).toBe(true);
  });

  test('the hands-on Flask lesson comes after server-side sessions, before the summary, with its own checks', () => {
    const order: readonly string[] = COURSE_ORDER;
    const at = order.indexOf('flask-sessions-hands-on');
    expect(at).toBeGreaterThan(order.indexOf('server-side-sessions'));
    expect(at).toBeLessThan(order.indexOf('which-to-use'));
    expect(quizzes.filter(({ lesson }) => lesson.slug === 'flask-sessions-hands-on').length).toBeGreaterThanOrEqual(4);
  });

  test('the hands-on lesson practises what the lecture shows', () => {
    const lesson = lessons.find((l) => l.slug === 'flask-sessions-hands-on');
    const text = lesson ? lessonTexts(lesson).join('\n') : '';
    for (const needle of ['pip install flask', 'flask run', 'session.pop', 'session.clear()', "{{ session['fav_number'] }}", 'SECRET_KEY', 'session.modified = True', 'app.session_interface.regenerate(session)']) {
      expect(text, needle).toContain(needle);
    }
  });

  test('the query-params lesson shows the POST hidden-field variant beside the GET one', () => {
    const lesson = lessons.find((l) => l.slug === 'query-params');
    const text = lesson ? lessonTexts(lesson).join('\n') : '';
    expect(text).toContain('method="GET"');
    expect(text).toContain('method="POST"');
    expect(text).toContain('request.form');
  });

  test('the cookies lesson shows Python learners the Flask code, and no TypeScript listing of the server', () => {
    const step = lessons.find((l) => l.slug === 'cookies')?.steps.find((s) => s.id === 'flask-cookies');
    const code = step?.blocks.flatMap((block) => (block.kind === 'code' ? [block] : [])) ?? [];
    expect(code.map((block) => block.language)).toEqual(['python']);
  });

  test('no page calls the lecture anything a learner would not know ("seed")', () => {
    for (const lesson of lessons) expect(lessonTexts(lesson).join(' '), lesson.slug).not.toMatch(/\bseed\b/i);
  });
});
