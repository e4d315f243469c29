// How the console writes amounts, shares and accounts.

/** HTML-escapes `text`. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `amount` (planck, a bigint or anything with toBigInt) in whole tokens, with up to `places`
 * decimals and thousands separators: `20,000 CXT`, `0.5 CXT`. */
export function amount(value, { decimals, symbol }, places = 4) {
  const planck = typeof value === 'bigint' ? value : BigInt(value.toString());
  const negative = planck < 0n;
  const abs = negative ? -planck : planck;
  const unit = 10n ** BigInt(decimals);
  const whole = (abs / unit).toLocaleString('en-US');
  const scale = 10n ** BigInt(Math.max(decimals - places, 0));
  const fraction = ((abs % unit) / scale).toString().padStart(Math.min(places, decimals), '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''} ${symbol}`;
}

/** Whole tokens as a number (for charts). */
export function tokens(value, { decimals }) {
  const planck = typeof value === 'bigint' ? value : BigInt(value.toString());
  const unit = 10n ** BigInt(decimals);
  return Number(planck / unit) + Number(planck % unit) / Number(unit);
}

/** A Perbill as a percentage: `87.5 %`. */
export function perbill(value) {
  return `${(Number(value.toString()) / 1e7).toFixed(1)} %`;
}

/** A Q16.16 fixed-point number. */
export function q16(value) {
  return Number(value.toString()) / 65536;
}

/** An account, shortened for tables (the full address in its title). */
export function account(address) {
  const text = address.toString();
  return `<span class="account" title="${esc(text)}">${esc(text.slice(0, 6))}…${esc(text.slice(-6))}</span>`;
}

/** An enum's variant name (`Active`), from a decoded enum or its JSON form. */
export function variant(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value.type === 'string') return value.type;
  const json = value.toJSON ? value.toJSON() : value;
  return typeof json === 'string' ? json : Object.keys(json)[0];
}

/** An `<table>` with a header row and rows of pre-escaped HTML cells. */
export function table(id, headers, rows, empty = 'none') {
  if (!rows.length) return `<p class="empty" id="${id}-empty">${esc(empty)}</p>`;
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
