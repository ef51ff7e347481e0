// One formatter per kind, used by the screen, the phones, the host and the exports: these are the
// texts all of them print.
import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDuration, formatPercent, formatPoints, formatScore, formatTimeOfDay, formatSerial, readSerial } from '../../shared/format.ts';
import { add, fromNumber, toNumber } from '../../shared/scoring/rational.ts';

describe('formatScore', () => {
  it.each([
    [36.5, '36.5'],
    [40, '40'],
    [0, '0'],
    [0.25, '0.25'],
    [86.4, '86.4'],
    [null, '—'],
    [undefined, '—'],
  ])('%s → %s', (x, text) => expect(formatScore(x)).toBe(text));

  it('prints an exact total without float noise, since the scoring publishes exact decimals', () => {
    expect(formatScore(toNumber(add(fromNumber(0.1), fromNumber(0.2))))).toBe('0.3');
  });
});

describe('formatPoints (the series ledger, signed)', () => {
  it.each([
    [3, 2, '+3'],
    [-2.5, 2, '\u22122.5'],
    [0, 2, '0'],
    [-0, 2, '0'],
    [0.25, 2, '+0.25'],
    [1.005, 1, '+1'],
    [-0.004, 2, '0'],
  ])('%s with %s decimals → %s', (x, decimals, text) => expect(formatPoints(x, decimals)).toBe(text));
});

describe('formatPercent', () => {
  it.each([
    [0.6, 1, '60%'],
    [60, 100, '60%'],
    [1, 3, '33.33%'],
    [2, 3, '66.67%'],
    [1, 0, '0%'],
  ])('%s of %s → %s', (part, whole, text) => expect(formatPercent(part, whole)).toBe(text));
});

describe('formatDate', () => {
  it('writes a definition date in Chinese by default, and in English on request', () => {
    expect(formatDate('2022-02-18')).toBe('2022年2月18日');
    expect(formatDate('2022-12-01', 'en')).toBe('1 Dec 2022');
  });
  it.each([null, undefined, '', '2022-2-18', 'next Friday'])('prints nothing for %s', (d) => expect(formatDate(d)).toBe(''));
});

describe('formatDuration', () => {
  it.each([
    [125, '2:05'],
    [0, '0:00'],
    [59.4, '0:59'],
    [59.5, '0:59'], // whole seconds passed, never rounded up (elapsedSeconds)
    [3600, '60:00'],
    [-3, '0:00'],
    [null, '—'],
  ])('%s s → %s', (s, text) => expect(formatDuration(s)).toBe(text));
});

describe('formatClock', () => {
  it.each([
    [300_000, '5:00'],
    [299_001, '5:00'],
    [4_001, '0:05'],
    [1, '0:01'],
    [0, '0:00'],
    [-999, '+0:00'],
    [-1_000, '+0:01'],
    [-75_500, '+1:15'],
  ])('%s ms → %s', (ms, text) => expect(formatClock(ms)).toBe(text));
});

describe('formatTimeOfDay', () => {
  it('prints China time with two-digit fields, whatever zone the phone, laptop or server is in', () => {
    const at = Date.UTC(2024, 4, 6, 1, 3, 7);
    expect(formatTimeOfDay(at)).toBe('09:03');
    expect(formatTimeOfDay(at, true)).toBe('09:03:07');
    expect(formatTimeOfDay(Date.UTC(2026, 2, 18, 17, 3, 7), true)).toBe('01:03:07');
  });

  it('prints another fixed offset when one is given', () => {
    expect(formatTimeOfDay(Date.UTC(2026, 2, 18, 17, 3, 7), false, 0)).toBe('17:03');
  });
});

describe('one rule for elapsed times (issue 13)', () => {
  it('shows the whole seconds that have fully passed, as scoring counts overtime', async () => {
    const { elapsedSeconds, formatElapsed } = await import('../../shared/format.ts');
    expect([0, 999, 1000, 30_999, 50_600].map(elapsedSeconds)).toEqual([0, 0, 1, 30, 50]);
    expect(formatElapsed(50_600)).toBe('0:50');
    expect(formatElapsed(4_900)).toBe('0:04');
    expect(formatElapsed(null)).toBe('—');
  });
});

describe('formatSerial and readSerial (a 民主测评 slip’s number)', () => {
  it.each([
    [1, 'No. 001'],
    [20, 'No. 020'],
    [1234, 'No. 1234'],
  ])('%i prints as %s, as on the slip', (n, text) => {
    expect(formatSerial(n)).toBe(text);
    expect(readSerial(text)).toBe(n);
  });

  it.each([
    ['20', 20],
    [' 020 ', 20],
    ['no.20', 20],
    ['NO 7', 7],
    ['２０', 20],
    ['', null],
    ['0', null],
    ['No.', null],
    ['20a', null],
    ['-3', null],
  ])('reads %j as typed by the host as %s', (text, n) => {
    expect(readSerial(text)).toBe(n);
  });
});

describe('formatSpeaker', () => {
  it('names the speaker title first, as a programme does, on the projector, the phones and the host', async () => {
    const { formatSpeaker } = await import('../../shared/format.ts');
    expect(formatSpeaker({ title: '党工委书记', speaker: '陈志强' })).toBe('党工委书记 陈志强');
    expect(formatSpeaker({ title: '', speaker: '陈志强' })).toBe('陈志强');
    expect(formatSpeaker({ title: '党委书记', speaker: '' })).toBe('党委书记');
  });
});
