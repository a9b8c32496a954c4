/**
 * Self-assessment then on-site verification (平时收集信息加分、现场随机抽查扣分). zh-CN.ts and
 * en-US.ts spread these in; English must carry exactly the Chinese keys (enforced by its type).
 */
export const verificationZhCN = {
  'error.verification_basis': '只能从已完成的自评开始现场核查；审核 {{id}} 是“{{kind}}”，状态“{{status}}”',
  'onsite.pending': '待核实',
  'onsite.confirmed': '现场确认',
  'onsite.corrected': '现场更正',
  'onsite.added': '现场补充',
  'report.section.verification': '自评与现场核查对比',
  'report.verification.basis': '本次现场核查以 {{date}} 的自评（审核 {{id}}）为基础。',
  'report.verification.scores':
    '自评得分 {{basisScore}}（{{basisVerdict}}），现场核查得分 {{score}}（{{verdict}}），差值 {{delta}}。',
  'report.verification.counts':
    '共 {{total}} 项：现场确认 {{confirmed}}，现场更正 {{corrected}}，现场补充 {{added}}，待核实 {{pending}}。',
  'report.verification.missing': '本次现场核查所依据的自评（审核 {{id}}）不在本数据库中，无法逐项对比。',
  'report.verification.none': '现场核查与自评的答案一致。',
  'report.col.self_assessed': '自评',
  'report.col.on_site': '现场核查',
  'cli.desc.audit_verify': '以已完成的自评为基础开始现场核查（预填自评答案），输出新审核的 ID',
  'cli.arg.self_assessment': '要核查的自评审核 ID',
  'ui.onsite.no_answer': '自评未作答',
  'ui.onsite.not_applicable': '不适用（{{reason}}）',
  'ui.onsite.yes': '是',
  'ui.onsite.no': '否',
  'ui.onsite.ticked': '已勾选 {{count}}/{{total}}：{{items}}',
  'ui.onsite.basis_answer': '自评答案：{{answer}}',
  'ui.onsite.confirm': '与自评一致，确认',
  'ui.onsite.summary_title': '核查自评',
  'ui.onsite.summary':
    '{{date}} 自评 {{score}} 分（{{verdict}}）。现场确认 {{confirmed}}，更正 {{corrected}}，补充 {{added}}，待核实 {{pending}}。',
  'ui.wizard.basis': '以自评为基础',
  'ui.wizard.basis_help': '现场核查可从本机构已完成的自评开始：自评答案预先填入，逐项现场确认或更正。',
  'ui.wizard.basis_none': '不使用自评，从空白开始',
  'ui.wizard.basis_option': '{{date}} 自评 · {{score}} 分 · {{verdict}}',
  'ui.wizard.confirm_basis': '核查的自评',
} as const;

export const verificationEnUS: Record<keyof typeof verificationZhCN, string> = {
  'error.verification_basis':
    'An on-site inspection can only start from a completed self-assessment; audit {{id}} is a {{kind}} with status "{{status}}"',
  'onsite.pending': 'To verify',
  'onsite.confirmed': 'Confirmed on site',
  'onsite.corrected': 'Corrected on site',
  'onsite.added': 'Added on site',
  'report.section.verification': 'Self-assessment and on-site verification',
  'report.verification.basis': 'This on-site inspection verified the self-assessment of {{date}} (audit {{id}}).',
  'report.verification.scores':
    'Self-assessed score {{basisScore}} ({{basisVerdict}}), on-site score {{score}} ({{verdict}}), difference {{delta}}.',
  'report.verification.counts':
    '{{total}} items: {{confirmed}} confirmed, {{corrected}} corrected and {{added}} added on site, {{pending}} still to verify.',
  'report.verification.missing':
    'The self-assessment this inspection verified (audit {{id}}) is not in this database, so the items cannot be compared.',
  'report.verification.none': 'The on-site answers agree with the self-assessment.',
  'report.col.self_assessed': 'Self-assessed',
  'report.col.on_site': 'On site',
  'cli.desc.audit_verify':
    'Start an on-site inspection from a completed self-assessment (its answers pre-filled); prints the new audit id',
  'cli.arg.self_assessment': 'Id of the self-assessment to verify',
  'ui.onsite.no_answer': 'Not answered in the self-assessment',
  'ui.onsite.not_applicable': 'Not applicable ({{reason}})',
  'ui.onsite.yes': 'Yes',
  'ui.onsite.no': 'No',
  'ui.onsite.ticked': 'Ticked {{count}}/{{total}}: {{items}}',
  'ui.onsite.basis_answer': 'Self-assessed: {{answer}}',
  'ui.onsite.confirm': 'Same as self-assessed: confirm',
  'ui.onsite.summary_title': 'Verifying a self-assessment',
  'ui.onsite.summary':
    'Self-assessment of {{date}}: {{score}} points ({{verdict}}). Confirmed {{confirmed}}, corrected {{corrected}}, added {{added}}, to verify {{pending}}.',
  'ui.wizard.basis': 'Start from a self-assessment',
  'ui.wizard.basis_help':
    "An on-site inspection can start from the facility's completed self-assessment: its answers are filled in, and each is confirmed or corrected on site.",
  'ui.wizard.basis_none': 'Do not use a self-assessment; start empty',
  'ui.wizard.basis_option': 'Self-assessment of {{date}} · {{score}} points · {{verdict}}',
  'ui.wizard.confirm_basis': 'Self-assessment verified',
};
