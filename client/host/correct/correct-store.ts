// Which judge's marks for which presenter the correction dialog is open for (one at a time).
import { create } from 'zustand';

export interface CorrectionTarget {
  presenterId: string;
  judgeId: string;
  /** A 补录 of a score the judge's phone sent too late (HostView.lateMarks): starts from its values. */
  late?: { values: number[] };
}

export const useCorrection = create<{ target: CorrectionTarget | null }>(() => ({ target: null }));

export const openCorrection = (target: CorrectionTarget) => useCorrection.setState({ target });
export const closeCorrection = () => useCorrection.setState({ target: null });
