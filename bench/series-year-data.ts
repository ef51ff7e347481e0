// What a county's year holds (issue 15's benchmark), as plain data: the series definition, the
// units of each tier (30 county bureaux, townships, villages), who is listed in each period's
// contest (some absent), a township renamed mid-year (撤镇设街道), a village typed wrong once and
// merged back, each judge's marks, and the ledger rows pasted month by month. Deterministic, so
// the smoke test can recompute the standings from the same numbers.

export interface YearOptions {
  tiers: number;
  periods: number;
  units: number;
  judges: number;
  /** Ledger entries in all, corrections included (about 1 % are corrections). */
  ledgerEntries: number;
}

/** Issue 15: 3 tiers × 12 periods × 30 units, 15 judges, 4 criteria, 2,000 ledger entries. */
export const COUNTY_YEAR: YearOptions = { tiers: 3, periods: 12, units: 30, judges: 15, ledgerEntries: 2000 };

const TIERS = ['县级干部', '科级干部', '村(社区)干部'];
const BUREAUX = [
  '县委办公室', '县政府办公室', '县纪委监委', '县委组织部', '县委宣传部', '县委统战部', '县委政法委', '县发展和改革局', '县教育体育局', '县科技和工业信息化局',
  '县公安局', '县民政局', '县司法局', '县财政局', '县人力资源和社会保障局', '县自然资源局', '县生态环境分局', '县住房和城乡建设局', '县交通运输局', '县水务局',
  '县农业农村局', '县商务局', '县文化和旅游局', '县卫生健康局', '县应急管理局', '县审计局', '县市场监督管理局', '县统计局', '县医疗保障局', '县林业和草原局',
];
const PLACES = [
  '双江', '小街', '甸中', '化念', '塔甸', '大龙潭', '富良棚', '岔河', '安居', '锦屏', '文明', '高平', '宝泉', '玉泉', '石崖',
  '新寨', '大西', '亚尼', '金山', '龙泉', '白邑', '青龙', '红岩', '东山', '西河', '南湖', '北城', '平坝', '木瓜', '舍郎',
];
export const CRITERIA = [
  { name: '工作成效', max: 40 },
  { name: '创新亮点', max: 20 },
  { name: '汇报表现', max: 20 },
  { name: '答辩情况', max: 20 },
];
const HEADINGS = ['责任落实', '问题化解', '服务成效', '党建引领', '安全稳定'];
const POINTS = [2, -1, 1, 0.5, -2, 3, -0.5, 1.5, -3, 1];
const REASONS = ['按期完成重点任务', '信访积案未按期化解', '经验做法被上级推广', '群众来信反映问题', '专项督查发现台账不全', '护林防火零火情', '人居环境整治排名靠前', '未按时报送材料'];

const tierSuffix = (t: number) => (t === 1 ? '镇' : '村');
export const unitName = (t: number, u: number) => (t === 0 ? BUREAUX[u % 30]! + (u >= 30 ? String(u) : '') : PLACES[u % 30]! + (u >= 30 ? String(u) : '') + tierSuffix(t));

/** Where the year's odd events happen: a rename before `renameAt`, a typo in `typoAt` merged after it. */
export function oddities(o: YearOptions) {
  return {
    renameTier: Math.min(1, o.tiers - 1),
    renameAt: Math.floor(o.periods / 2),
    /** 双江镇 becomes 双江街道 (撤镇设街道), 县委办公室 县委办; the first unit of the tier. */
    renamed: (t: number) => (t === 0 ? unitName(t, 0).replace('办公室', '办') : `${unitName(t, 0).slice(0, -1)}街道`),
    typoTier: o.tiers - 1,
    typoAt: Math.max(1, Math.floor(o.periods / 3)),
    /** The second unit typed with a wrong last-but-one character (小街村 → 小衔村). */
    typo: (t: number) => unitName(t, 1).replace(/.(.)$/, '衔$1'),
  };
}

export function seriesDefinition(o: YearOptions) {
  return {
    name: '2026年度三级干部擂台赛（基准测试）',
    issuer: '中共峨山县委组织部',
    tiers: TIERS.slice(0, o.tiers).map((name) => ({ name })),
    periods: Array.from({ length: o.periods }, (_, p) => ({ name: `2026年${p + 1}月`, kind: 'month' })),
    headings: HEADINGS.map((name) => ({ name })),
    decimals: 2,
    periodScore: { contest: 1, ledger: 1 },
    cumulative: { method: 'sum', absent: 'skip' },
    tieBreak: ['contest', 'latestPeriod'],
    boards: { red: { by: 'top', count: 3 }, black: { by: 'bottom', count: 3 } },
  };
}

/** Every third month is a 评比 (scoring only), and the last of a short series, so a small year has one too; the others are 擂台赛. */
export const kindOf = (o: YearOptions, p: number): 'arena' | 'rating' => (p % 3 === 2 || (o.periods < 3 && p === o.periods - 1) ? 'rating' : 'arena');

/** Units not on the list of a period's contest: about one in fifteen, a different one each month. */
export const notListed = (o: YearOptions, t: number, p: number, u: number) => (u + p + t) % Math.min(15, o.units) === Math.min(15, o.units) - 1;

/** In a 擂台赛 one listed unit does not come on the day (marked 缺席 by the host). */
export function absentOnTheDay(o: YearOptions, t: number, p: number): number | null {
  if (kindOf(o, p) !== 'arena') return null;
  for (let k = 0; k < o.units; k++) {
    const u = (p * 7 + t * 3 + k) % o.units;
    if (!notListed(o, t, p, u)) return u;
  }
  return null;
}

/** The presenters of a tier's contest in a period, by unit index and the name typed for it. */
export function listed(o: YearOptions, t: number, p: number): { u: number; name: string }[] {
  const odd = oddities(o);
  const out: { u: number; name: string }[] = [];
  for (let u = 0; u < o.units; u++) {
    if (notListed(o, t, p, u)) continue;
    let name = unitName(t, u);
    if (u === 0 && t === odd.renameTier && p >= odd.renameAt) name = odd.renamed(t);
    if (u === 1 && t === odd.typoTier && p === odd.typoAt) name = odd.typo(t);
    out.push({ u, name });
  }
  return out;
}

export function contestDefinition(o: YearOptions, t: number, p: number, seriesId: string, tierId: string, periodId: string) {
  const kind = kindOf(o, p);
  return {
    kind,
    title: `2026年${p + 1}月${TIERS[t]}${kind === 'rating' ? '评比' : '擂台赛'}`,
    date: `2026-${String(p + 1).padStart(2, '0')}-25`,
    tier: TIERS[t],
    criteria: CRITERIA,
    judges: Array.from({ length: o.judges }, (_, j) => ({ name: `评委${j + 1}号`, title: j < 5 ? '县级领导' : '评审专家' })),
    presenters: listed(o, t, p).map(({ name }) => ({ unit: name })),
    rules: { scoreStep: 0.5, aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1 } },
    series: { seriesId, tierId, periodId },
  };
}

/** A small deterministic hash in [0, 1). */
function h(...xs: number[]): number {
  let x = 2166136261;
  for (const v of xs) x = Math.imul(x ^ (v + 0x9e3779b9), 16777619) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 2246822519) >>> 0;
  return (x >>> 8) / 2 ** 24;
}

/** Judge j's four marks for unit u: its strength drifts from month to month, judges differ a little. */
export function marks(t: number, p: number, u: number, j: number): number[] {
  const strength = 0.68 + 0.22 * h(t, u) + 0.06 * Math.sin(p * 0.9 + u) + 0.04 * (h(t, p, u) - 0.5);
  const grid = (x: number, max: number) => Math.min(max, Math.max(0, Math.round(x * max * 2) / 2));
  return CRITERIA.map((c, k) => grid(strength + 0.08 * (h(t, p, u, j, k) - 0.5), c.max));
}

export interface LedgerRow {
  date: string;
  unit: string;
  heading: string;
  points: number;
  reason: string;
}

/** How many entries each monthly paste holds and how many corrections follow, ledgerEntries in all. */
export function ledgerPlan(o: YearOptions) {
  const corrections = Math.round(o.ledgerEntries / 100);
  const pasted = o.ledgerEntries - corrections;
  const batches = o.tiers * o.periods;
  return { corrections, batch: (t: number, p: number) => Math.floor(pasted / batches) + (p * o.tiers + t < pasted % batches ? 1 : 0) };
}

/** One month's rows for a tier, spread over the units the series knows by now (`names`). */
export function ledgerRows(o: YearOptions, t: number, p: number, names: readonly string[]): LedgerRow[] {
  const n = ledgerPlan(o).batch(t, p);
  return Array.from({ length: n }, (_, k) => {
    const pick = Math.floor(h(t, p, k, 7) * names.length);
    return {
      date: `2026-${String(p + 1).padStart(2, '0')}-${String(1 + ((k * 7) % 28)).padStart(2, '0')}`,
      unit: names[pick]!,
      heading: HEADINGS[(k + p) % HEADINGS.length]!,
      points: POINTS[Math.floor(h(t, p, k, 3) * POINTS.length)]!,
      reason: REASONS[(k + t) % REASONS.length]!,
    };
  });
}
