// Which part of the ledger the 积分 tab shows and enters into: one period, and one tier ('' for
// every tier). Its own module so the tab and its parts share it without importing each other.
export type LedgerScope = { periodId: string; tierId: string };
