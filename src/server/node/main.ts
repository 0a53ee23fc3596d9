import { startCourseServer } from './start.ts';

/** The entry `npm start` runs (compiled to dist-server/main.js by scripts/start.mjs). */
startCourseServer().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
