import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import inspector from './plugins/inspector';

export default defineConfig({
  plugins: [react(), inspector({ overlayKey: 'Alt+E', hide: ['VITE_SENTRY_DSN'] })],
});
