// The server's verdict ("judges[5].name: 不能为空 (must not be empty)") as people read it:
// "第 6 位评委：姓名不能为空". Rows are counted from 1 and named when they have a name; only the
// interface's language is shown. The raw strings stay the key for marking rows and sections.
import { ContestDefinitionDraft, formatIssues } from '../../../shared/definition.ts';
import type { Lang } from '../../common/i18n.tsx';
import { oneLanguage } from '../../../shared/issue-words.ts';
import { compactDraft, definitionFromDraft, type Draft } from './draft.ts';

type ListKey = 'criteria' | 'judgeGroups' | 'judges' | 'presenters' | 'appraisalOptions';

const rows: Record<ListKey, { zh: (n: number) => string; en: (n: number) => string; name: (d: Draft, i: number) => string }> = {
  criteria: { zh: (n) => `第 ${n} 项评分细则`, en: (n) => `Criterion ${n}`, name: (d, i) => d.criteria[i]?.name ?? '' },
  judgeGroups: { zh: (n) => `第 ${n} 个评委组`, en: (n) => `Judge group ${n}`, name: (d, i) => d.judgeGroups[i]?.name ?? '' },
  judges: { zh: (n) => `第 ${n} 位评委`, en: (n) => `Judge ${n}`, name: (d, i) => d.judges[i]?.name ?? '' },
  presenters: { zh: (n) => `第 ${n} 个汇报单位`, en: (n) => `Presenter ${n}`, name: (d, i) => d.presenters[i]?.unit ?? '' },
  appraisalOptions: { zh: (n) => `第 ${n} 个测评选项`, en: (n) => `Appraisal option ${n}`, name: (d, i) => d.appraisal.custom[i]?.name ?? '' },
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
/** A judge's name is 姓名, a criterion's or group's is 名称. */
const fieldLabel = (list: string, field: string, lang: Lang) =>
  list === 'judges' && field === 'name' ? (lang === 'zh' ? '姓名' : 'name') : (fields[field]?.[lang === 'zh' ? 0 : 1] ?? field);

export function describeIssue(raw: string, draft: Draft, lang: Lang): string {
  // The appraisal's options are the one list nested in an object: read them as a list of their own.
  const nested = /^appraisal\.options\[/.test(raw) ? raw.replace(/^appraisal\.options/, 'appraisalOptions') : raw;
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?((?:\.[A-Za-z]+|\[\d+\])*): (.*)$/s.exec(nested);
  if (!m) return oneLanguage(raw, lang);
  const [, list = '', index, rest = '', message = ''] = m;
  const text = oneLanguage(message, lang);
  const field = /^\.([A-Za-z]+)/.exec(rest)?.[1] ?? (list === 'rules' || !(list in rows) ? list : '');
  const label = field ? fieldLabel(list, field, lang) : '';
  // Only a bare predicate ("不能为空") needs its field; the server's own sentences
  // ("满分必须大于 0", "未知评委组: X") already say what they are about.
  const bare = /^(不能|请|须|至少|must|needs)/.test(text);
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
  const now = new Set(parsed.success ? [] : formatIssues(parsed.error));
  return issues.filter((m) => !/^[A-Za-z]+[[.:]/.test(m) || now.has(m));
}
