// What must stay on screen until it is dealt with: a disk that cannot be written. A toast fades
// while the operator looks at the stage, and every later command would fail the same way.
import { create } from 'zustand';
import type { Ack } from '../../../shared/protocol/index.ts';

export const useStorageAlarm = create<{ failed: boolean; message: string | null }>(() => ({ failed: false, message: null }));

/**
 * Notes what an ack says about the disk: storage_failed raises the alarm; any applied command
 * proves the disk writable again and clears it. Other refusals say nothing about the disk.
 */
export function noteAck(ack: Ack): void {
  if (ack.ok) {
    if (useStorageAlarm.getState().failed) useStorageAlarm.setState({ failed: false, message: null });
  } else if (ack.code === 'storage_failed') useStorageAlarm.setState({ failed: true, message: ack.message });
}
