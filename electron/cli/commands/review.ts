import { InvalidArgumentError, Option, type Command } from 'commander';
import { FACILITY_LEVELS, type FacilityLevel, type Locale } from '../../../shared/domain/common';
import { REPORT_LANGS, type ReportLang } from '../../../shared/ipc/contracts/reports';
import { ReviewScopeSchema, type ReviewSummary, type Sample } from '../../../shared/ipc/contracts/review';
import { rateText } from '../../../shared/logic/review/rates';
import { parseOrThrow } from '../../../shared/validation';
import { writeFileAtomically } from '../../core/reports/report-file';
import { createReviewService } from '../../core/review/review-service';
import { renderSummaryFile } from '../../core/review/summary-export';
import { rateLines } from '../../core/review/summary-text';
import { reportText } from '../../core/reports/report-text';
import { printJson, printLines, printTable, t } from '../output';
import { addCommon, outputOf, withSession, type CommonOptions } from '../session';

interface ScopeOptions {
  path?: string[];
  level?: FacilityLevel;
  asOf?: string;
}

/** "云南省/昆明市" -> ["云南省", "昆明市"]; the contract checks each name. */
const placePath = (value: string): string[] =>
  value
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(value);
  return n;
}

const scopeOf = (opts: ScopeOptions) => ({
  path: opts.path ?? [],
  ...(opts.level ? { level: opts.level } : {}),
  ...(opts.asOf ? { asOf: opts.asOf } : {}),
});

function withScope(cmd: Command, locale: Locale, asOf: boolean): Command {
  cmd
    .option('--path <places>', t(locale, 'review.cli.opt_path'), placePath)
    .addOption(new Option('--level <level>', t(locale, 'cli.opt.level')).choices(FACILITY_LEVELS));
  if (asOf) cmd.option('--as-of <date>', t(locale, 'review.cli.opt_as_of'));
  return cmd;
}

/** "达标 893 / 899 (99.3%)" per level, then the ranking of the places one level down. */
function printSummary(l: Locale, summary: ReviewSummary): void {
  const place = summary.scope.path.join(' ') || t(l, 'review.all_places');
  printLines(
    t(l, 'review.cli.heading', { place, date: summary.scope.asOf ?? '' }),
    ...rateLines(reportText(l), summary),
    t(l, 'review.cli.blank_spots', { count: summary.blankSpots.length }),
    t(l, 'review.findings_line', {
      open: summary.findings.open,
      overdue: summary.findings.overdue,
      closed: summary.findings.closed,
    }),
    '',
  );
  printTable(
    [
      t(l, 'review.col.rank'),
      t(l, `review.child.${summary.childLevel}`),
      t(l, 'review.col.rate'),
      t(l, 'review.col.average'),
      t(l, 'review.col.blocking'),
      t(l, 'review.col.open_findings'),
    ],
    summary.places.map((p) => [p.rank, p.name, rateText(p), p.averageScore ?? '—', p.blockingFailures, p.openFindings]),
  );
}

function printSample(l: Locale, sample: Sample): void {
  printLines(
    t(l, 'review.sample_line', {
      id: sample.id,
      seed: sample.seed,
      method: `@review.method.${sample.request.method}`,
      count: sample.facilities.length,
      population: sample.populationSize,
    }),
  );
  printTable(
    [t(l, 'cli.col.code'), t(l, 'cli.col.name'), t(l, 'cli.col.region'), t(l, 'review.col.criterion')],
    sample.facilities.map((f) => [f.code, f.name, f.path.join(' > '), f.criteria.map((c) => c.criterionId).join(', ')]),
  );
}

export function registerReview(program: Command, locale: Locale): void {
  const group = program.command('review').description(t(locale, 'review.cli.desc'));

  addCommon(
    withScope(group.command('summary').description(t(locale, 'review.cli.desc_summary')), locale, true),
    locale,
    true,
  ).action(async (opts: CommonOptions & ScopeOptions) => {
    const out = outputOf(opts);
    const summary = await withSession(opts, (s) => s.call('reviewSummary', scopeOf(opts)));
    if (out.json) return printJson(summary);
    return printSummary(out.locale, summary);
  });

  addCommon(
    withScope(group.command('sample').description(t(locale, 'review.cli.desc_sample')), locale, false),
    locale,
    true,
  )
    .requiredOption('--count <n>', t(locale, 'review.cli.opt_count'), nonNegativeInt)
    .option('--seed <seed>', t(locale, 'review.cli.opt_seed'))
    .addOption(
      new Option('--method <method>', t(locale, 'review.cli.opt_method'))
        .choices(['uniform', 'risk_weighted'])
        .default('uniform'),
    )
    .option('--criteria <k>', t(locale, 'review.cli.opt_criteria'), nonNegativeInt, 0)
    .action(
      async (
        opts: CommonOptions &
          ScopeOptions & { count: number; seed?: string; method: 'uniform' | 'risk_weighted'; criteria: number },
      ) => {
        const out = outputOf(opts);
        const sample = await withSession(opts, (s) =>
          s.call('drawSample', {
            ...(opts.seed === undefined ? {} : { seed: opts.seed }),
            path: opts.path ?? [],
            ...(opts.level ? { level: opts.level } : {}),
            facilityCount: opts.count,
            method: opts.method,
            criteriaCount: opts.criteria,
          }),
        );
        if (out.json) return printJson(sample);
        return printSample(out.locale, sample);
      },
    );

  withScope(group.command('export').description(t(locale, 'review.cli.desc_export')), locale, true)
    .addOption(
      new Option('--format <format>', t(locale, 'review.cli.opt_format'))
        .choices(['xlsx', 'pdf'])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', t(locale, 'review.cli.opt_out'))
    .addOption(
      new Option('--period <period>', t(locale, 'review.cli.opt_period')).choices(['week', 'month']).default('month'),
    )
    // The file's language, which may be both; messages then follow the environment.
    .addOption(new Option('--lang <lang>', t(locale, 'cli.opt.report_lang')).choices(REPORT_LANGS).default('zh-CN'))
    .option('--data-dir <dir>', t(locale, 'cli.opt.data_dir'))
    .option('--json', t(locale, 'cli.opt.json'))
    .action(
      async (
        opts: ScopeOptions & {
          dataDir?: string;
          json?: boolean;
          format: 'xlsx' | 'pdf';
          out: string;
          period: 'week' | 'month';
          lang: ReportLang;
        },
      ) => {
        const out = outputOf({
          ...(opts.json ? { json: true } : {}),
          ...(opts.lang === 'both' ? {} : { lang: opts.lang }),
        });
        const written = await withSession({ ...(opts.dataDir ? { dataDir: opts.dataDir } : {}) }, async (s) => {
          const rendered = await renderSummaryFile(createReviewService(s.core), {
            scope: parseOrThrow(ReviewScopeSchema, scopeOf(opts), 'review export'),
            format: opts.format,
            period: opts.period,
            lang: opts.lang,
          });
          writeFileAtomically(opts.out, rendered.bytes);
          return { path: opts.out, bytes: rendered.bytes.length, asOf: rendered.summary.scope.asOf };
        });
        if (out.json) return printJson(written);
        return printLines(t(out.locale, 'review.cli.written', { path: written.path, bytes: written.bytes }));
      },
    );
}
