import fc from 'fast-check';
import { matchRoutes } from 'react-router-dom';
import { expect, test } from 'vitest';
import { requireStep } from '../../src/content/outline.ts';
import { stepPath } from '../../src/config/paths.ts';

const { lesson, step } = requireStep('url-path', 'step-two');

test('a step URL built from a colour reads back as that colour, and building it again gives the same URL (no re-encoding per hop)', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((c) => c !== '.' && c !== '..'), (color) => {
      const url = stepPath(lesson, step, { pathValue: color });
      // matchRoutes decodes the path as the router does for useParams.
      const match = matchRoutes([{ path: '/lessons/:slug/fav-color/:color/:stepId' }], url)?.[0];
      expect(match?.params.color).toBe(color);
      // The next hop builds from what the router decoded: the same URL, not one more %25 per hop.
      expect(stepPath(lesson, step, { pathValue: match?.params.color ?? '' })).toBe(url);
    }),
  );
  expect(stepPath(lesson, step, { pathValue: 'a/b' })).toBe('/lessons/url-path/fav-color/a%2Fb/step-two');
});
