import { BlockList, isIP } from 'node:net';
import type { FieldError } from '../common/errors';

/**
 * Where a webhook may point. An API that calls URLs its users give it can be turned against its own
 * network (SSRF): targets resolving to loopback, private, link-local (cloud metadata), CGNAT,
 * multicast or reserved addresses are refused unless an operator allows their network.
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
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const;

const privateNetworks = new BlockList();
for (const [net, prefix] of PRIVATE_V4) privateNetworks.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of PRIVATE_V6) privateNetworks.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is. */
function normalise(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
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
