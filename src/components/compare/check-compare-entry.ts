import { COMPARE_VALUE_MAX, compareEntryProblem, type CompareEntryProblem } from '../../stores/experiments/compare-keys.ts';

/** What the learner is told for each rule a pair breaks (the rules: compare-keys.ts). */
const PROBLEM_MESSAGES: Readonly<Record<CompareEntryProblem, string>> = {
  'no-name': 'Type a name first.',
  'bad-name': 'A name is 1–30 letters, digits, "-" or "_", starting with a letter or digit: it must work as a cookie name and a URL segment.',
  'no-value': 'Type a value too: an empty value is hard to tell from a missing one.',
  'long-value': `Keep the value to ${COMPARE_VALUE_MAX} characters (it goes into a cookie and the URL).`,
  'dot-value': 'A value of only "." or ".." cannot travel in a URL path: browsers remove such a segment. Add another character.',
};

/** Why a name or value cannot be written everywhere, or null when it can (the form's message; it loads with the form). */
export function checkCompareEntry(name: string, value: string): string | null {
  const problem = compareEntryProblem(name, value);
  return problem === null ? null : PROBLEM_MESSAGES[problem];
}
