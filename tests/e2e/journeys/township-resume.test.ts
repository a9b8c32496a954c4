import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { checkA11y, journey } from '../harness/journey';
import { tabTo } from '../harness/keyboard';
import { criterionView, gotoCriterion, openNewAudit, waitSaved, zh } from '../harness/workspace';

const FACILITY_CODE = 'DEMO-C2-T3';
const NOTE = '卫生院由县政府举办，2021年改扩建完成';
const NA_REASON = '本院暂未托管村卫生室，由县卫健局直接管理';
const TEXT_ANSWER = '2023年“优质服务基层行”达到推荐标准';

interface StoredAnswer {
  criterion_id: string;
  value_json: string | null;
}

journey(
  'a township self-assessment: answers survive a page reload, in the page and in the database file',
  { journey: 'b-township-resume', demoSeed: 1 },
  async (app) => {
    const { page } = app;
    const auditId = await openNewAudit(app, FACILITY_CODE, 'self_assessment');
    const view = criterionView(page);

    // A yes/no answer with a note.
    await gotoCriterion(page, 'BMG-1b');
    await page.keyboard.press('y');
    await tabTo(page, view.getByRole('textbox', { name: zh('ui.workspace.note') }));
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    // Numbers: a digit starts the field, Enter saves and moves on.
    await gotoCriterion(page, 'THC-S-03a');
    await page.keyboard.press('1');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => view.getAttribute('data-criterion-id')).toBe('THC-S-03b');
    await page.keyboard.press('9');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    // A checklist: all items, then one taken off again.
    await gotoCriterion(page, 'THC-P-03');
    await view.getByRole('button', { name: zh('ui.workspace.items_all') }).click();
    const items = view.getByRole('checkbox');
    const itemCount = await items.count();
    await items.last().uncheck();
    // A graded criterion, a free-text one, a "no", and one not applicable with its reason.
    await gotoCriterion(page, 'THC-V-ELD');
    await view.getByText('B', { exact: true }).click();
    await gotoCriterion(page, 'THC-M-04');
    await tabTo(page, view.getByRole('textbox', { name: zh('ui.workspace.text_answer') }));
    await page.keyboard.type(TEXT_ANSWER);
    await page.keyboard.press('Tab');
    await gotoCriterion(page, 'THC-M-02');
    await page.keyboard.press('n');
    await gotoCriterion(page, 'THC-M-03');
    await page.keyboard.press('a');
    await page.keyboard.type(NA_REASON);
    await page.keyboard.press('Enter');
    await waitSaved(page);

    const before = {
      sections: await page.getByTestId('section-nav').textContent(),
      score: await page.getByTestId('score-panel').textContent(),
    };
    const stored = (await app.call('getAudit', { id: auditId })).answers;
    expect(Object.fromEntries(stored.map((a) => [a.criterionId, a.value]))).toEqual({
      'BMG-1b': true,
      'THC-S-03a': 14,
      'THC-S-03b': 92,
      'THC-P-03': expect.any(Array),
      'THC-V-ELD': 'B',
      'THC-M-04': TEXT_ANSWER,
      'THC-M-02': false,
      'THC-M-03': null,
    });
    await app.shot('answered');

    await page.reload();
    await page.getByTestId('workspace').waitFor();
    await checkA11y(app, 'workspace after reload');

    // The page shows everything again: the same progress and score, and each answer in its control.
    await expect.poll(() => page.getByTestId('section-nav').textContent()).toBe(before.sections);
    await expect.poll(() => page.getByTestId('score-panel').textContent()).toBe(before.score);
    await gotoCriterion(page, 'BMG-1b');
    expect(await view.getByRole('radio', { name: zh('ui.workspace.yes'), exact: true }).isChecked()).toBe(true);
    expect(await view.getByRole('textbox', { name: zh('ui.workspace.note') }).inputValue()).toBe(NOTE);
    await gotoCriterion(page, 'THC-S-03a');
    expect(await view.getByRole('spinbutton', { name: zh('ui.workspace.number_answer') }).inputValue()).toBe('14');
    await gotoCriterion(page, 'THC-S-03b');
    expect(await view.getByRole('spinbutton', { name: zh('ui.workspace.number_answer') }).inputValue()).toBe('92');
    await gotoCriterion(page, 'THC-P-03');
    expect(await view.getByRole('checkbox', { checked: true }).count()).toBe(itemCount - 1);
    expect(await items.last().isChecked()).toBe(false);
    await gotoCriterion(page, 'THC-V-ELD');
    expect(await view.getByRole('radio', { name: 'B', exact: true }).isChecked()).toBe(true);
    await gotoCriterion(page, 'THC-M-04');
    expect(await view.getByRole('textbox', { name: zh('ui.workspace.text_answer') }).inputValue()).toBe(TEXT_ANSWER);
    await gotoCriterion(page, 'THC-M-02');
    expect(await view.getByRole('radio', { name: zh('ui.workspace.no'), exact: true }).isChecked()).toBe(true);
    await gotoCriterion(page, 'THC-M-03');
    await view.getByText(zh('ui.workspace.na_marked', { reason: NA_REASON }), { exact: true }).waitFor();
    await app.shot('after-reload');

    // And the database file holds them, read by a connection of its own.
    const file = new Database(app.core.dbFile, { readonly: true, fileMustExist: true });
    try {
      const rows = file
        .prepare('SELECT criterion_id, value_json FROM answer WHERE audit_id = ? ORDER BY criterion_id')
        .all(auditId) as StoredAnswer[];
      expect(rows.map((r) => r.criterion_id)).toEqual(stored.map((a) => a.criterionId).sort());
      const note = file
        .prepare('SELECT note FROM answer WHERE audit_id = ? AND criterion_id = ?')
        .get(auditId, 'BMG-1b') as { note: string | null };
      expect(note.note).toBe(NOTE);
    } finally {
      file.close();
    }
  },
);
