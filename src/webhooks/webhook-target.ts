import { BlockList, isIP } from 'node:net';
import type { FieldError } from '../common/errors';

/**
 * Where a webhook may point. An API that calls URLs its users give it can be turned against its own
 * network (SSRF): targets resolving to loopback, private, link-local (cloud metadata), CGNAT,
 * multicast or reserved addresses (IANA's special-purpose registries, RFC 6890) are refused unless an
 * operator allows their network, and so are IPv6 addresses carrying one of them (`embeddedIpv4`) and
 * tunnels whose far end cannot be judged here (Teredo, 2001::/32; NAT64, 64:ff9b::/96).
 */
const PRIVATE_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;
const PRIVATE_V6 = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:2::', 48],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const;

const privateNetworks = new BlockList();
for (const [net, prefix] of PRIVATE_V4) privateNetworks.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of PRIVATE_V6) privateNetworks.addSubnet(net, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part and a zone allowed), or null. */
export function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.split('%')[0].toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const part = (s: string | undefined): number[] => (s ? s.split(':').map((group) => parseInt(group, 16)) : []);
  const before = part(head);
  const after = part(tail);
  const groups = tail === undefined ? before : [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
  return groups.length === 8 ? groups : null;
}

const ipv4Of = (high: number, low: number): string => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address stands for, in the forms that carry one and route to it (RFC 4291
 * §2.5.5, RFC 6052, RFC 3056), or null: IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`
 * (deprecated, still routed by some stacks), IPv4-translated `::ffff:0:a.b.c.d` (SIIT) and 6to4
 * `2002:AABB:CCDD::/48`. Such an address is judged as the IPv4 address it carries: `[::127.0.0.1]`,
 * `[::ffff:0:127.0.0.1]` and `[2002:7f00:1::]` are loopback, by rule.
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g === null) return null;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((group) => group === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return ipv4Of(g[6], g[7]);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return ipv4Of(g[6], g[7]);
  // `::` and `::1` are IPv6's own unspecified and loopback addresses, refused as such.
  if (zeros(0, 6) && (g[6] !== 0 || g[7] > 1)) return ipv4Of(g[6], g[7]);
  if (g[0] === 0x2002) return ipv4Of(g[1], g[2]);
  return null;
}

/** An address as it is judged: an IPv6 address that carries an IPv4 one (above) as that IPv4 address. */
function normalise(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  if (isIP(address) !== 6) return { address, family: 'ipv4' };
  const embedded = embeddedIpv4(address);
  return embedded === null ? { address, family: 'ipv6' } : { address: embedded, family: 'ipv4' };
}

export class TargetPolicy {
  private readonly allowed = new BlockList();

  /** @param allowedNetworks CIDRs (`127.0.0.0/8`) of private networks an operator opened to webhooks */
  constructor(allowedNetworks: string[]) {
    for (const cidr of allowedNetworks) {
      const [net, prefix] = cidr.split('/');
      const family = isIP(net) === 6 ? 'ipv6' : 'ipv4';
      if (isIP(net) === 0) throw new Error(`WEBHOOK_ALLOWED_PRIVATE_NETWORKS: ${cidr} is not a CIDR`);
      this.allowed.addSubnet(net, Number(prefix), family);
    }
  }

  /** True when a connection to this resolved address may be made. */
  addressAllowed(raw: string): boolean {
    const { address, family } = normalise(raw);
    if (!privateNetworks.check(address, family)) return true;
    return this.allowed.check(address, family);
  }

  /**
   * Checks a URL as written: https anywhere public, http only to loopback (a receiver on the same
   * machine, as in tests), no fragment. Host names are checked again on every delivery, after DNS.
   */
  checkUrl(raw: string, path = 'url'): FieldError[] {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return [{ path, message: `${path} must be an absolute URL` }];
    }
    const host = hostOf(url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return [{ path, message: `${path} must use https` }];
    if (url.protocol === 'http:' && !isLoopback(host))
      return [{ path, message: `${path} must use https (http only to a loopback address)` }];
    if (url.hash) return [{ path, message: `${path} must not have a fragment` }];
    const literal = host === 'localhost' ? '127.0.0.1' : host;
    if (isIP(literal) !== 0 && !this.addressAllowed(literal)) {
      return [{ path, message: `${path} points to a private network; an operator may allow it with WEBHOOK_ALLOWED_PRIVATE_NETWORKS` }];
    }
    return [];
  }
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A URL as it may be logged: scheme, host and path, never the user, password or query (tokens live there). */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
