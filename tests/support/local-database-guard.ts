// Tests drop and create databases: refuse to run them against anything but this machine.
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}
