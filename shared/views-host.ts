// Parts of the host's view kept as the same objects while unchanged (shared/views.ts).
import type { ContestDefinition } from './definition.ts';
import type { HostView } from './protocol/index.ts';
import { perObject } from './stable.ts';

const byPresence = perObject((_j: ContestDefinition['judges'][number]) => new Map<string, HostView['judges'][number]>());

/** A judge as the host sees them: one object per judge and presence (online, devices). */
export function hostJudge(j: ContestDefinition['judges'][number], online: boolean, devices: number): HostView['judges'][number] {
  const entries = byPresence(j);
  const key = `${online}/${devices}`;
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { id: j.id, name: j.name, title: j.title, group: j.group ?? null, online, devices }));
  return entry;
}
