// A real SMTP server for tests (the `smtp-server` package) that keeps each received message as
// an .eml file in a folder, for the tests to read.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port';

export async function startMailCatcher(dir: string, port?: number) {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // The app keeps a pool of SMTP connections open; stopping does not wait (30 s by default) for them to leave.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        count += 1;
        writeFileSync(path.join(dir, `${Date.now()}-${count}-${to.replace(/[^a-z0-9@._+-]/gi, '_')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  const listenPort = port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  return { port: listenPort, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
