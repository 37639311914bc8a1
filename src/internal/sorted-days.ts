/** Searches in sorted lists of day numbers, shared by the status helpers and the panels. */

/** How many of the sorted days are on or before `day`. */
export function countUpTo(days: ArrayLike<number>, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}
