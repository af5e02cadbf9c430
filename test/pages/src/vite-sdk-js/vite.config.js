import { defineConfig } from 'vite';

export default defineConfig({ build: { sourcemap: false, outDir: process.env.OUT_DIR, emptyOutDir: true } });
