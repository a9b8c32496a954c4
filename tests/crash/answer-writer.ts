/**
 * Child process of the crash test: saves random answers through the core's audit service, one at a
 * time, and reports each on stdout — `try` before the call, `ack` once it has returned (the
 * transaction committed). The parent kills it with SIGKILL at a random moment and then checks
 * that every acknowledged answer survived. Stdout to a pipe is synchronous on Linux, so a line
 * written is a line the parent will read even if the process dies right after.
 */
import { openCore } from '../../electron/core/core';
import { answerFor, criteriaToAnswer, seededRandom } from './random-answers';

const [dataDir, resourcesDir, auditId, seedText] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !auditId || !seedText) throw new Error('usage: answer-writer DATA RESOURCES AUDIT SEED');

// The parent reading our lines is the point: once it is gone, stop.
process.stdout.on('error', () => process.exit(1));
const core = openCore({ dataDir, resourcesDir, actor: 'crash-test' });
const { audit } = core.audits.get(auditId);
const criteria = criteriaToAnswer(core.standards.standard(audit.standardKey));
const random = seededRandom(Number(seedText));
process.stdout.write('ready\n');

for (let i = 0; ; i += 1) {
  const criterion = criteria[Math.floor(random() * criteria.length)];
  if (!criterion) throw new Error('no criterion to answer');
  const value = answerFor(criterion, random);
  process.stdout.write(`try ${i} ${criterion.id} ${JSON.stringify(value)}\n`);
  // The audit service is what the saveAnswer handler calls; the handler table would also load
  // the PDF and spreadsheet libraries, a second of start-up per kill for nothing under test.
  core.audits.saveAnswer({ auditId, criterionId: criterion.id, value });
  process.stdout.write(`ack ${i}\n`);
}
