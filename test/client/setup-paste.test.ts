// Rows pasted into the setup form's judge and presenter lists: from Excel (tabs), typed by hand
// or from a chat message (commas, spaces), or both in one paste.
import { describe, expect, it } from 'vitest';
import { pasteJudges, pastePresenters } from '../../client/host/setup/paste.ts';

describe('pasted rows', () => {
  it('reads Excel rows by their tabs, a cell with spaces kept whole, the header skipped', () => {
    expect(pastePresenters('单位\t汇报人\t职务\n双江街道 第二社区\t陈志强\t党工委书记\n小街街道\t刘晓燕\t')).toEqual([
      { unit: '双江街道 第二社区', speaker: '陈志强', title: '党工委书记' },
      { unit: '小街街道', speaker: '刘晓燕', title: '' },
    ]);
  });

  it('reads typed rows by their commas or spaces', () => {
    expect(pasteJudges('张三，局长，县级领导\n李四 副局长  群众代表')).toEqual([
      { name: '张三', title: '局长', group: '县级领导' },
      { name: '李四', title: '副局长', group: '群众代表' },
    ]);
  });

  it('reads each line its own way when Excel rows and typed rows are pasted together', () => {
    // The typed line landed whole in 单位 when another line had tabs.
    expect(pastePresenters('单位\t汇报人\n双江街道\t陈志强\n小街街道, 刘晓燕\n甸中镇 普建华')).toEqual([
      { unit: '双江街道', speaker: '陈志强', title: '' },
      { unit: '小街街道', speaker: '刘晓燕', title: '' },
      { unit: '甸中镇', speaker: '普建华', title: '' },
    ]);
  });
});
