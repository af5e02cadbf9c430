import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Public source maps (`build.sourcemap: true`), as many shops ship them.
export default defineConfig({ plugins: [react()], build: { sourcemap: true, outDir: process.env.OUT_DIR, emptyOutDir: true } });
