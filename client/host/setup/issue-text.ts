// The server's verdict ("judges[5].name: 不能为空 (must not be empty)") as people read it:
// "第 6 位评委：姓名不能为空". Rows are counted from 1 and named when they have a name; only the
// interface's language is shown. The raw strings stay the key for marking rows and sections.
import { ContestDefinitionDraft, formatIssues } from '../../../shared/definition.ts';
import type { Lang } from '../../common/i18n.tsx';
import { oneLanguage } from '../../../shared/issue-words.ts';
import { compactDraft, definitionFromDraft, type Draft } from './draft.ts';

type ListKey = 'criteria' | 'judgeGroups' | 'judges' | 'presenters' | 'appraisalOptions';

type Row = { zh: (n: number) => string; en: (n: number) => string; name: (d: Draft, i: number) => string; list: [zh: string, en: string] };
const rows: Record<ListKey, Row> = {
  criteria: { zh: (n) => `第 ${n} 项评分细则`, en: (n) => `Criterion ${n}`, name: (d, i) => d.criteria[i]?.name ?? '', list: ['评分细则', 'criteria'] },
  judgeGroups: { zh: (n) => `第 ${n} 个评委组`, en: (n) => `Judge group ${n}`, name: (d, i) => d.judgeGroups[i]?.name ?? '', list: ['评委组', 'judge groups'] },
  judges: { zh: (n) => `第 ${n} 位评委`, en: (n) => `Judge ${n}`, name: (d, i) => d.judges[i]?.name ?? '', list: ['评委', 'judges'] },
  presenters: { zh: (n) => `第 ${n} 个汇报单位`, en: (n) => `Presenter ${n}`, name: (d, i) => d.presenters[i]?.unit ?? '', list: ['汇报单位', 'presenters'] },
  appraisalOptions: { zh: (n) => `第 ${n} 个测评选项`, en: (n) => `Appraisal option ${n}`, name: (d, i) => d.appraisal.custom[i]?.name ?? '', list: ['测评选项', 'appraisal options'] },
};

const fields: Record<string, [zh: string, en: string]> = {
  name: ['名称', 'name'],
  title: ['职务', 'title'],
  group: ['组别', 'group'],
  weight: ['权重', 'weight'],
  max: ['满分', 'maximum'],
  unit: ['单位', 'unit'],
  speaker: ['汇报人', 'speaker'],
  description: ['说明', 'description'],
  theme: ['主题', 'theme'],
  date: ['日期', 'date'],
  tier: ['参赛对象', 'participants'],
  venue: ['地点', 'venue'],
  reportSeconds: ['汇报时长', 'report time'],
  qaSeconds: ['问答时长', 'Q&A time'],
  warnAtSeconds: ['提醒时间', 'warning times'],
  scoreStep: ['打分步长', 'score step'],
  decimals: ['保留小数位', 'decimals'],
  tieBreak: ['并列规则', 'tie-breaks'],
  answerSeconds: ['答复时长', 'answer time'],
  points: ['分值', 'points'],
  options: ['测评选项', 'appraisal options'],
  appraisal: ['民主测评', 'appraisal'],
};
/** Fields of the rules inside an object, by their path, as the form labels them. */
const nestedFields: Record<string, [zh: string, en: string]> = {
  'overtimePenalty.everySeconds': ['超时扣分的“每超时（秒）”', 'overtime penalty: every (seconds)'],
  'overtimePenalty.points': ['超时扣分的“扣（分）”', 'overtime penalty: deduct (points)'],
  'overtimePenalty.max': ['超时扣分的“最多扣（分）”', 'overtime penalty: at most (points)'],
  'aggregation.dropHighest': ['去掉最高分个数', 'highest marks dropped'],
  'aggregation.dropLowest': ['去掉最低分个数', 'lowest marks dropped'],
  'questions.answerSeconds': ['每题答复计时', 'answer time per question'],
};

/** A judge's name is 姓名, a criterion's or group's is 名称; the contest's own title is 比赛名称. */
function fieldLabel(list: string, field: string, path: string, lang: Lang): string {
  const k = lang === 'zh' ? 0 : 1;
  if (list === 'rules' && nestedFields[path]) return nestedFields[path][k];
  if (list === 'title' && field === 'title') return lang === 'zh' ? '比赛名称' : 'title';
  if (list === 'judges' && field === 'name') return lang === 'zh' ? '姓名' : 'name';
  return fields[field]?.[k] ?? field;
}

/**
 * zod's own words for a number out of range or missing (the schema gives no sentence of its
 * own there): "Too small: expected number to be >0" read as 须大于 0, a field left empty as 不能为空.
 */
function zodWords(message: string, lang: Lang): string | null {
  const range = /^Too (small|big): expected number to be ([<>]=?)(-?[\d.]+)$/.exec(message);
  if (range) {
    const [, , op, n] = range;
    const zh = { '>': '须大于', '>=': '不能小于', '<': '须小于', '<=': '不能大于' }[op!] ?? '超出范围';
    const en = { '>': 'must be more than', '>=': 'must be at least', '<': 'must be less than', '<=': 'must be at most' }[op!] ?? 'is out of range';
    return lang === 'zh' ? `${zh} ${n}` : `${en} ${n}`;
  }
  if (/^Invalid input: expected (number|int), received (null|NaN|undefined)$/.test(message)) return lang === 'zh' ? '不能为空' : 'must not be empty';
  if (/^Invalid input: expected int, received number$/.test(message)) return lang === 'zh' ? '须为整数' : 'must be a whole number';
  // An imported file written by hand: a field of the wrong kind, or one the definition has not.
  const kind = /^Invalid input: expected (\w+), received \w+$/.exec(message)?.[1];
  if (kind) return lang === 'zh' ? `应为${kinds[kind]?.[0] ?? kind}` : `must be ${kinds[kind]?.[1] ?? kind}`;
  const keys = /^Unrecognized keys?: (.*)$/.exec(message)?.[1];
  if (keys) return lang === 'zh' ? `有未知的字段 ${keys}` : `has unknown fields ${keys}`;
  return null;
}

const kinds: Record<string, [zh: string, en: string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['是或否（true / false）', 'true or false'],
  array: ['列表', 'a list'],
  object: ['一组字段', 'a set of fields'],
};

export function describeIssue(raw: string, draft: Draft, lang: Lang): string {
  // The appraisal's options are the one list nested in an object: read them as a list of their own.
  const nested = /^appraisal\.options\[/.test(raw) ? raw.replace(/^appraisal\.options/, 'appraisalOptions') : raw;
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?((?:\.[A-Za-z]+|\[\d+\])*): (.*)$/s.exec(nested);
  if (!m) return zodWords(raw, lang) ?? oneLanguage(raw, lang);
  const [, list = '', index, rest = '', message = ''] = m;
  const zod = zodWords(message, lang);
  const text = zod ?? oneLanguage(message, lang);
  const field = /^\.([A-Za-z]+)/.exec(rest)?.[1] ?? (list === 'rules' || !(list in rows) ? list : '');
  // A whole list of the wrong kind in a hand-written file ("criteria: expected array") is named by the list.
  const whole = index === undefined && zod !== null && list in rows ? rows[list as ListKey].list[lang === 'zh' ? 0 : 1] : '';
  const label = field ? fieldLabel(list, field, rest.replace(/^\./, ''), lang) : whole;
  // Only a bare predicate ("不能为空") needs its field; the server's own sentences
  // ("满分必须大于 0", "未知评委组: X") already say what they are about.
  const bare = zod !== null || /^(不能|请|须|应为|至少|must|needs)/.test(text);
  const named = !label || !bare ? text : lang === 'zh' ? `${label}${text}` : `${label} ${text}`;
  if (index === undefined || !(list in rows)) return named;
  const row = rows[list as ListKey];
  const i = Number(index);
  const who = row.name(draft, i).trim();
  const head = row[lang](i + 1) + (who ? (lang === 'zh' ? `（${who}）` : ` (${who})`) : '');
  return lang === 'zh' ? `${head}：${named}` : `${head}: ${named}`;
}

/**
 * The server's issues still worth showing for the form as it is now: an issue the same check
 * no longer finds is gone the moment its field is fixed, not at the next save. Issues the client
 * cannot re-check (no field path, e.g. a refused state) stay until the next save.
 */
export function stillOpen(issues: string[], draft: Draft): string[] {
  if (issues.length === 0) return issues;
  const parsed = ContestDefinitionDraft.safeParse(definitionFromDraft(compactDraft(draft)));
  // By the field, not the words: a field left empty is NaN here and null on the server, so the
  // same problem reads differently on each side (and was dropped, leaving 创建比赛 silent).
  const pathOf = (m: string) => m.slice(0, m.indexOf(': '));
  const now = new Set(parsed.success ? [] : formatIssues(parsed.error).map(pathOf));
  return issues.filter((m) => !/^[A-Za-z]+[[.:]/.test(m) || now.has(pathOf(m)));
}
