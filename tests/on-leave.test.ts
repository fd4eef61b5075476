import { describe, expect, it } from 'vitest';
import { leaveNow, onLeave } from '../src/cli/on-leave.js';

/**
 * src/cli/on-leave.ts: one list of undo steps for every way the CLI ends (the 'exit' event,
 * SIGTERM, the SIGINT self-kill). The end-to-end cases (a closed pipe, SIGTERM under `script`) are in
 * cli-audit-32.test.ts; these probe the registration itself in this process.
 */
describe('onLeave', () => {
  it('hooks exit and SIGTERM while something is to be undone, and unhooks when the last is taken back', () => {
    const exitBefore = process.listenerCount('exit');
    const termBefore = process.listenerCount('SIGTERM');
    const forgetA = onLeave(() => undefined);
    const forgetB = onLeave(() => undefined);
    expect(process.listenerCount('exit')).toBe(exitBefore + 1);
    expect(process.listenerCount('SIGTERM')).toBe(termBefore + 1);
    forgetA();
    expect(process.listenerCount('exit')).toBe(exitBefore + 1);
    forgetB();
    expect(process.listenerCount('exit')).toBe(exitBefore);
    expect(process.listenerCount('SIGTERM')).toBe(termBefore);
  });

  it('leaveNow runs each undo still registered once, not the ones taken back, and unhooks', () => {
    const exitBefore = process.listenerCount('exit');
    const ran: string[] = [];
    onLeave(() => ran.push('kept'));
    const forget = onLeave(() => ran.push('taken back'));
    forget();
    leaveNow();
    leaveNow();
    expect(ran).toEqual(['kept']);
    expect(process.listenerCount('exit')).toBe(exitBefore);
  });

  it('the exit event runs the undo steps (what a normal end or a closed pipe goes through)', () => {
    const ran: number[] = [];
    const forget = onLeave(() => ran.push(1));
    const listeners = process.listeners('exit');
    const hook = listeners[listeners.length - 1] as (code: number) => void;
    hook(0);
    expect(ran).toEqual([1]);
    forget();
  });
});
