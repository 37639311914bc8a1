/** Records as the data files hold them: a JSON array with one record a line, so a change is a readable diff. */
export function recordsJson(records: readonly unknown[]): string {
  return records.length === 0 ? "[]\n" : `[\n${records.map((record) => JSON.stringify(record)).join(",\n")}\n]\n`;
}
