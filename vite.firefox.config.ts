import { defineConfig } from 'vite';
import { extensionConfig } from './vite.config';

// `npm run build:firefox`: the Firefox add-on in dist-firefox/ (manifest differences: manifest.config.ts).
export default defineConfig(extensionConfig('firefox'));
