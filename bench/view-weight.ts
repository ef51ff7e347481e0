// Bytes per commit, whole views against patches (docs/benchmarks.md, "Whole views or patches?"):
// a 30-presenter × 15-judge contest with four criteria, everyone revealed, then one more
// commit (a judge's submission in a fresh scoring round is not possible once all are revealed,
// so the last presenter's turn is measured step by step: open, 15 submissions, reveal).
//
//   npx tsx bench/view-weight.ts
import jsonpatch from 'fast-json-patch';
import { pack } from '../shared/compact.ts';
import { smallPublicView } from '../shared/small-view.ts';
import { hostView, publicView } from '../shared/views.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { makeDef, show } from '../test/domain/given.ts';

export function bigContest() {
  const def = makeDef({
    criteria: [
      { name: '工作成效', max: 40 },
      { name: '创新亮点', max: 20 },
      { name: '汇报表现', max: 20 },
      { name: '答辩情况', max: 20 },
    ],
    judges: Array.from({ length: 15 }, (_, i) => ({ name: `评委${i + 1}`, title: '县级领导' })),
    presenters: Array.from({ length: 30 }, (_, i) => ({ unit: `第${i + 1}乡镇`, speaker: `书记${i + 1}`, title: '党委书记' })),
  });
  const run = show(def).start();
  const sheet = (p: number, j: number) => [30 + ((p + j) % 10), 15 + (j % 5), 14 + (p % 6), 12 + ((p * j) % 8)];
  const steps: { name: string; state: ContestState }[] = [];
  def.presenters.forEach((p, pi) => {
    const last = pi === def.presenters.length - 1;
    run.next(p.id).open();
    if (last) steps.push({ name: 'scoring:open', state: run.state });
    def.judges.forEach((j, ji) => {
      run.submit(p.id, j.id, sheet(pi, ji));
      if (last) steps.push({ name: 'score:submit', state: run.state });
    });
    run.reveal();
    if (last) steps.push({ name: 'scoring:reveal', state: run.state });
  });
  return { state: run.state, steps, before: steps[0] ? steps[0].state : run.state };
}

const size = (x: unknown) => JSON.stringify(x).length;

export function measure() {
  const { state, steps } = bigContest();
  const online = new Set(state.def.judges.map((j) => j.id));
  const rows: { step: string; publicView: number; publicPatch: number; hostView: number; hostPatch: number }[] = [];
  for (let i = 1; i < steps.length; i++) {
    const [a, b] = [steps[i - 1]!.state, steps[i]!.state];
    const pub = [publicView(a, 'audience'), publicView(b, 'audience')] as const;
    const host = [hostView(a, online), hostView(b, online)] as const;
    rows.push({
      step: steps[i]!.name,
      publicView: size(pub[1]),
      publicPatch: size({ base: 1, seq: 2, rev: b.rev, ops: jsonpatch.compare(pub[0], pub[1]) }),
      hostView: size(host[1]),
      hostPatch: size({ base: 1, seq: 2, rev: b.rev, ops: jsonpatch.compare(host[0], host[1]) }),
    });
  }
  const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));
  const small = smallPublicView(publicView(state, 'audience'));
  const compact = { small: bytes(small), smallPacked: bytes(pack(small)), host: bytes(hostView(state, online)), hostPacked: bytes(pack(hostView(state, online))) };
  return { finalPublic: size(publicView(state, 'audience')), finalHost: size(hostView(state, online)), rows, compact };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { finalPublic, finalHost, rows, compact } = measure();
  const submits = rows.filter((r) => r.step === 'score:submit');
  const mean = (k: keyof (typeof rows)[number]) => Math.round(submits.reduce((s, r) => s + (r[k] as number), 0) / submits.length);
  console.log(`30 × 15, all revealed: public view ${finalPublic} B, host view ${finalHost} B`);
  console.log(`per score:submit (mean of 15): public view ${mean('publicView')} B → patch ${mean('publicPatch')} B; host view ${mean('hostView')} B → patch ${mean('hostPatch')} B`);
  for (const r of rows.filter((r) => r.step !== 'score:submit')) console.log(r);
  console.log(`UTF-8 bytes: small public view ${compact.small} → compact ${compact.smallPacked}; host view ${compact.host} → compact ${compact.hostPacked}`);
}
