/**
 * The order of a timeline (src/timeline.ts): by first day, then the wider interval first, then
 * the events' given order.
 */

/** Bits of a sort key: first day, length and index in one number stay exact integers below 2^53. */
const exactBits = 53;

/** Bits needed to write a non-negative integer below 2^32 (day numbers, lengths and counts are). */
function bitLength(value: number): number {
  return 32 - Math.clz32(value);
}

/**
 * The indexes of the events in timeline order: by first day, then the wider interval first, then
 * their given order. When the first day, the length and the index fit in one exact integer, each
 * event is one number and a numeric sort of a typed array orders them; otherwise a stable sort
 * with a comparison does.
 */
export function timelineOrder(
  firstDays: Int32Array,
  lastDays: Int32Array,
  lowest: number,
  highest: number,
  longest: number,
  keyBits = exactBits,
): ArrayLike<number> {
  const count = firstDays.length;
  const indexBits = bitLength(count - 1);
  const spanBits = bitLength(longest);
  if (count > 1 && bitLength(highest - lowest) + spanBits + indexBits <= keyBits) {
    const indexScale = 2 ** indexBits;
    const spanScale = 2 ** spanBits;
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1) {
      const first = firstDays[index] as number;
      // The wider interval first: the longest sorts as 0.
      const narrower = longest - ((lastDays[index] as number) - first);
      keys[index] = ((first - lowest) * spanScale + narrower) * indexScale + index;
    }
    keys.sort();
    const order = new Int32Array(count);
    for (let rank = 0; rank < count; rank += 1) order[rank] = (keys[rank] as number) % indexScale;
    return order;
  }
  return comparisonOrder(firstDays, lastDays);
}

/** Timeline order by a stable comparison sort (Array.prototype.sort is stable: ties keep their given order). */
function comparisonOrder(firstDays: Int32Array, lastDays: Int32Array): number[] {
  const order = Array.from({ length: firstDays.length }, (_, index) => index);
  order.sort((a, b) => (firstDays[a] as number) - (firstDays[b] as number) || (lastDays[b] as number) - (lastDays[a] as number));
  return order;
}
