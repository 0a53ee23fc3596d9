import { useState } from 'react';
import type { Exchange } from '../stores/pretend-http/http-types.ts';
import { useCourseServer, type CourseServerHandle, type SendOptions } from './use-course-server.ts';

export interface CourseServerPage {
  readonly server: CourseServerHandle;
  /** The last page the server answered, shown in the demo's browser window. */
  readonly page: Exchange | null;
  /** Sends a request (real server or pretend) and shows its answer; null when nothing answered. */
  readonly go: (path: string, options?: SendOptions) => Promise<Exchange | null>;
}

/** A demo's conversation with the course's server: each request's answer becomes the page shown. */
export function useCourseServerPage(): CourseServerPage {
  const server = useCourseServer();
  const [page, setPage] = useState<Exchange | null>(null);
  const go = async (path: string, options?: SendOptions): Promise<Exchange | null> => {
    const exchange = await server.send(path, options);
    if (exchange !== null) setPage(exchange);
    return exchange;
  };
  return { server, page, go };
}
