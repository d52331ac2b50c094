import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4180);
/** `npm test` runs the quick tier, `npm run test:deep` the tests tagged @deep (see e2e/tiers.ts). */
const deepTier = process.env.TEST_TIER === 'deep';
/** The built site is served from a sub-path, as on GitHub Pages, to prove the relative base works. */
export const SUB_PATH = '/explorer/';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  grep: deepTier ? /@deep/ : undefined,
  grepInvert: deepTier ? undefined : /@deep/,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}${SUB_PATH}`,
    acceptDownloads: true,
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `node scripts/serve.mjs dist ${port} ${SUB_PATH}`,
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
