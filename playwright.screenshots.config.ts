/** `npm run screenshots`: the README's pictures, taken from the real build (see e2e/screenshots.shot.ts). */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testMatch: 'screenshots.shot.ts', reporter: 'list', workers: 1 });
