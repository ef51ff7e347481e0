// The socket protocol and the HTTP answers: every command, ack, view and answer as a zod schema,
// TS types derived from them, and the typed Socket.IO event maps. docs/protocol.md is generated
// from these files (scripts/gen-protocol-docs.ts).
export * from './errors.ts';
export * from './fields.ts';
export * from './roles.ts';
export * from './public-role.ts';
export * from './command.ts';
export * from './commands.ts';
export * from './views-public.ts';
export * from './views-appraisal.ts';
export * from './views-rating.ts';
export * from './views-boards.ts';
export { PublicBenchmark, BenchmarkChart, SharePoint } from '../benchmark/view.ts';
export * from './views.ts';
export * from './patch.ts';
export * from './socket.ts';
export * from './http.ts';
