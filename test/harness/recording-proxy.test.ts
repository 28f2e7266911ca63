/**
 * The browser tests' recording proxy must outlive a browser that resets a refused tunnel:
 * an unhandled ECONNRESET there once failed a whole CI run whose 64 browser tests had passed.
 */
import { connect } from 'node:net';
import { expect, test } from 'vitest';
import { startRecordingProxy } from '../browser/harness/server';

/** Asks the proxy for a tunnel and resets the connection at once, as Chromium does on a 403. */
function resetTunnel(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`);
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 0);
    });
    socket.on('error', reject);
  });
}

test('a browser resetting refused tunnels neither crashes the proxy nor escapes its log', async () => {
  const proxy = await startRecordingProxy();
  try {
    for (let i = 0; i < 10; i++) await resetTunnel(proxy.port, `tracker${i}.example`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.seen).toContain('CONNECT tracker9.example:443');
    expect(proxy.seen).toHaveLength(10);
  } finally {
    await proxy.close();
  }
});
