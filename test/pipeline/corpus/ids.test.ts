/**
 * Permalinks follow their claim: when an entry that held two claims splits (the seeds' air-force
 * "19 out of 21 drones" and a governor's "all five drones" once shared one entry), its id and
 * aliases stay with the part that still states the claim the entry was about.
 */
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../scripts/pipeline/corpus/ids.ts';
import type { DraftEntry } from '../../../scripts/pipeline/corpus/draft.ts';
import type { ExistingEntry } from '../../../scripts/pipeline/corpus/existing.ts';

const airForce = {
  article: '000-f5544d7d8fcc2f39',
  quote: 'Ukraine’s air defence systems destroyed 19 out of 21 drones that Russia launched overnight targeting several regions, Ukraine’s air force said on Wednesday.',
  paragraph: 'p-56',
};
const governor = {
  article: '000-f5544d7d8fcc2f39',
  quote: 'Lviv regional governor Maksym Kozytskyi said on Telegram that all five drones that Russia launched were destroyed by Ukraine’s air defence systems.',
  paragraph: 'p-58',
};

function draft(source: typeof airForce, title: string): DraftEntry {
  return { claim: source.quote, title, category: 'munitions', status: 'attributed', sources: [source], wordings: [`${source.quote}\u0000${title}`] };
}

describe('ids when an entry splits', () => {
  it('keep the permalink with the part that states the old claim, whatever the order', () => {
    const old: ExistingEntry = {
      data: {
        id: 'ukraines-air-force-ukraines-air-defence',
        title: 'Ukraine’s air force: Ukraine’s air defence systems destroyed 19 out of 21',
        claim: airForce.quote,
        category: 'munitions',
        status: 'disputed',
        aliases: ['ukraines-air-defence-systems-destroyed-19-out-of-21'],
        sources: [airForce, governor],
        history: [],
      } as unknown as ExistingEntry['data'],
      body: '',
      file: 'content/claims/ukraines-air-force-ukraines-air-defence.md',
      stamp: { size: 0, mtimeMs: 0 } as ExistingEntry['stamp'],
      record: null,
    };
    for (const drafts of [
      [draft(governor, 'Kozytskyi: All five drones that Russia launched were destroyed'), draft(airForce, 'Ukraine’s air force: air defence destroyed 19 out of 21 drones')],
      [draft(airForce, 'Ukraine’s air force: air defence destroyed 19 out of 21 drones'), draft(governor, 'Kozytskyi: All five drones that Russia launched were destroyed')],
    ]) {
      const ids = assignIds(drafts, new Map([[old.data.id, old]]));
      const kept = ids.find((a) => a.id === old.data.id)!;
      expect(kept.draft.claim).toContain('19 out of 21');
      expect(ids.find((a) => a.draft.claim.includes('all five'))!.id).not.toBe(old.data.id);
    }
  });
});

describe('ids when a sentence is read as two claims', () => {
  it('keep the permalink with the first claim, whatever the order (seed 001)', () => {
    const ride = {
      article: '001-69a6e04287b59d6d',
      quote: 'The two leaders left the airport in the same vehicle, and Kim saw his guest off to the Kumsusan residence for senior foreign visitors, where President Putin would rest after his flight.',
      paragraph: 'p-59',
    };
    const old: ExistingEntry = {
      data: { id: 'two-leaders-left-airport-same-vehicle', title: 'Two leaders left the airport in the same vehicle', claim: 'Vladimir Putin and Kim Jong-un left the airport in the same vehicle, and Kim saw his guest off to the Kumsusan residence for senior foreign visitors, where President Putin would rest after his flight.', category: 'event', status: 'single-source', sources: [ride], history: [] } as unknown as ExistingEntry['data'],
      body: '',
      file: 'content/claims/two-leaders-left-airport-same-vehicle.md',
      stamp: { size: 0, mtimeMs: 0 } as ExistingEntry['stamp'],
      record: null,
    };
    const part = (claim: string, item: string, title: string): DraftEntry => ({ claim, title, category: 'event', status: 'single-source', sources: [{ ...ride, item }], wordings: [`${claim}\u0000${title}`] });
    const left = part('Vladimir Putin and Kim Jong-un left the airport in the same vehicle.', 'The two leaders left the airport in the same vehicle', 'Putin and Kim left the airport in the same vehicle');
    // Its clause sorts first ("Kim" before "The"): the order alone would give it the old id.
    const guest = part('Kim saw his guest off to the Kumsusan residence for senior foreign visitors, where President Putin would rest after his flight.', 'Kim saw his guest off to the Kumsusan residence for senior foreign visitors, where President Putin would rest after his flight.', 'Kim saw his guest off to the Kumsusan residence');
    for (const drafts of [[left, guest], [guest, left]]) {
      const ids = assignIds(drafts, new Map([[old.data.id, old]]));
      expect(ids.find((a) => a.id === old.data.id)?.draft.claim).toMatch(/left the airport/);
      expect(ids.find((a) => /guest off/.test(a.draft.claim))!.id).not.toBe(old.data.id);
    }
  });
});
