// A presenter's name against a tier's units: the match a contest's save makes (unitByName), and
// the near misses the setup form points out before a typo becomes a unit (unitsLike).
import { describe, expect, it } from 'vitest';
import { unitByName, unitsLike } from '../../shared/series/state.ts';

const unit = (id: string, name: string, tierId = 't1', formerNames: string[] = [], mergedInto: string | null = null) => ({ id, name, tierId, formerNames, mergedInto });
const units = { units: [unit('u1', '石桥镇'), unit('u2', '双江街道', 't1', ['双江镇']), unit('u3', '安居村', 't2'), unit('u4', '小衔村', 't1', [], 'u5'), unit('u5', '小街村')] };

describe('unit names', () => {
  it.each([
    ['石桥镇', 'u1'],
    [' 石桥镇　', 'u1'],
    ['双江镇', 'u2'],
    ['安居村', null],
    ['石桥乡', null],
  ])('%s is matched to %s', (name, id) => expect(unitByName(units, 't1', name)?.id ?? null).toBe(id));

  it.each([
    ['石桥乡', ['u1']],
    ['双江街遒', ['u2']],
    ['双江乡', ['u2']],
    ['小衔村', ['u5']],
    ['石桥', []],
    ['城关镇', []],
    ['安居材', []],
  ])('%s is one character off %j', (name, ids) => expect(unitsLike(units, 't1', name).map((u) => u.id)).toEqual(ids));
});
