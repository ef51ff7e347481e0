// The time-up cue, generated in code (no audio files to ship or load). Browsers keep an
// AudioContext suspended until the page has had a user gesture, so the first key press or click
// on the screen (F for full screen is the usual one) unlocks it.
let ctx: AudioContext | null = null;

function context(): AudioContext | null {
  if (ctx) return ctx;
  const Ctor = typeof window !== 'undefined' ? window.AudioContext : undefined;
  if (!Ctor) return null;
  ctx = new Ctor();
  return ctx;
}

export function unlockAudio(): void {
  const c = context();
  if (c && c.state === 'suspended') void c.resume().catch(() => undefined);
}

/**
 * Whether the cue could not sound now: the browser keeps the context suspended until a gesture.
 * A projector started with autoplay allowed (a kiosk flag) reports running and needs no prompt.
 */
export function audioLocked(): boolean {
  const c = context();
  return c !== null && c.state !== 'running';
}

/** Calls `fn` whenever the context starts or stops; for useSyncExternalStore. */
export function onAudioState(fn: () => void): () => void {
  const c = context();
  c?.addEventListener('statechange', fn);
  return () => c?.removeEventListener('statechange', fn);
}

function tone(c: AudioContext, at: number, freq: number, length: number): void {
  const osc = c.createOscillator();
  const gain = c.createGain();
  osc.type = 'sine';
  osc.frequency.value = freq;
  // A short attack and release: a clean chime rather than a click or a buzzer.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  osc.connect(gain).connect(c.destination);
  osc.start(at);
  osc.stop(at + length + 0.05);
}

/** Two descending tones, about 0.8 s. */
export function timeUpCue(): void {
  const c = context();
  if (!c) return;
  if (c.state === 'suspended') void c.resume().catch(() => undefined);
  const t = c.currentTime + 0.02;
  tone(c, t, 880, 0.35);
  tone(c, t + 0.4, 660, 0.45);
}
