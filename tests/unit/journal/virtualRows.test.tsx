import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { RowLayout, useVirtualRows } from '../../../src/features/journal/virtualRows';

const keys = (index: number) => `k${index}`;

describe('row layout', () => {
  it('places rows at their estimated height until measured', () => {
    const layout = new RowLayout(keys, 5, 100, new Map());
    expect(layout.start(0)).toBe(0);
    expect(layout.start(3)).toBe(300);
    expect(layout.total()).toBe(500);
  });

  it('moves the rows below a measured row, and only those', () => {
    const layout = new RowLayout(keys, 5, 100, new Map());
    expect(layout.total()).toBe(500);
    expect(layout.resize(2, 150)).toBe(50);
    expect(layout.start(2)).toBe(200);
    expect(layout.start(3)).toBe(350);
    expect(layout.total()).toBe(550);
    expect(layout.resize(2, 150)).toBe(0);
  });

  it('ignores a height of zero and rows out of range', () => {
    const layout = new RowLayout(keys, 3, 100, new Map());
    expect(layout.resize(1, 0)).toBe(0);
    expect(layout.resize(7, 50)).toBe(0);
    expect(layout.total()).toBe(300);
  });

  it('keeps measured heights by key when the list changes', () => {
    const known = new Map<string | number, number>();
    new RowLayout(keys, 3, 100, known).resize(2, 40);
    const narrowed = new RowLayout(() => 'k2', 1, 100, known);
    expect(narrowed.total()).toBe(40);
  });

  it('finds the rows in view, widened by the overscan', () => {
    const layout = new RowLayout(keys, 100, 10, new Map());
    expect(layout.range(0, 30, 0)).toEqual([0, 2]);
    expect(layout.range(55, 30, 0)).toEqual([5, 8]);
    expect(layout.range(55, 30, 2)).toEqual([3, 10]);
    expect(layout.range(995, 30, 3)).toEqual([96, 99]);
    expect(layout.range(5000, 30, 0)).toEqual([99, 99]); // past the end: the last row
    expect(new RowLayout(keys, 0, 10, new Map()).range(0, 30, 2)).toEqual([0, -1]);
  });

  // How fast this is belongs to the bench (the list at 100,000 entries), not to a test.
  it('keeps offsets right across 100,000 rows measured out of order', () => {
    const layout = new RowLayout(keys, 100_000, 96, new Map());
    for (let i = 99; i >= 0; i -= 1) {
      layout.resize(i * 1000, 120);
      expect(layout.range(i * 1000 * 96, 50, 0)[0]).toBe(i * 1000);
    }
    expect(layout.start(50_001)).toBe(50_001 * 96 + 51 * 24);
    expect(layout.total()).toBe(100_000 * 96 + 100 * 24);
  });
});

function List({ count }: { count: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const items = Array.from({ length: count }, (_, i) => i);
  const { rows, total, measure } = useVirtualRows({
    scroller,
    items,
    keyOf: String,
    estimate: 50,
    overscan: 2,
  });
  return (
    <div ref={scroller}>
      <ul style={{ height: total }} data-testid="list">
        {rows.map((row) => (
          <li key={row.key} ref={measure} data-index={row.index}>
            Row {row.item} at {row.start}
          </li>
        ))}
      </ul>
    </div>
  );
}

describe('virtual rows', () => {
  it('renders only the first rows of a long list (no layout here: a zero-height view)', () => {
    render(<List count={10_000} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Row 2 at 100')).toBeInTheDocument();
    expect(screen.getByTestId('list')).toHaveStyle({ height: '500000px' });
  });

  it('renders nothing for an empty list', () => {
    render(<List count={0} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
