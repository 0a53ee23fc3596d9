import { createCourseApp } from '../app.ts';
import { nodeServerSetup, type NodeServerOptions } from './node-config.ts';

/** The course's Hono app configured from the environment, for every Node entry point. */
export function createNodeCourseApp(options: NodeServerOptions) {
  const setup = nodeServerSetup(options);
  const app = createCourseApp({ config: setup.config, prefix: setup.prefix, sessionStorage: setup.sessionStorage });
  return { app, ...setup };
}
