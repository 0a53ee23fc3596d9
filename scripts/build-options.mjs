// The options `npm run build` takes, parsed strictly: an option the build does not know stops it
// with a message naming the option. `--base /repo/` and `--base=/repo/` are the same (node:util
// parseArgs: https://nodejs.org/api/util.html#utilparseargsconfig).
import { parseArgs } from 'node:util';

export const BUILD_USAGE = 'usage: npm run build [-- --base <path>] [--outDir <dir>]';

const options = {
  base: { type: 'string' },
  outDir: { type: 'string' },
};

/** Thrown for arguments the build does not take; its message names the argument and the usage. */
export class BuildOptionsError extends Error {}

/** `{ base, outDir }` from the command line (each undefined when not given). */
export function parseBuildOptions(args) {
  let values;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new BuildOptionsError(`${explain(error, args)}\n${BUILD_USAGE}`);
  }
  for (const name of Object.keys(options)) {
    if (values[name] === '') throw new BuildOptionsError(`--${name} needs a value\n${BUILD_USAGE}`);
  }
  return { base: values.base, outDir: values.outDir };
}

function explain(error, args) {
  const message = error instanceof Error ? error.message : String(error);
  switch (error?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      return `npm run build does not know the option ${option}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const argument = /'([^']+)'/.exec(message)?.[1] ?? args.find((arg) => !arg.startsWith('-'));
      return `npm run build takes no argument ${argument}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `npm run build: ${message}`;
    default:
      return message;
  }
}
