import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/app/nextTask';

describe('yielding to the browser between start-up steps', () => {
  it('goes on in a later task, after work already waiting, not in the same one', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('waiting task'), 0);
    void Promise.resolve().then(() => order.push('same task'));
    await nextTask();
    order.push('after the yield');
    expect(order).toEqual(['same task', 'waiting task', 'after the yield']);
  });
});
