import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { RUNTIME_FLAGS, runtimeFlags } from './runtime.js';

describe('runtimeFlags', () => {
  const all = RUNTIME_FLAGS.map((f) => `--${f.name}=${f.value}`);
  const cases: Array<[string, string[], string | undefined, string[]]> = [
    ['nothing set by the user: every flag', [], undefined, all],
    ['other node options: every flag', ['--enable-source-maps'], '--max-old-space-size=4096', all],
    ['set on the command line: left alone', ['--interrupt-budget=1000'], undefined, []],
    ['set in NODE_OPTIONS: left alone', [], '--interrupt-budget=1000', []],
    ['set with underscores: left alone', ['--interrupt_budget=1000'], undefined, []],
  ];
  for (const [what, execArgv, nodeOptions, want] of cases)
    it(what, () => assert.deepEqual(runtimeFlags(execArgv, nodeOptions), want));

  it('every flag is one V8 knows, with a reason', () => {
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const f of RUNTIME_FLAGS) {
      assert.ok(known.includes(`--${f.name} `), `V8 has no --${f.name}`);
      assert.ok(Number.isInteger(f.value) && f.value > 0);
      assert.ok(f.reason.length > 20);
    }
  });
});
