// « /plan 1 responsable Sami », as a team types it after reading « /plan 1 » for the detail: the
// number first, then the field and its value, is the edit it says (it used to show action 1 again,
// unchanged, as if saved); « /plan 2 fait » marks it done. Words after the number that name no
// field nor verb change nothing, and the reply says so with the edit's form, in French and Arabic.
// Real core, real database.
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('nf');
const { amel, sami } = setup;
const say = async (who: Sender, line: string) => plain(await setup.handle(text(who, line)));
const items = (who: Sender) =>
  setup.db.actionItem.findMany({
    where: { teamId: who === amel ? setup.teams.amel : setup.teams.sami },
    orderBy: { position: 'asc' },
  });

describe('in French', () => {
  it('« /plan 1 responsable Sami Trabelsi » names the pilot, said back', async () => {
    const reply = await say(amel, '/plan 1 responsable Sami Trabelsi');
    expect(reply).toContain('Action 1 modifiée.');
    expect(reply).toContain('👤 Pilote : Sami Trabelsi.');
    expect((await items(amel))[0]?.owner).toBe('Sami Trabelsi');
  });

  it('« /plan 2 échéance fin mars » dates it; « /plan 2 fait » marks it done', async () => {
    expect(await say(amel, '/plan 2 échéance fin mars')).toContain('📅 Échéance : 31/03/2027.');
    expect(await say(amel, '/plan 2 fait')).toContain("✅ C'est noté : l'action 2");
    expect((await items(amel))[1]?.doneAt).not.toBeNull();
  });

  it('words that name no field change nothing, and the reply says how to edit', async () => {
    const reply = await say(amel, '/plan 1 Mme Amel');
    expect(reply).toContain("« Mme Amel » : rien n'a changé.");
    expect(reply).toContain('/plan edit 1 responsable <nom>');
    expect((await items(amel))[0]?.owner).toBe('Sami Trabelsi');
  });
});

describe('in Arabic', () => {
  it('« /plan 1 مسؤول سامي » names the pilot, said back', async () => {
    const reply = await say(sami, '/plan 1 مسؤول سامي الطرابلسي');
    expect(reply).toContain('عُدِّل الإجراء 1.');
    expect(reply).toContain('👤 من يقوده: سامي الطرابلسي.');
    expect((await items(sami))[0]?.owner).toBe('سامي الطرابلسي');
  });

  it('« /plan ٢ أجل آخر مارس » dates it; « /plan 2 انجز » marks it done', async () => {
    expect(await say(sami, '/plan ٢ أجل آخر مارس')).toContain('📅 الأجل: 31/03/2027.');
    expect(await say(sami, '/plan 2 انجز')).toContain('✅ سُجّل: الإجراء 2');
    expect((await items(sami))[1]?.doneAt).not.toBeNull();
  });

  it('words that name no field change nothing, and the reply says how to edit', async () => {
    const reply = await say(sami, '/plan 1 السيدة آمال');
    expect(reply).toContain('« السيدة آمال »: لم يتغيّر شيء.');
    expect(reply).toContain('/plan edit 1 مسؤول <الاسم>');
    expect((await items(sami))[0]?.owner).toBe('سامي الطرابلسي');
  });
});
