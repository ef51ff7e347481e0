// The worker threads that keep slow work off the thread that answers judges (the backup check,
// the printouts) each run a file that sits beside the module starting it: from source under tsx
// (dev, tests), or the built file beside the bundle (dist/server/, where every chunk sits).
import { Worker } from 'node:worker_threads';

/** Starts `name` (.ts from source, .js built) from beside the module at `callerUrl`, unref'd: it never holds the process open. */
export function workerBeside(callerUrl: string, name: string): Worker {
  const fromSource = callerUrl.endsWith('.ts');
  const script = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, callerUrl);
  // From source the worker registers tsx itself (loader flags do not reach a worker on Node 20).
  const load = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`;
  const worker = fromSource ? new Worker(load, { eval: true }) : new Worker(script);
  worker.unref();
  return worker;
}
