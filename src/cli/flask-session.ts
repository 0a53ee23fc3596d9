import { isMainThread, workerData } from 'node:worker_threads';
import { parseCli, UsageError, USAGE, type Cli } from './cli-options.ts';
import { guess } from './guess-command.ts';
import { runGuessThread } from './guess-thread-main.ts';
import type { ThreadJob } from './guess-threads.ts';
import { decode, sign, verify } from './read-commands.ts';

/**
 * `npx flask-session decode|verify|sign|guess`: the page's Flask session codec
 * (src/stores/flask-session) on the command line, with flask-unsign's options
 * (https://github.com/Paradoxis/Flask-Unsign: --decode, --unsign, --sign, --secret, --salt,
 * --legacy, --cookie-name, --wordlist, --threads) and --json for scripts.
 * Exit status: 0 valid / found / done, 1 invalid, expired or not found, 2 bad input or usage.
 * This same bundle is the guessing threads' script (see the bottom of this file).
 */

export async function main(argv: readonly string[], script: URL): Promise<number> {
  let cli: Cli | 'help';
  try {
    cli = parseCli(argv);
  } catch (error) {
    process.stderr.write(`flask-session: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (cli === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const run = { decode, verify, sign, guess: (c: Cli) => guess(c, script) }[cli.command];
    const output = await run(cli);
    process.stdout.write(cli.json ? `${JSON.stringify(output.json)}\n` : `${output.lines.filter(Boolean).join('\n')}\n`);
    return output.status;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (cli.json) process.stdout.write(`${JSON.stringify({ ok: false, reason: error.message })}\n`);
    process.stderr.write(`flask-session: ${error.message}\n`);
    return 2;
  }
}

const job = workerData as ThreadJob | null;
if (!isMainThread && job?.role === 'flask-session-guess') {
  runGuessThread(job);
} else if (isMainThread) {
  main(process.argv.slice(2), new URL(import.meta.url)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`flask-session: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
