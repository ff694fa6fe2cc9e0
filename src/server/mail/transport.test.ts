import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './transport.js';

/** A real SMTP server on a free port: the mailer speaks actual SMTP to it. */
let server: SMTPServer;
let port = 0;
const received: { from: string; to: string[]; data: string }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('mail over SMTP', () => {
  it('sends through SMTP_URL when it is set', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Sparkloop <noreply@sparkloop.test>',
      dataDir: '/nonexistent',
      logger: pino({ level: 'silent' }),
    });
    expect(mailer.mode).toBe('smtp');
    const sent = await mailer.send({ to: 'lea@example.com', subject: 'Your idea shipped', text: 'Thank you for the spark.' });
    mailer.close();
    expect(sent.transport).toBe('smtp');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'noreply@sparkloop.test', to: ['lea@example.com'] });
    expect(received[0]!.data).toContain('Subject: Your idea shipped');
  });
});
