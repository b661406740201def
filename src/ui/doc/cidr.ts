// Checking `a.b.c.d` and `a.b.c.d/len` input, without ip-num (the editor's commands need only this;
// address arithmetic, addr.ts, is loaded with the dialogs that propose addresses).

import { FieldError } from './names.ts';

const OCTETS = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function checkIp(ip: string, field = 'ip'): string {
  const v = ip.trim();
  if (!OCTETS.test(v)) throw new FieldError(field, 'err.ip.format');
  return v;
}

/** `10.0.0.2/24` → normalised; the prefix is required (iproute2 would silently take /32). */
export function checkCidr(cidr: string, field = 'addr'): { ip: string; len: number; text: string } {
  const m = /^([^/\s]+)\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) throw new FieldError(field, 'err.cidr.format');
  const ip = checkIp(m[1], field);
  const len = Number(m[2]);
  if (len > 32) throw new FieldError(field, 'err.cidr.format');
  return { ip, len, text: `${ip}/${len}` };
}
