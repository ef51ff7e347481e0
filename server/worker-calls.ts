// Calls into the worker threads that keep slow work off the thread that answers judges (the
// backup check, the printouts). Each worker runs a file beside the module that starts it: from
// source under tsx (dev, tests), or the built file beside the bundle (dist/server/, where every
// chunk sits). One worker per kind and process, started on the first call and kept (unref'd: it
// never holds the process open); calls are answered by id, in any order, each answer checked
// against its schema. A worker that dies fails the calls it held, and the next call starts a new one.
import { parentPort, Worker } from 'node:worker_threads';
import { z } from 'zod';

const Envelope = z.union([z.strictObject({ id: z.int(), value: z.unknown() }), z.strictObject({ id: z.int(), error: z.string() })]);

export class WorkerCalls<In, Out> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { w: Worker; resolve: (v: Out) => void; reject: (e: Error) => void }>();

  /** `name` (.ts from source, .js built) beside the module at `callerUrl`; its answers must match `answer`. */
  constructor(
    private readonly callerUrl: string,
    private readonly name: string,
    private readonly answer: z.ZodType<Out>,
  ) {}

  call(input: In): Promise<Out> {
    const w = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<Out>((resolve, reject) => {
      this.waiting.set(id, { w, resolve, reject });
      try {
        w.postMessage({ id, input });
      } catch (e) {
        // An input that cannot be cloned (a function slipped in): this call fails, not the worker.
        this.waiting.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  private start(): Worker {
    const fromSource = this.callerUrl.endsWith('.ts');
    const script = new URL(`./${this.name}.${fromSource ? 'ts' : 'js'}`, this.callerUrl);
    // From source the worker registers tsx itself (loader flags do not reach a worker on Node 20).
    const load = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`;
    const w = fromSource ? new Worker(load, { eval: true }) : new Worker(script);
    w.unref();
    const unexpected = () => new Error(`${this.name} answered something unexpected`);
    w.on('message', (raw: unknown) => {
      const m = Envelope.safeParse(raw);
      if (!m.success) return this.failAll(w, unexpected());
      const job = this.waiting.get(m.data.id);
      this.waiting.delete(m.data.id);
      if (!job) return;
      if ('error' in m.data) return job.reject(new Error(m.data.error));
      const value = this.answer.safeParse(m.data.value);
      if (value.success) job.resolve(value.data);
      else job.reject(unexpected());
    });
    w.on('error', (e) => this.failAll(w, e));
    w.on('exit', (code) => this.failAll(w, new Error(`${this.name} stopped (exit ${code})`)));
    return w;
  }

  /** Fails the calls `w` held (not those of a worker started since) and lets it go. */
  private failAll(w: Worker, e: Error): void {
    if (this.worker === w) this.worker = null;
    for (const [id, job] of this.waiting) {
      if (job.w !== w) continue;
      this.waiting.delete(id);
      job.reject(e);
    }
    void w.terminate();
  }
}

/** The worker's side: answers each call with what `handle` resolves to, or its error's message. */
export function answerCalls<In, Out>(handle: (input: In) => Promise<Out>): void {
  parentPort!.on('message', ({ id, input }: { id: number; input: In }) => {
    handle(input).then(
      (value) => parentPort!.postMessage({ id, value }),
      (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
    );
  });
}
