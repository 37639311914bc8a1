/**
 * Freezes a value and everything reachable from it, so that exported data cannot be changed.
 * Returns the same value, typed as deeply readonly by the caller.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
