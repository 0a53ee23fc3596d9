/**
 * The few Node APIs these tests need, loaded at run time with minimal local
 * types: the app's tsconfig has no Node types, and pulling them in globally
 * would change types for everyone else's browser code.
 */

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
  existsSync(path: URL): boolean;
}

export interface SpawnResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
}

interface NodeChildProcess {
  spawnSync(
    command: string,
    args: readonly string[],
    options: { input?: string; encoding: 'utf8'; env?: Record<string, string | undefined>; timeout?: number; maxBuffer?: number },
  ): SpawnResult;
}

interface NodeProcess {
  readonly env: Record<string, string | undefined>;
}

async function load<T>(specifier: string): Promise<T> {
  return (await import(/* @vite-ignore */ specifier)) as T;
}

export async function readTextFile(url: URL): Promise<string> {
  const fs = await load<NodeFs>('node:fs');
  if (!fs.existsSync(url)) throw new Error(`Missing file ${url.pathname}`);
  return fs.readFileSync(url, 'utf8');
}

export async function runProcess(
  command: string,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<SpawnResult> {
  const childProcess = await load<NodeChildProcess>('node:child_process');
  const nodeProcess = await load<NodeProcess>('node:process');
  return childProcess.spawnSync(command, args, {
    input: options.input,
    encoding: 'utf8',
    env: { ...nodeProcess.env, ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}
