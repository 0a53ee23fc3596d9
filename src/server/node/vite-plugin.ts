import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin } from 'vite';
import { createNodeCourseApp } from './course-node-app.ts';

/**
 * `npm run dev` serves the course's real server beside the pages: the handlers under
 * `<base>api/`, mounted with Vite's configureServer hook (https://vite.dev/guide/api-plugin#configureserver)
 * through @hono/node-server's getRequestListener (https://github.com/honojs/node-server).
 * `vite preview` gets them too (configurePreviewServer); `npm run preview` stays static-only.
 */
export function courseServerPlugin(): Plugin {
  const mount = (middlewares: Connect.Server, base: string, logger: { info(message: string): void }): void => {
    const { app, prefix, config, sessionStorage } = createNodeCourseApp({ base, log: (line) => logger.info(line) });
    const listener = getRequestListener(app.fetch);
    middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      // Connect strips a mount path from req.url, and Hono needs the whole path: match it here.
      const path = (req.url ?? '').split('?', 1)[0] ?? '';
      if (path !== prefix && !path.startsWith(`${prefix}/`)) {
        next();
        return;
      }
      void listener(req, res);
    });
    logger.info(
      `  The course's server answers under ${prefix}/ (sessions: ${sessionStorage}; SECRET_KEY: ${config.generatedSecretKey === null ? 'from the environment' : 'made up for this run'}).`,
    );
  };
  return {
    name: 'course-server',
    configureServer(server) {
      if (server.config.mode === 'test') return; // Vitest's own Vite server: tests mount the app themselves.
      mount(server.middlewares, server.config.base, server.config.logger);
    },
    configurePreviewServer(server) {
      mount(server.middlewares, server.config.base, server.config.logger);
    },
  };
}
