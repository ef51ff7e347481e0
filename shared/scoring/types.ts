// Input and output of the scoring module. Pure data, JSON-safe.
import type { ContestDefinition } from '../definition.ts';
import type { AppraisalLine, AppraisalTally } from './appraisal.ts';

/** One judge's submitted marks for one presenter: one value per criterion, in definition order. */
export interface JudgeMarks {
  judgeId: string;
  values: number[];
}

export interface PresenterInput {
  presenterId: string;
  /** Only judges who submitted; a judge who did not submit is left out, never counted as 0. */
  marks: JudgeMarks[];
  /** Whole seconds of overtime in the report phase (0 when on time). */
  overtimeSeconds: number;
  /** 民主测评 ballots per option once voting on the presenter closed; null while open or never held. */
  appraisal?: AppraisalTally | null;
}

export interface JudgeLine {
  judgeId: string;
  group: string | null;
  values: number[];
  /** Sum of criterion weight × value, exact (the values are on the scoreStep grid). */
  total: number;
  /** scope "total": this judge's total was dropped as a highest/lowest mark within the group. */
  dropped: 'highest' | 'lowest' | null;
  /** scope "criterion": per criterion, whether this judge's value was dropped (null when kept). */
  droppedCriteria: ('highest' | 'lowest' | null)[];
}

export interface GroupLine {
  /** null when the contest has no judge groups (all judges form one group). */
  name: string | null;
  weight: number;
  judgeCount: number;
  /** The group's aggregate, rounded to `decimals` for display; null when nobody in it submitted. */
  result: number | null;
  /** True when trimming was asked for but too few marks remained, so the plain mean was used. */
  fellBackToMean: boolean;
}

export interface PresenterScore {
  presenterId: string;
  judges: JudgeLine[];
  groups: GroupLine[];
  /** Aggregated score per criterion (definition order), rounded to `decimals`; null with no marks. */
  criteria: (number | null)[];
  /** Score before penalty, rounded to `decimals`; null with no marks. With 民主测评 counting, the
   * judges' and the appraisal's parts combined (`appraisal.judges` is the judges' alone). */
  raw: number | null;
  penalty: number;
  overtimeSeconds: number;
  /** max(0, raw - penalty) rounded to `decimals`; null with no marks. */
  final: number | null;
  /** True when any group fell back to the plain mean. */
  fellBackToMean: boolean;
  /** The 民主测评 line when the contest holds one (and the presenter has marks), else null. */
  appraisal: AppraisalLine | null;
}

export interface RankLine {
  presenterId: string;
  /** 1-based; shared ranks repeat and skip (1, 1, 3). */
  rank: number;
  shared: boolean;
  /** Which tie-break rule separated this presenter from an equal final, if any. */
  decidedBy: string | null;
}

export interface Results {
  presenters: PresenterScore[];
  /** Presenters with a final, best first. */
  ranking: RankLine[];
}

export type ScoringDefinition = Pick<ContestDefinition, 'criteria' | 'judgeGroups' | 'judges' | 'rules'> & Partial<Pick<ContestDefinition, 'appraisal'>>;
