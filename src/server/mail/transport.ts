import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailMode = 'smtp' | 'outbox';
export type SentMail = { transport: MailMode; location: string };

export type Mailer = {
  mode: MailMode;
  /** Where messages go, for `doctor` and logs (SMTP host or outbox folder). */
  destination: string;
  send(message: MailMessage): Promise<SentMail>;
  close(): void;
};

/** SMTP when SMTP_URL is set; otherwise every message becomes an .eml file in DATA_DIR/outbox. */
export function createMailer(options: { smtpUrl: string | undefined; from: string; dataDir: string; logger: Logger }): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from, options.logger) : outboxMailer(options);
}

function smtpMailer(smtpUrl: string, from: string, logger: Logger): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const host = new URL(smtpUrl).host;
  return {
    mode: 'smtp',
    destination: host,
    async send(message) {
      const info = await transport.sendMail({ from, ...message });
      logger.info({ to: message.to, subject: message.subject, messageId: info.messageId }, 'mail sent by SMTP');
      return { transport: 'smtp', location: info.messageId };
    },
    close: () => transport.close(),
  };
}

function outboxMailer(options: { from: string; dataDir: string; logger: Logger }): Mailer {
  const outbox = path.join(options.dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    mode: 'outbox',
    destination: outbox,
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      await mkdir(outbox, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(outbox, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, info.message as Buffer);
      options.logger.info({ to: message.to, subject: message.subject, file }, 'mail written to outbox (no SMTP_URL)');
      return { transport: 'outbox', location: file };
    },
    close: () => transport.close(),
  };
}
