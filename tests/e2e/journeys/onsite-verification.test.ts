import { expect } from 'vitest';
import { checkA11y, journey } from '../harness/journey';
import { gotoCriterion, waitSaved, zh } from '../harness/workspace';

const FACILITY_CODE = 'DEMO-C1-T1-V1';

journey(
  'an on-site inspection starts from the self-assessment, and each answer is confirmed or corrected',
  { journey: 'f-onsite-verification', demoSeed: 1 },
  async (app) => {
    const { page } = app;
    const [basis] = (await app.call('listAudits', { query: FACILITY_CODE, kind: 'self_assessment' })).filter(
      (a) => a.status === 'completed',
    );
    if (!basis) throw new Error(`the demo has a completed self-assessment of ${FACILITY_CODE}`);
    const basisDetail = await app.call('getAudit', { id: basis.id });

    // The wizard offers the self-assessment once the kind is an on-site inspection.
    await app.open('/audits');
    await page.getByRole('button', { name: zh('ui.audits.new') }).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByRole('searchbox', { name: zh('ui.wizard.facility_search') }).fill(FACILITY_CODE);
    await expect.poll(() => page.getByTestId('wizard-facilities').locator('tbody tr').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('wizard-step-standard').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('wizard-step-kind').waitFor();
    await expect(page.getByTestId('wizard-basis').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: new RegExp(zh('kind.on_site_inspection')) }).check();
    const option = page.getByRole('radio', {
      name: zh('ui.wizard.basis_option', {
        date: basis.auditDate,
        score: basis.score,
        verdict: zh(`verdict.${basis.verdict}`),
      }),
    });
    await option.check();
    await checkA11y(app, 'wizard: kind with a self-assessment');
    await app.shot('wizard-basis');
    await page.getByRole('button', { name: zh('ui.wizard.next') }).click();
    await page.getByTestId('wizard-step-team').waitFor();
    await page.getByRole('button', { name: zh('ui.wizard.next') }).click();
    await page.getByTestId('wizard-step-confirm').waitFor();
    await expect(page.getByTestId('wizard-step-confirm').textContent()).resolves.toContain(
      zh('ui.wizard.confirm_basis'),
    );
    await page.getByRole('button', { name: zh('ui.wizard.create') }).click();

    // The workspace starts with every self-assessed answer, still to verify.
    await page.getByTestId('workspace').waitFor();
    const auditId = decodeURIComponent(new URL(page.url()).hash.replace('#/audits/', ''));
    const start = await app.call('getVerification', { id: auditId });
    expect(start?.basis.auditId).toBe(basis.id);
    const total = basisDetail.answers.length;
    const summary = page.getByTestId('onsite-summary');
    const counts = (confirmed: number, corrected: number, pending: number) =>
      zh('ui.onsite.summary', {
        date: basis.auditDate,
        score: basis.score,
        verdict: zh(`verdict.${basis.verdict}`),
        confirmed,
        corrected,
        added: 0,
        pending,
      });
    await expect.poll(() => summary.textContent()).toContain(counts(0, 0, total));
    await checkA11y(app, 'workspace: on-site verification');

    // Confirm one yes answer as self-assessed; correct another to no.
    const yes = basisDetail.answers.filter((a) => a.value === true).map((a) => a.criterionId);
    const [confirmId, correctId] = yes;
    if (!confirmId || !correctId) throw new Error('the self-assessment has two yes answers');
    const check = page.getByTestId('criterion-view').getByTestId('onsite-check');
    await gotoCriterion(page, confirmId);
    await expect.poll(() => check.getAttribute('data-check')).toBe('pending');
    await page.getByRole('button', { name: zh('ui.onsite.confirm') }).click();
    await expect.poll(() => check.getAttribute('data-check')).toBe('confirmed');
    await gotoCriterion(page, correctId);
    await page.keyboard.press('n');
    await expect.poll(() => check.getAttribute('data-check')).toBe('corrected');
    await expect(check.textContent()).resolves.toContain(zh('ui.onsite.basis_answer', { answer: zh('ui.onsite.yes') }));
    await waitSaved(page);
    await expect.poll(() => summary.textContent()).toContain(counts(1, 1, total - 2));
    await app.shot('workspace-verified');

    // The core counts the same.
    const after = await app.call('getVerification', { id: auditId });
    expect(after?.counts).toEqual({ pending: total - 2, confirmed: 1, corrected: 1, added: 0 });
  },
);
