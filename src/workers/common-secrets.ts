/**
 * SECRET_KEY values that turn up in published defaults of real products, tutorials, docs and
 * templates: the first things anyone trying to forge a Flask session would try (flask-unsign's
 * users ask for exactly these). Each published default says where it comes from; the generic
 * words after them are the usual guesses. Order matters only for speed.
 */
export interface KnownSecret {
  readonly secret: string;
  /** Where the value is published, for the learner (and for whoever checks this list). */
  readonly source: string;
}

export const PUBLISHED_FLASK_SECRETS: readonly KnownSecret[] = [
  { secret: 'SHHHHHHHHHH SEEKRIT', source: "the lecture's demo app" },
  { secret: 'dev', source: "Flask's own tutorial (flaskr): app.config.from_mapping(SECRET_KEY='dev'), https://flask.palletsprojects.com/en/stable/tutorial/factory/" },
  { secret: 'development key', source: "the old Flask tutorial's flaskr (Flask 0.x docs)" },
  {
    secret: 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET',
    source: "Apache Superset's default SECRET_KEY since 1.4.1 (superset/config.py; CVE-2023-27524, https://www.cve.org/CVERecord?id=CVE-2023-27524)",
  },
  {
    secret: '\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h',
    source: "Apache Superset before 1.4.1 and Flask-AppBuilder's app template: SECRET_KEY = '\\2\\1thisismyscretkey\\1\\2\\\\e\\\\y\\\\y\\\\h' (CVE-2023-27524)",
  },
  { secret: 'thisISaSECRET_1234', source: "a Superset deployment template, listed in the CVE-2023-27524 write-ups (Horizon3.ai, 2023)" },
  { secret: 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY', source: "Superset's documentation example, listed in the CVE-2023-27524 write-ups" },
  { secret: 'TEST_NON_DEV_SECRET', source: "Superset's docker compose environment, listed in the CVE-2023-27524 write-ups" },
  { secret: 'c292a0a3aa32397cdb050e233733900f', source: "Redash's former default REDASH_COOKIE_SECRET (redash/settings/__init__.py; CVE-2021-41192)" },
  { secret: 'temporary_key', source: "Apache Airflow's former default [webserver] secret_key (airflow/config_templates/default_airflow.cfg)" },
  { secret: 'you-will-never-guess', source: "Miguel Grinberg's Flask Mega-Tutorial config.py fallback" },
  { secret: 'hard to guess string', source: "Miguel Grinberg's Flask Web Development (Flasky) config.py fallback" },
  { secret: 'super secret key', source: 'Flask snippets and Stack Overflow answers on sessions' },
];

const GENERIC_GUESSES: readonly string[] = [
  'secret',
  'secret-key',
  'secret_key',
  'secretkey',
  'SECRET_KEY',
  'secret key',
  'mysecret',
  'my-secret',
  'my_secret',
  'mysecretkey',
  'my-secret-key',
  'my_secret_key',
  'supersecret',
  'super-secret',
  'super secret key',
  'super-secret-key',
  'your-secret-key',
  'your_secret_key',
  'yoursecretkey',
  'changeme',
  'change-me',
  'change_me',
  'CHANGEME',
  'changethis',
  'change-this-secret',
  'password',
  'passw0rd',
  'Password1',
  'flask',
  'flask-secret',
  'flask-secret-key',
  'flasksecret',
  'flask_secret_key',
  'devkey',
  'dev-key',
  'dev_key',
  'development',
  'default',
  'key',
  'mykey',
  'test',
  'testing',
  'test-secret',
  'admin',
  'root',
  'insecure',
  'notsecret',
  'not-so-secret',
  'keyboard cat',
  'sekrit',
  's3cr3t',
  's3cret',
  '123456',
  '12345678',
  '1234567890',
  'qwerty',
  'abc123',
  'letmein',
  'hunter2',
  'session',
  'app',
  'example',
  'foobar',
];

/** Every built-in guess, published defaults first, each once. */
export const COMMON_FLASK_SECRETS: readonly string[] = [...new Set([...PUBLISHED_FLASK_SECRETS.map((known) => known.secret), ...GENERIC_GUESSES])];
