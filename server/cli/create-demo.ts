// `npm run demo:create`: asks the running server (PORT, DATA_DIR as for `npm start`) to create
// the demo contest, and prints its links.
import { base, hostToken } from './running-server.ts';

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
