import fc from 'fast-check';
import type { FlaskValue } from '../../../src/stores/flask-session/flask-value.ts';
import { httpDateFromDate } from '../../../src/stores/flask-session/flask-value.ts';
import { TAG_KEYS } from '../../../src/stores/flask-session/tagged-json.ts';

/** Any code point, lone surrogates included (Python str can hold them too). */
const anyText = fc.string({ unit: 'binary', maxLength: 12 });

/** Keys that stress Flask's tagging and Python's key order. */
export const trickyKey = fc.oneof(
  anyText,
  fc.constantFrom(...TAG_KEYS, ' t__', ' di__', '__proto__', 'constructor', '', '\uffff', '\u{1f36a}', '\ue000', '\ud800'),
);

const uuidHex = fc.uuid().map((uuid) => uuid.replaceAll('-', ''));
const httpDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map(httpDateFromDate);

const leaf: fc.Arbitrary<FlaskValue> = fc.oneof(
  fc.constant<FlaskValue>({ type: 'null' }),
  fc.boolean().map((value): FlaskValue => ({ type: 'boolean', value })),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((value): FlaskValue => ({ type: 'int', value })),
  fc.double().map((value): FlaskValue => ({ type: 'float', value })),
  anyText.map((value): FlaskValue => ({ type: 'string', value })),
  fc.uint8Array({ maxLength: 16 }).map((bytes): FlaskValue => ({ type: 'bytes', bytes })),
  anyText.map((html): FlaskValue => ({ type: 'markup', html })),
  uuidHex.map((hex): FlaskValue => ({ type: 'uuid', hex })),
  httpDate.map((http): FlaskValue => ({ type: 'datetime', http })),
);

export const flaskValueArbitrary: fc.Arbitrary<FlaskValue> = fc.letrec<{ value: FlaskValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }).map((items): FlaskValue => ({ type: 'list', items })),
    fc.array(tie('value'), { maxLength: 4 }).map((items): FlaskValue => ({ type: 'tuple', items })),
    fc
      .uniqueArray(fc.tuple(trickyKey, tie('value')), { maxLength: 4, selector: ([key]) => key })
      .map((entries): FlaskValue => ({ type: 'dict', entries: new Map(entries) })),
  ),
})).value;

/** A session is a dict at the top, as Flask requires. */
export const flaskSessionArbitrary: fc.Arbitrary<FlaskValue> = fc
  .uniqueArray(fc.tuple(trickyKey, flaskValueArbitrary), { maxLength: 5, selector: ([key]) => key })
  .map((entries): FlaskValue => ({ type: 'dict', entries: new Map(entries) }));
