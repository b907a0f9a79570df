/**
 * The standalone policy page's only style (src/policy/document/render.ts writes it into the page); the
 * CSP of every answer admits it by its hash (app-headers.ts), so it lives here, below both.
 */
export const PRINT_CSS = `body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
.ropa-notice{border:2px solid #b35c00;background:#fff4e5;padding:.75rem 1rem;margin:1rem 0}
.ropa-draft{border:3px dashed #a00000;background:#fdecea;color:#6b0000;padding:.75rem 1rem;margin:0 0 1rem}
.ropa-effective{color:#555}nav ol{padding-left:1.2rem}a{color:#0645ad}
@media print{body{margin:0;max-width:none;font-size:11pt}nav{display:none}a{color:inherit;text-decoration:none}.ropa-notice,.ropa-draft{border-color:#000;background:none;color:inherit}h2{break-after:avoid}tr{break-inside:avoid}}`;
