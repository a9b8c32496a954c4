import { expect } from 'vitest';
import type { Criterion } from '../../../shared/domain/standard';
import { checkA11y, journey } from '../harness/journey';
import { hasFocus, openTab, pickOption, tabTo } from '../harness/keyboard';
import { textOf, waitSaved, zh } from '../harness/workspace';

const FACILITY_CODE = 'DEMO-C2-T3-V1';
const NA_CRITERION = 'VC-V-06';
const NA_REASON = '本村无建档立卡贫困人口中的慢性病患者';
const DRUG_INITIALS = ['amxl', 'blf', 'xbdp', 'ejsg', 'aqms'];

/** Criteria the auditor answers in the criteria tab (the rest are derived from the rosters). */
function answeredInCriteriaTab(criterion: Criterion): boolean {
  if (criterion.kind === 'roster_count' || criterion.kind === 'drug_coverage') return false;
  return !(criterion.kind === 'list_coverage' && criterion.source !== 'answer');
}

journey(
  'a village clinic on-site inspection, from the wizard to completion, with the keyboard only',
  { journey: 'a-village-inspection', demoSeed: 1 },
  async (app) => {
    const { page } = app;
    const [facility] = await app.call('listFacilities', { query: FACILITY_CODE });
    if (!facility) throw new Error(`demo facility ${FACILITY_CODE} is missing`);

    // The wizard, from the audits list: Alt+N.
    await app.open('/audits');
    await page.getByRole('button', { name: zh('ui.audits.new') }).waitFor();
    await page.keyboard.press('Alt+N');
    const search = page.getByRole('searchbox', { name: zh('ui.wizard.facility_search') });
    await expect.poll(() => hasFocus(search)).toBe(true);
    await page.keyboard.type(FACILITY_CODE);
    await expect.poll(() => page.getByTestId('wizard-facilities').locator('tbody tr').count()).toBe(1);
    await checkA11y(app, 'wizard: facility');
    await app.shot('wizard-facility');
    await page.keyboard.press('Enter');

    // Standard: the facility's level is pre-selected; Enter moves on.
    await page.getByTestId('wizard-step-standard').waitFor();
    await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(1);
    await checkA11y(app, 'wizard: standard');
    await page.keyboard.press('Enter');

    // Kind: on-site inspection, announced, today's date.
    await page.getByTestId('wizard-step-kind').waitFor();
    const onSite = page.getByRole('radio', { name: new RegExp(zh('kind.on_site_inspection')) });
    await tabTo(page, page.getByRole('radio', { name: new RegExp(zh('kind.self_assessment')) }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => onSite.isChecked()).toBe(true);
    await checkA11y(app, 'wizard: kind');
    await page.keyboard.press('Enter');

    // Team: one leader.
    await page.getByTestId('wizard-step-team').waitFor();
    await tabTo(page, page.getByRole('button', { name: zh('ui.wizard.member_add') }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => hasFocus(page.getByRole('textbox', { name: zh('ui.wizard.member_name', { n: 1 }) })))
      .toBe(true);
    await page.keyboard.type('王建国');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('石门县卫生健康局');
    await checkA11y(app, 'wizard: team');
    await page.keyboard.press('Enter');

    // Confirm: the create button has the focus.
    await page.getByTestId('wizard-step-confirm').waitFor();
    await expect(page.getByTestId('wizard-step-confirm').textContent()).resolves.toContain('王建国');
    await checkA11y(app, 'wizard: confirm');
    await app.shot('wizard-confirm');
    await page.keyboard.press('Enter');

    // The workspace of the new audit.
    await page.getByTestId('workspace').waitFor();
    const auditId = decodeURIComponent(new URL(page.url()).hash.replace('#/audits/', ''));
    const { audit } = await app.call('getAudit', { id: auditId });
    expect(audit).toMatchObject({ facilityId: facility.id, kind: 'on_site_inspection', announced: true });
    expect(audit.team).toEqual([{ name: '王建国', role: 'leader', organisation: '石门县卫生健康局' }]);
    const { standard } = await app.call('getStandard', { key: audit.standardKey });
    const initial = await app.call('getScore', { id: auditId });
    const notApplicable = new Set(
      initial.criteria.filter((c) => c.status === 'not_applicable').map((c) => c.criterionId),
    );
    const criteria = standard.sections.flatMap((s) => s.criteria);
    await checkA11y(app, 'workspace');
    await app.shot('workspace-start');

    // Every criterion in reading order: y/n, digits + Enter, Space on checklist items; j moves on.
    const view = page.getByTestId('criterion-view');
    for (const [index, criterion] of criteria.entries()) {
      await expect.poll(() => view.getAttribute('data-criterion-id')).toBe(criterion.id);
      const toAnswer = answeredInCriteriaTab(criterion) && !notApplicable.has(criterion.id);
      if (toAnswer && criterion.id === NA_CRITERION) {
        await page.keyboard.press('a');
        const reason = page.getByRole('textbox', { name: zh('ui.workspace.na_reason') });
        await expect.poll(() => hasFocus(reason)).toBe(true);
        await page.keyboard.type(NA_REASON);
        await page.keyboard.press('Enter');
        await view.getByText(zh('ui.workspace.na_marked', { reason: NA_REASON }), { exact: true }).waitFor();
      } else if (toAnswer && criterion.kind === 'yes_no') {
        await page.keyboard.press(index % 7 === 3 ? 'n' : 'y');
      } else if (toAnswer && (criterion.kind === 'area' || criterion.kind === 'number')) {
        await page.keyboard.press('8');
        await page.keyboard.type('5');
        await page.keyboard.press('Enter');
        await expect.poll(() => view.getAttribute('data-criterion-id')).not.toBe(criterion.id);
        continue;
      } else if (toAnswer && criterion.kind === 'list_coverage') {
        // Tick every item but the last, from the first checkbox on.
        const boxes = view.getByRole('checkbox');
        await tabTo(page, boxes.first());
        const count = await boxes.count();
        for (let i = 0; i < count; i++) {
          if (i < count - 1) await page.keyboard.press('Space');
          if (i < count - 1) await page.keyboard.press('Tab');
        }
        await expect.poll(() => view.getByRole('checkbox', { checked: true }).count()).toBe(count - 1);
        await page.keyboard.press('Escape');
      } else if (toAnswer) {
        throw new Error(`no keyboard recipe for ${criterion.id} (${criterion.kind})`);
      }
      if (index < criteria.length - 1) await page.keyboard.press('j');
    }
    await waitSaved(page);
    await app.shot('criteria-answered');

    // Staff: a verified village doctor, entered on the add line.
    await openTab(page, new RegExp(zh('ui.workspace.tab.staff')));
    const staffName = page.getByRole('textbox', {
      name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.name') }),
    });
    await tabTo(page, staffName);
    await page.keyboard.type('李春梅');
    await page.keyboard.press('Tab');
    await pickOption(
      page,
      page.getByRole('combobox', {
        name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.qualification') }),
      }),
      zh('qualification.village_doctor'),
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('YN-VD-2019-0451');
    await page.keyboard.press('Tab');
    await page.keyboard.type('松林镇凉水村卫生室');
    await tabTo(
      page,
      page.getByRole('checkbox', {
        name: zh('ui.rosters.staff.new_cell', { column: zh('ui.rosters.staff.verified') }),
      }),
    );
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => textOf(page.getByTestId('staff-summary')))
      .toBe(zh('ui.rosters.staff.summary', { count: 1, verified: 1 }));
    await waitSaved(page);
    await checkA11y(app, 'workspace: staff');
    await app.shot('staff');

    // Equipment: every item the standard expects is present and working (Space, ↓).
    await openTab(page, new RegExp(zh('ui.workspace.tab.equipment')), { back: true });
    const presentName = new RegExp(`^${zh('ui.rosters.equipment.present_of', { name: '' })}`);
    const present = page.getByRole('checkbox', { name: presentName });
    await present.first().waitFor();
    const expectedItems = await present.count();
    await tabTo(page, present.first());
    for (let i = 0; i < expectedItems; i++) {
      await page.keyboard.press('Space');
      if (i < expectedItems - 1) await page.keyboard.press('ArrowDown');
    }
    await expect
      .poll(() => page.getByRole('checkbox', { name: presentName, checked: true }).count())
      .toBe(expectedItems);
    await waitSaved(page);
    await checkA11y(app, 'workspace: equipment');
    await app.shot('equipment');

    // Drugs by pinyin initials: type, Enter toggles the best match in stock, the next initials replace the query.
    await openTab(page, new RegExp(zh('ui.workspace.tab.drugs')), { back: true });
    const drugSearch = page.getByRole('searchbox', { name: zh('ui.rosters.drugs.search') });
    await tabTo(page, drugSearch);
    for (const initials of DRUG_INITIALS) {
      await page.keyboard.type(initials);
      await expect.poll(() => drugSearch.inputValue()).toBe(initials);
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => textOf(page.getByTestId('drug-variety-count')))
      .toBe(
        zh('ui.rosters.drugs.varieties_min', {
          count: DRUG_INITIALS.length,
          min: Number(standard.params.vc_drug_min_varieties?.value),
        }),
      );
    await waitSaved(page);
    await checkA11y(app, 'workspace: drugs');
    await app.shot('drugs');

    // Complete: the completion check passes, the audit is 已完成 in the page and in the database.
    await tabTo(page, page.getByRole('button', { name: zh('ui.workspace.complete') }), { back: true, max: 120 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('audit-status').getAttribute('data-status')).toBe('completed');
    await checkA11y(app, 'workspace: completed');
    await app.shot('completed');

    const detail = await app.call('getAudit', { id: auditId });
    expect(detail.audit.status).toBe('completed');
    expect(detail.rosters.staff).toEqual([
      expect.objectContaining({
        name: '李春梅',
        qualification: 'village_doctor',
        licenseNo: 'YN-VD-2019-0451',
        practiceSite: '松林镇凉水村卫生室',
        verified: true,
      }),
    ]);
    expect(detail.rosters.equipment.filter((e) => e.present && e.working)).toHaveLength(expectedItems);
    expect(
      detail.rosters.drugs
        .filter((d) => d.inStock)
        .map((d) => d.genericName)
        .sort(),
    ).toHaveLength(DRUG_INITIALS.length);
    expect(detail.answers.find((a) => a.criterionId === NA_CRITERION)).toMatchObject({
      value: null,
      notApplicableReason: NA_REASON,
    });
    const score = await app.call('getScore', { id: auditId });
    expect(score.criteria.find((c) => c.criterionId === 'BMG-2c')?.status).toBe('pass');
    expect(score.criteria.filter((c) => c.status === 'unanswered')).toEqual([]);
    expect(await app.pointerEvents()).toBe(0);
  },
);
