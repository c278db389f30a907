/**
 * A small virtualiser for the entry list: only the rows in view (and a few either side)
 * are in the DOM, so 100,000 entries stay smooth. Rows are measured as they render (their
 * height depends on the text and the font size) and estimated until then. It replaces
 * @tanstack/react-virtual, whose 10 KB gzip was most of the first screen's headroom
 * (docs/decisions/0009-first-screen-bundle.md); it does only what this list needs: one
 * vertical scroller, keyed rows, measured heights.
 */
import { type RefObject, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

export type RowKey = string | number;

/** Row heights and offsets for one list of items. Heights carry over by key. */
export class RowLayout {
  readonly count: number;
  private readonly sizes: Float64Array;
  private readonly starts: Float64Array;
  /** The first row whose start is stale (count + 1 when none is). */
  private dirtyFrom = 0;

  constructor(
    private readonly keys: (index: number) => RowKey,
    count: number,
    estimate: number,
    private readonly known: Map<RowKey, number>,
  ) {
    this.count = count;
    this.sizes = new Float64Array(count);
    this.starts = new Float64Array(count + 1);
    for (let i = 0; i < count; i += 1) this.sizes[i] = known.get(keys(i)) ?? estimate;
  }

  private update(): void {
    const { sizes, starts, count } = this;
    for (let i = this.dirtyFrom; i < count; i += 1) starts[i + 1] = starts[i]! + sizes[i]!;
    this.dirtyFrom = count + 1;
  }

  start(index: number): number {
    if (this.dirtyFrom <= index) this.update();
    return this.starts[index] ?? 0;
  }

  total(): number {
    return this.start(this.count);
  }

  key(index: number): RowKey {
    return this.keys(index);
  }

  /** Sets a row's measured height; returns how much it grew (0 when unchanged). */
  resize(index: number, size: number): number {
    if (index < 0 || index >= this.count || size <= 0) return 0;
    const delta = size - this.sizes[index]!;
    this.known.set(this.keys(index), size);
    if (delta === 0) return 0;
    this.sizes[index] = size;
    this.dirtyFrom = Math.min(this.dirtyFrom, index);
    return delta;
  }

  /** The rows that cross [top, top + height), widened by `overscan` rows each side. */
  range(top: number, height: number, overscan: number): [first: number, last: number] {
    if (this.count === 0) return [0, -1];
    this.update();
    // The first row that ends below `top`.
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid + 1]! > top) high = mid;
      else low = mid + 1;
    }
    let last = low;
    const bottom = top + height;
    while (last + 1 < this.count && this.starts[last + 1]! < bottom) last += 1;
    return [Math.max(0, low - overscan), Math.min(this.count - 1, last + overscan)];
  }
}

export interface VirtualRow<T> {
  index: number;
  key: RowKey;
  start: number;
  item: T;
}

interface Options<T> {
  scroller: RefObject<HTMLElement | null>;
  items: readonly T[];
  /** Must be stable (defined outside the component). */
  keyOf: (item: T) => RowKey;
  estimate: number;
  overscan: number;
}

/** The scroll position and viewport of one list, and the subscribers to its changes. */
class Viewport {
  top = 0;
  height = 0;
  /** The layout and the rows of the last commit. */
  layout: RowLayout | null = null;
  shown: [first: number, last: number] = [0, -1];
  scroller: HTMLElement | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private observer: ResizeObserver | null = null;
  private readonly owners = new WeakMap<Element, RowLayout>();

  constructor(private readonly overscan: number) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  snapshot = () => this.version;

  private changed = () => {
    this.version += 1;
    for (const listener of this.listeners) listener();
  };

  committed(layout: RowLayout, first: number, last: number): void {
    this.layout = layout;
    this.shown = [first, last];
    this.moved(false);
  }

  /** Follows the scroller's position and height; returns the clean-up. */
  attach(element: HTMLElement | null): (() => void) | undefined {
    if (!element) return;
    this.scroller = element;
    const read = () => {
      this.top = element.scrollTop;
      this.height = element.clientHeight;
    };
    const onScroll = () => {
      read();
      this.moved(true);
    };
    read();
    this.moved(false);
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            read();
            this.moved(false);
          });
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      this.scroller = null;
    };
  }

  /** Re-renders when the rows in view are not the ones shown (at once while scrolling). */
  moved(sync: boolean): void {
    if (!this.layout) return;
    const [first, last] = this.layout.range(this.top, this.height, this.overscan);
    if (first === this.shown[0] && last === this.shown[1]) return;
    if (sync) flushSync(this.changed);
    else this.changed();
  }

  private resize(layout: RowLayout, element: Element, height: number): void {
    const index = Number((element as HTMLElement).dataset.index);
    if (!Number.isInteger(index)) return;
    const above = layout.start(index) < this.top;
    const delta = layout.resize(index, height);
    if (delta === 0) return;
    // A row above the view changed height: keep what is in view where it was.
    if (above && this.scroller) {
      this.scroller.scrollTop += delta;
      this.top = this.scroller.scrollTop;
    }
    this.changed();
  }

  /** The ref of each row of `layout`: measures it now, and again when its size changes. */
  measurer(layout: RowLayout) {
    return (element: HTMLElement | null) => {
      if (!element) return;
      this.resize(layout, element, element.getBoundingClientRect().height);
      if (typeof ResizeObserver === 'undefined') return;
      this.observer ??= new ResizeObserver((records) => {
        for (const record of records) {
          const owner = this.owners.get(record.target);
          const box = record.borderBoxSize?.[0];
          if (owner)
            this.resize(owner, record.target, box ? box.blockSize : record.contentRect.height);
        }
      });
      const observer = this.observer;
      this.owners.set(element, layout);
      observer.observe(element);
      return () => {
        observer.unobserve(element);
        this.owners.delete(element);
      };
    };
  }
}

/** The rows of `items` to render in `scroller`, with their offsets, and the list's height. */
export function useVirtualRows<T>({ scroller, items, keyOf, estimate, overscan }: Options<T>) {
  const [viewport] = useState(() => new Viewport(overscan));
  const [known] = useState(() => new Map<RowKey, number>());
  const layout = useMemo(
    () => new RowLayout((index) => keyOf(items[index]!), items.length, estimate, known),
    [items, keyOf, estimate, known],
  );
  const measure = useMemo(() => viewport.measurer(layout), [viewport, layout]);
  useSyncExternalStore(viewport.subscribe, viewport.snapshot, viewport.snapshot);
  const [first, last] = layout.range(viewport.top, viewport.height, overscan);

  // After every commit: a scroll between this render and its commit renders again.
  useLayoutEffect(() => viewport.committed(layout, first, last));
  useLayoutEffect(() => viewport.attach(scroller.current), [scroller, viewport]);

  const rows: VirtualRow<T>[] = [];
  for (let index = first; index <= last; index += 1) {
    rows.push({ index, key: layout.key(index), start: layout.start(index), item: items[index]! });
  }
  return { rows, total: layout.total(), measure };
}
