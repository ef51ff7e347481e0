// Command ids made on the device. crypto.randomUUID() exists only in secure contexts (https or
// localhost), and phones open the venue's http://192.168.x.x address, so build one from
// getRandomValues, which works everywhere.
export function newCommandId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
