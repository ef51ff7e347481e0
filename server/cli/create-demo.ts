// `npm run demo:create`: asks the running server (PORT, DATA_DIR as for `npm start`) to create
// the demo contest, and prints its links.
import path from 'node:path';
import { ConfigError, hostTokenFor } from '../config.ts';

const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
const base = process.env.LEITAI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

function hostToken(): string {
  try {
    return hostTokenFor(dataDir, process.env.LEITAI_HOST_TOKEN);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`\n  ${e.message}\n`); // a host-token file too short: the message says what to do
    process.exit(1);
  }
}
const token = hostToken();

try {
  const res = await fetch(`${base}/api/demo`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { id: string; title: string; screenUrl: string; judges: { name: string; joinUrl: string }[] };
  if (!res.ok) throw new Error(JSON.stringify(body));
  console.log(`已创建演示比赛 Created demo contest [${body.id}] ${body.title}`);
  console.log(`  大屏 Screen: ${body.screenUrl}`);
  for (const j of body.judges) console.log(`  评委 ${j.name}: ${j.joinUrl}`);
} catch (e) {
  console.error(`无法连接 Leitai (${base})，请先运行 npm start。 Could not reach Leitai: ${(e as Error).message}`);
  process.exit(1);
}
