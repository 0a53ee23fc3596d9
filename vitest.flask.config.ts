import { defineConfig } from 'vitest/config';

/**
 * `npm run test:flask`: our Flask session codec against a live Flask (python3 with Flask importable,
 * or FLASK_PYTHON naming one). Kept out of `npm test`, which needs Node only; .ci/run installs
 * python3-flask and runs this too.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.flask.test.ts'],
    testTimeout: 60_000,
  },
});
