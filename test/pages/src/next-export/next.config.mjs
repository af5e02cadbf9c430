// A static export (`next build` → out/), as shops host a Next.js checkout on a CDN.
export default { output: 'export', productionBrowserSourceMaps: false, images: { unoptimized: true } };
