import { describe, expect, it } from 'vitest';

import type { BusMessage } from './db';
import { LocalBus, type MessageBus } from './message-bus';
import { StoryRevisions } from './story-revisions';

/** A bus whose connection the test switches, and a database that answers revisions from a table and counts. */
class SwitchBus extends LocalBus implements MessageBus {
  up = true;
  override get connected() {
    return this.up;
  }
  set(up: boolean) {
    this.up = up;
    this.announce(up);
  }
}
function fakeDb(revisions: Record<string, number>) {
  const db = {
    reads: 0,
    gate: null as Promise<void> | null,
    async query<T>(_sql: string, params: unknown[] = []): Promise<T[]> {
      db.reads++;
      const value = revisions[params[0] as string];
      await db.gate;
      return (value === undefined ? [] : [{ revision: value }]) as T[];
    },
  };
  return db;
}
const revision = (storyId: string, n: number | null): BusMessage => ({ type: 'revision', storyId, revision: n });

describe('StoryRevisions', () => {
  it('asks the database once, then answers from what the bus says, never going back', async () => {
    const bus = new SwitchBus();
    const db = fakeDb({ s: 4 });
    const revisions = new StoryRevisions(bus, db);
    expect(await revisions.current('s')).toBe(4);
    expect(await revisions.current('s')).toBe(4);
    expect(db.reads).toBe(1);
    bus.deliver(revision('s', 6));
    bus.deliver(revision('s', 5));
    expect(await revisions.current('s')).toBe(6);
    expect(db.reads).toBe(1);
  });

  it('knows a deleted story is gone, even if an older read comes back later', async () => {
    const bus = new SwitchBus();
    const revisions = new StoryRevisions(bus, fakeDb({ s: 2 }));
    expect(await revisions.current('s')).toBe(2);
    bus.deliver(revision('s', null));
    bus.deliver(revision('s', 3));
    expect(await revisions.current('s')).toBeNull();
    expect(await revisions.current('missing')).toBeNull();
  });

  it('asks the database every time while the bus is down, and forgets everything when it comes back', async () => {
    const bus = new SwitchBus();
    const db = fakeDb({ s: 1 });
    const revisions = new StoryRevisions(bus, db);
    await revisions.current('s');
    bus.set(false);
    expect(revisions.trusted).toBe(false);
    await revisions.current('s');
    await revisions.current('s');
    expect(db.reads).toBe(3);
    expect(revisions.peek('s')).toBeUndefined();
    bus.set(true);
    await revisions.current('s');
    await revisions.current('s');
    expect(db.reads).toBe(4);
  });

  it('does not keep a revision read across a reconnect: a change in the gap may be missing from it', async () => {
    const bus = new SwitchBus();
    const db = fakeDb({ s: 7 });
    const revisions = new StoryRevisions(bus, db);
    let open: () => void = () => undefined;
    db.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const reading = revisions.current('s');
    bus.set(false);
    bus.set(true);
    open();
    expect(await reading).toBe(7);
    expect(revisions.peek('s')).toBeUndefined();
  });
});
