// Parts of the host's view kept as the same objects while unchanged (shared/views.ts).
import type { ContestDefinition } from './definition.ts';
import type { HostView } from './protocol/index.ts';

/** A judge as the host sees them: one object per judge and presence (online, devices). */
const hostJudges = new WeakMap<object, Map<string, HostView['judges'][number]>>();
export function hostJudge(j: ContestDefinition['judges'][number], online: boolean, devices: number): HostView['judges'][number] {
  let byPresence = hostJudges.get(j);
  if (!byPresence) hostJudges.set(j, (byPresence = new Map()));
  const key = `${online}/${devices}`;
  let entry = byPresence.get(key);
  if (!entry) byPresence.set(key, (entry = { id: j.id, name: j.name, title: j.title, group: j.group ?? null, online, devices }));
  return entry;
}
