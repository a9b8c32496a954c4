import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import { bundleChild, RESOURCES_DIR } from '../../crash/bundle';
import { seededRandom } from '../../crash/random-answers';
import { useTempDirs } from '../../helpers/temp-dir';
import { villageClinic } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-crash-');
const KILLS = 100;

interface Attempt {
  criterionId: string;
  value: string;
}

/** One child life: start it, let it save for a random while, SIGKILL it, and return what it said. */
async function killOnce(writer: string, dataDir: string, auditId: string, seed: number, runMs: number) {
  const child = spawn(process.execPath, [writer, dataDir, RESOURCES_DIR, auditId, String(seed)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const tries = new Map<number, Attempt>();
  const acked: number[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const lines = createInterface({ input: child.stdout });
  const ready = new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      const [kind, index, criterionId, ...value] = line.split(' ');
      if (kind === 'ready') resolve();
      else if (kind === 'try' && criterionId) tries.set(Number(index), { criterionId, value: value.join(' ') });
      else if (kind === 'ack') acked.push(Number(index));
    });
  });
  await Promise.race([ready, exited]);
  await new Promise((resolve) => setTimeout(resolve, runMs));
  child.kill('SIGKILL');
  const signal = await exited;
  lines.close();
  return { signal, stderr, tries, acked };
}

describe('crash safety', () => {
  it(`keeps every acknowledged answer through ${KILLS} SIGKILLs in the middle of saving`, { timeout: 600_000 }, async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const setup = openCore({ dataDir, resourcesDir: RESOURCES_DIR, actor: 'crash-test' });
    const facility = setup.facilities.create(villageClinic({ variant: 'vc-yunnan' }));
    const audit = setup.audits.create({ facilityId: facility.id, kind: 'self_assessment', announced: true, team: [] });
    setup.close();

    const writer = bundleChild('tests/crash/answer-writer.ts');
    const random = seededRandom(20261123);
    /** The value each criterion must have: the last acknowledged one (or the one in flight at the kill). */
    const expected = new Map<string, string>();
    let acknowledged = 0;
    let inFlightKept = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const life = await killOnce(writer, dataDir, audit.id, 1000 + kill, Math.floor(random() * 60));
      expect(life.stderr, `kill ${kill}`).toBe('');
      expect(life.signal, `kill ${kill} ended by SIGKILL`).toBe('SIGKILL');
      const ackedSet = new Set(life.acked);
      for (const index of life.acked) {
        const attempt = life.tries.get(index);
        if (attempt) expected.set(attempt.criterionId, attempt.value);
      }
      acknowledged += life.acked.length;
      // At most one save was in flight: it may or may not have committed.
      const inFlight = [...life.tries.entries()].find(([index]) => !ackedSet.has(index))?.[1];

      const core = openCore({ dataDir, resourcesDir: RESOURCES_DIR, actor: 'crash-check' });
      try {
        expect(core.db.pragma('integrity_check', { simple: true }), `kill ${kill}`).toBe('ok');
        expect(core.repos.events.verify().ok, `kill ${kill}: event log chain`).toBe(true);
        const stored = new Map(core.repos.answers.listByAudit(audit.id).map((a) => [a.criterionId, canonicalJson(a.value)]));
        if (inFlight && stored.get(inFlight.criterionId) === inFlight.value && expected.get(inFlight.criterionId) !== inFlight.value) {
          // The kill came after the commit and before the acknowledgement: the newer value is the truth now.
          expected.set(inFlight.criterionId, inFlight.value);
          inFlightKept += 1;
        }
        for (const [criterionId, value] of expected) {
          expect(stored.get(criterionId), `kill ${kill}: acknowledged answer ${criterionId}`).toBe(value);
        }
      } finally {
        core.close();
      }
    }
    console.log(
      `crash: ${KILLS} SIGKILLs during saves, ${acknowledged} acknowledged saves, ${expected.size} answers checked after every kill, ` +
        `${inFlightKept} in-flight saves found committed, 0 lost, integrity_check ok every time`,
    );
    expect(acknowledged).toBeGreaterThan(KILLS);
  });
});
