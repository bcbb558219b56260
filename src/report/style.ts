/** The report's whole style sheet: inlined, so the file needs no network. */
export const REPORT_CSS = `
:root { --ink: #1d1d1f; --muted: #6b6b70; --line: #d9d9de; --quote: #e8f0fe; --speaker: #0b57d0; --cue: #6d3fc0; --variant: #ffe08a; --missing: #f4c7c3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); font: 16px/1.5 Georgia, "Times New Roman", serif; background: #fff; }
h1, h2, h3, th, figcaption, .summary, nav, .legend { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); font-size: 1.25rem; }
h3 { margin: 1.5rem 0 .5rem; font-size: 1.05rem; }
.summary, .generator { margin: 0; color: var(--muted); }
nav a { margin-right: 1rem; color: var(--speaker); }
.legend span { margin-right: 1rem; }
.empty { color: var(--muted); font-style: italic; }
.cluster { margin-bottom: 1.5rem; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; }
.variant { margin: 0; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; background: #fafafa; }
.variant figcaption { margin-bottom: .4rem; font-size: .85rem; color: var(--muted); }
.variant blockquote { margin: 0; font-size: 1.05rem; }
.variant blockquote::before { content: "\\201C"; }
.variant blockquote::after { content: "\\201D"; }
mark.variant-words { background: var(--variant); padding: 0 .1em; border-radius: 2px; }
mark.variant-spelling { background: none; border-bottom: 2px dotted var(--cue); }
.outlet { font-weight: 600; color: var(--ink); }
.speaker { color: var(--speaker); font-weight: 600; }
.cue { color: var(--cue); font-style: italic; }
.quote { background: var(--quote); border-radius: 2px; }
.quote.term { background: none; border-bottom: 1px dotted var(--muted); }
.quote.unattributed { background: var(--missing); }
table { width: 100%; border-collapse: collapse; font-size: .95rem; }
th, td { padding: .4rem .5rem; border: 1px solid var(--line); vertical-align: top; text-align: left; }
th { background: #f2f2f5; font-size: .85rem; }
td.none { color: var(--muted); text-align: center; }
.article-text p { margin: 0 0 .6rem; }
.quote-list { font-size: .9rem; }
.confidence { font-variant-numeric: tabular-nums; color: var(--muted); }
@media print { nav { display: none; } .side-by-side { grid-template-columns: repeat(2, 1fr); } }
`
