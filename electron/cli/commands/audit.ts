import { Option, type Command } from 'commander';
import {
  AUDIT_KINDS,
  AUDIT_STATUSES,
  type AnswerValue,
  type AuditKind,
  type AuditStatus,
} from '../../../shared/domain/audit';
import { FACILITY_LEVELS, type FacilityLevel, type Locale } from '../../../shared/domain/common';
import type { Criterion } from '../../../shared/domain/standard';
import { formatAnswerValue } from '../../core/audits/answer-parse';
import { auditCells, auditHeadings } from '../audit-columns';
import { printJson, printLines, printTable, t } from '../output';
import { printScore, renderStored } from '../score-view';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';
import { registerAuditFiles } from './audit-files';
import { resolveFacility } from './facilities';
import { resolveStandardKey } from './standards';

type ListOptions = CommonOptions & {
  facility?: string;
  level?: FacilityLevel;
  kind?: AuditKind;
  status?: AuditStatus;
  query?: string;
};

function answerText(
  criterion: Criterion | undefined,
  value: AnswerValue | null,
  reason: string | undefined,
  locale: Locale,
): string {
  if (value === null) return t(locale, 'cli.not_applicable', { reason: reason ?? '' });
  return criterion ? String(formatAnswerValue(criterion, value, locale)) : JSON.stringify(value);
}

export function registerAudit(program: Command, locale: Locale): void {
  const group = program.command('audit').description(t(locale, 'cli.desc.audit'));

  addCommon(group.command('list').description(t(locale, 'cli.desc.audit_list')), locale, true)
    .option('--facility <id>', t(locale, 'cli.opt.facility'))
    .addOption(new Option('--level <level>', t(locale, 'cli.opt.level')).choices(FACILITY_LEVELS))
    .addOption(new Option('--kind <kind>', t(locale, 'cli.opt.kind')).choices(AUDIT_KINDS))
    .addOption(new Option('--status <status>', t(locale, 'cli.opt.status')).choices(AUDIT_STATUSES))
    .option('--query <text>', t(locale, 'cli.opt.query'))
    .action(async (opts: ListOptions) => {
      const out = outputOf(opts);
      const list = await withSession(opts, async (s) => {
        const facilityId = opts.facility ? (await resolveFacility(s, opts.facility)).id : undefined;
        const { level, kind, status, query } = opts;
        return s.call('listAudits', {
          ...(facilityId ? { facilityId } : {}),
          ...(level ? { level } : {}),
          ...(kind ? { kind } : {}),
          ...(status ? { status } : {}),
          ...(query ? { query } : {}),
        });
      });
      if (out.json) {
        return printJson(
          list.map((a) => ({
            id: a.id,
            facility: a.facilityName,
            facilityId: a.facilityId,
            facilityCode: a.facilityCode,
            level: a.level,
            kind: a.kind,
            status: a.status,
            verdict: a.verdict,
            score: a.score,
            complete: a.complete,
            answered: a.answered,
            applicable: a.applicable,
            standard: a.standardKey,
            auditDate: a.auditDate,
            revision: a.revision,
          })),
        );
      }
      const l = out.locale;
      return printTable(
        [...auditHeadings(l), t(l, 'cli.col.score'), t(l, 'cli.col.progress'), t(l, 'cli.col.date')],
        list.map((a) => [
          ...auditCells(l, { ...a, facility: a.facilityName }),
          a.score,
          `${a.answered}/${a.applicable}`,
          a.auditDate,
        ]),
      );
    });

  addCommon(
    group.command('show').argument('<id>', t(locale, 'cli.arg.audit')).description(t(locale, 'cli.desc.audit_show')),
    locale,
    true,
  ).action(async (id: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const view = await withSession(opts, async (s) => {
      const detail = await s.call('getAudit', { id });
      const facility = await s.call('getFacility', { id: detail.audit.facilityId });
      const { standard } = await s.call('getStandard', { key: detail.audit.standardKey });
      const score = await s.call('getScore', { id });
      return { detail, facility, standard, score };
    });
    if (out.json) return printJson({ ...view.detail, facility: view.facility });
    const l = out.locale;
    const { audit, answers, rosters, findings } = view.detail;
    printLines(
      t(l, 'cli.audit_header', {
        facility: view.facility.name,
        code: view.facility.code,
        level: `@level.${view.facility.level}`,
        kind: `@kind.${audit.kind}`,
        status: `@status.${audit.status}`,
        date: audit.auditDate,
      }),
      t(l, 'cli.audit_standard', { standard: `${view.standard.title[l]} (${audit.standardKey})` }),
      t(l, 'cli.rosters', {
        staff: rosters.staff.length,
        equipment: rosters.equipment.length,
        drugs: rosters.drugs.length,
        findings: findings.length,
      }),
      '',
    );
    const byId = new Map(answers.map((a) => [a.criterionId, a]));
    const criteria = new Map(view.standard.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
    printTable(
      [
        t(l, 'form.col.criterion_id'),
        t(l, 'form.col.title'),
        t(l, 'cli.col.result'),
        t(l, 'form.col.answer'),
        t(l, 'cli.col.reason'),
      ],
      view.score.criteria.map((c) => {
        const answer = byId.get(c.criterionId);
        return [
          c.criterionId,
          criteria.get(c.criterionId)?.title[l] ?? '',
          t(l, `cli.result.${c.status}`),
          answer ? answerText(criteria.get(c.criterionId), answer.value, answer.notApplicableReason, l) : '',
          renderStored(l, c.reason),
        ];
      }),
    );
    return undefined;
  });

  addCommon(
    group.command('score').argument('<id>', t(locale, 'cli.arg.audit')).description(t(locale, 'cli.desc.audit_score')),
    locale,
    true,
  ).action(async (id: string, opts: CommonOptions) => {
    const out = outputOf(opts);
    const { score, standard } = await withSession(opts, async (s) => {
      const detail = await s.call('getAudit', { id });
      return {
        score: await s.call('getScore', { id }),
        standard: (await s.call('getStandard', { key: detail.audit.standardKey })).standard,
      };
    });
    if (out.json) return printJson(score);
    return printScore(score, standard, out.locale);
  });

  addCommon(group.command('new').description(t(locale, 'cli.desc.audit_new')), locale, true)
    .requiredOption('--facility <id>', t(locale, 'cli.opt.facility'))
    .option('--standard <key>', t(locale, 'cli.opt.standard'))
    .addOption(new Option('--kind <kind>', t(locale, 'cli.opt.kind')).choices(AUDIT_KINDS).default('self_assessment'))
    .option('--unannounced', t(locale, 'cli.opt.unannounced'))
    .option('--date <yyyy-mm-dd>', t(locale, 'cli.opt.date'))
    .action(
      async (
        opts: CommonOptions & {
          facility: string;
          standard?: string;
          kind: AuditKind;
          unannounced?: boolean;
          date?: string;
        },
      ) => {
        const out = outputOf(opts);
        const audit = await withSession(opts, async (s) => {
          const facility = await resolveFacility(s, opts.facility);
          const standardKey = opts.standard ? await resolveStandardKey(s, opts.standard) : undefined;
          return s.call('createAudit', {
            facilityId: facility.id,
            kind: opts.kind,
            announced: !opts.unannounced,
            ...(standardKey ? { standardKey } : {}),
            ...(opts.date ? { auditDate: opts.date } : {}),
          });
        });
        if (out.json) return printJson(audit);
        return printLines(audit.id);
      },
    );

  addCommon(group.command('verify').description(t(locale, 'cli.desc.audit_verify')), locale, true)
    .argument('<self-assessment-id>', t(locale, 'cli.arg.self_assessment'))
    .addOption(
      new Option('--kind <kind>', t(locale, 'cli.opt.kind'))
        .choices(['on_site_inspection', 'spot_check'])
        .default('on_site_inspection'),
    )
    .option('--unannounced', t(locale, 'cli.opt.unannounced'))
    .option('--date <yyyy-mm-dd>', t(locale, 'cli.opt.date'))
    .action(
      async (
        basisId: string,
        opts: CommonOptions & { kind: 'on_site_inspection' | 'spot_check'; unannounced?: boolean; date?: string },
      ) => {
        const out = outputOf(opts);
        const audit = await withSession(opts, (s) =>
          s.call('startVerification', {
            basisId,
            kind: opts.kind,
            announced: !opts.unannounced,
            ...(opts.date ? { auditDate: opts.date } : {}),
          }),
        );
        if (out.json) return printJson(audit);
        return printLines(audit.id);
      },
    );

  registerAuditFiles(group, locale);
}
