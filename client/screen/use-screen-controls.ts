// The projector is run without a mouse: keys for full screen (F / Enter), mute (M) and
// language (L); a hint at load that goes after a few seconds or once in full screen; the
// cursor hidden when idle; a prompt to click while the browser still blocks the sound cue.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLang } from '../common/i18n.tsx';
import { audioLocked, onAudioState, unlockAudio } from './beep.ts';
import { useMute } from './store.ts';

const HINT_MS = 6000;
const IDLE_MS = 2500;
const TOAST_MS = 1800;

function toggleFullscreen(force: boolean): void {
  const doc = document.documentElement;
  if (!document.fullscreenElement) void doc.requestFullscreen?.().catch(() => undefined);
  else if (!force) void document.exitFullscreen().catch(() => undefined);
}

export function useScreenControls() {
  const [hint, setHint] = useState(true);
  const [idle, setIdle] = useState(false);
  const [toast, setToast] = useState<'muted' | 'unmuted' | null>(null);

  const soundLocked = useSyncExternalStore(onAudioState, audioLocked, () => false);

  useEffect(() => {
    const t = setTimeout(() => setHint(false), HINT_MS);
    // Once in full screen the operator has found the key: the hint would only cover the stage.
    const onFullscreen = () => {
      if (document.fullscreenElement) setHint(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      clearTimeout(t);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  useEffect(() => {
    let toastTimer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      unlockAudio();
      const key = e.key.toLowerCase();
      if (key === 'f' || key === 'enter') toggleFullscreen(key === 'enter');
      else if (key === 'l') {
        const { lang, setLang } = useLang.getState();
        setLang(lang === 'zh' ? 'en' : 'zh');
      } else if (key === 'm') {
        useMute.getState().toggle();
        setToast(useMute.getState().muted ? 'muted' : 'unmuted');
        clearTimeout(toastTimer);
        toastTimer = setTimeout(() => setToast(null), TOAST_MS);
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', unlockAudio);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', unlockAudio);
      clearTimeout(toastTimer);
    };
  }, []);

  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('mousemove', wake);
    return () => {
      window.removeEventListener('mousemove', wake);
      clearTimeout(timer);
    };
  }, []);

  return { hint, idle, toast, soundLocked };
}
