/**
 * Lets the browser paint and answer input before the next step of a long start: the rest
 * runs in a new task (scheduler.yield where there is one, which keeps its place in line).
 * Never inside a database transaction: leaving the task would end it.
 */
const withScheduler = globalThis as { scheduler?: { yield?: () => Promise<void> } };

export function nextTask(): Promise<void> {
  const scheduler = withScheduler.scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
