import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const message = `\n!!! Chromium not found at ${chromiumPath}: browser tests ${process.env.CI ? 'FAIL under CI=true' : 'are SKIPPED'}.\n!!! Install it with: sudo apt-get install -y chromium\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

// Workers re-read this file: the port and data folder chosen by the main process travel in env.
/** A free port, found synchronously because the config must be plain data. */
function freePort(): number {
  return Number(
    execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
      .toString()
      .trim(),
  );
}
process.env.SPARKLOOP_E2E_PORT ??= String(freePort());
process.env.SPARKLOOP_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'sparkloop-e2e-'));
// A second server on an empty database with no demo data, for the first-run journey.
process.env.SPARKLOOP_E2E_FRESH_PORT ??= String(freePort());
process.env.SPARKLOOP_E2E_FRESH_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'sparkloop-e2e-fresh-'));
const port = Number(process.env.SPARKLOOP_E2E_PORT);
const dataDir = process.env.SPARKLOOP_E2E_DATA_DIR;
const freshPort = Number(process.env.SPARKLOOP_E2E_FRESH_PORT);
const freshBaseURL = `http://127.0.0.1:${freshPort}`;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 30_000,
  workers: 1,
  retries: 0,
  outputDir: 'test-results',
  reporter: process.env.PLAYWRIGHT_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: hasChromium
    ? [
        {
          // The production build, as users get it; `npm run test:e2e` builds first.
          command: 'node dist/server/main.js',
          url: `${baseURL}/readyz`,
          env: { PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: '1', LOG_LEVEL: 'warn', APP_URL: baseURL },
          reuseExistingServer: false,
          timeout: 120_000,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
        },
        {
          command: 'node dist/server/main.js',
          url: `${freshBaseURL}/readyz`,
          env: { PORT: String(freshPort), DATA_DIR: process.env.SPARKLOOP_E2E_FRESH_DATA_DIR, DEMO_DATA: '0', LOG_LEVEL: 'warn', APP_URL: freshBaseURL },
          reuseExistingServer: false,
          timeout: 120_000,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
        },
      ]
    : undefined,
});
