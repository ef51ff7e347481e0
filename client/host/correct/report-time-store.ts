// Whose report time the 更正用时 dialog is open for (one at a time).
import { create } from 'zustand';

export const useReportTimeCorrection = create<{ presenterId: string | null }>(() => ({ presenterId: null }));

export const openReportTimeCorrection = (presenterId: string) => useReportTimeCorrection.setState({ presenterId });
export const closeReportTimeCorrection = () => useReportTimeCorrection.setState({ presenterId: null });
