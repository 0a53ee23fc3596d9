import type { FlaskValue } from './flask-value.ts';
import { pythonFloatRepr } from './python-json-format.ts';

/** None, a bool, an int or a float: the values whose repr() and str() are the same in Python. */
export type FlaskScalar = Extract<FlaskValue, { readonly type: 'null' | 'boolean' | 'int' | 'float' }>;

/**
 * Python's repr() (and str()) of a scalar: `None`, `True`/`False`, the int's digits, the float's
 * shortest round-trip digits (float.__repr__, as json.dumps writes them) and `nan`, `inf`, `-inf`.
 * The tool's typed view shows it; the tagged JSON decoder uses it for Markup of such a value
 * (Flask stores str(value)). https://docs.python.org/3/library/functions.html#repr
 */
export function pythonScalarRepr(value: FlaskScalar): string {
  switch (value.type) {
    case 'null':
      return 'None';
    case 'boolean':
      return value.value ? 'True' : 'False';
    case 'int':
      return value.value.toString();
    case 'float':
      if (Number.isNaN(value.value)) return 'nan';
      if (!Number.isFinite(value.value)) return value.value > 0 ? 'inf' : '-inf';
      return pythonFloatRepr(value.value);
  }
}
