import { describe, expect, it } from '@jest/globals';
import { embeddedIpv4, redactUrl, TargetPolicy } from './webhook-target';

describe('webhook targets (SSRF guard)', () => {
  const closed = new TargetPolicy([]);

  it('refuses loopback, private, link-local, CGNAT, unique-local and mapped addresses by default', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.0.10',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
    ])
      expect([address, closed.addressAllowed(address)]).toEqual([address, false]);
    for (const address of ['93.184.215.14', '2606:4700::6810:85e5']) expect(closed.addressAllowed(address)).toBe(true);
  });

  it('judges an IPv6 address that carries an IPv4 one as that IPv4 address: mapped, compatible, translated and 6to4 forms', () => {
    expect(embeddedIpv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::ffff:0:127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::ffff:0:a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIpv4('2002:7f00:1::')).toBe('127.0.0.1');
    expect(embeddedIpv4('2002:c0a8:0101:5::1')).toBe('192.168.1.1');
    expect(embeddedIpv4('::1')).toBeNull();
    expect(embeddedIpv4('::')).toBeNull();
    expect(embeddedIpv4('2606:4700::6810:85e5')).toBeNull();
    expect(embeddedIpv4('127.0.0.1')).toBeNull();
    for (const address of [
      '::127.0.0.1',
      '::7f00:1',
      '::ffff:7f00:1',
      '::ffff:0:127.0.0.1',
      '::ffff:0:7f00:1',
      '::10.0.0.1',
      '::ffff:0:a9fe:a9fe',
      '::ffff:169.254.169.254',
      '2002:7f00:1::',
      '2002:7f00:0001:0:0:0:0:1',
      '2002:a00:1::1',
      '2002:a9fe:a9fe::',
      '2002:c0a8:101::1',
      '64:ff9b::7f00:1',
      '64:ff9b:1::a00:1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      'fec0::1',
    ])
      expect([address, closed.addressAllowed(address)]).toEqual([address, false]);
    // A 6to4 address of a public IPv4 address routes there, and is as public as it.
    expect(closed.addressAllowed('2002:5db8:d70e::1')).toBe(true);
    expect(closed.addressAllowed('::ffff:93.184.215.14')).toBe(true);
  });

  it('refuses the embedded forms written in a URL, as the URL parser rewrites them', () => {
    const open = new TargetPolicy([]);
    for (const url of [
      'https://[::127.0.0.1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[::ffff:0:127.0.0.1]/hook',
      'https://[2002:7f00:1::]/hook',
      'https://[::ffff:a9fe:a9fe]/latest/meta-data',
    ])
      expect([url, open.checkUrl(url)[0]?.message]).toEqual([url, expect.stringMatching(/private network/)]);
    expect(open.checkUrl('https://[2002:5db8:d70e::1]/hook')).toEqual([]);
  });

  it('opens the networks an operator allows to the embedded forms of their addresses too', () => {
    const open = new TargetPolicy(['127.0.0.0/8']);
    expect(open.addressAllowed('::ffff:0:127.0.0.1')).toBe(true);
    expect(open.addressAllowed('2002:7f00:1::')).toBe(true);
    expect(open.addressAllowed('2002:a00:1::')).toBe(false);
  });

  it('opens exactly the networks an operator allows', () => {
    const open = new TargetPolicy(['127.0.0.0/8', '10.1.0.0/16']);
    expect(open.addressAllowed('127.0.0.1')).toBe(true);
    expect(open.addressAllowed('10.1.200.3')).toBe(true);
    expect(open.addressAllowed('10.2.0.1')).toBe(false);
    expect(() => new TargetPolicy(['nonsense/8'])).toThrow(/WEBHOOK_ALLOWED_PRIVATE_NETWORKS/);
  });

  it('accepts https, and http only to loopback', () => {
    const open = new TargetPolicy(['127.0.0.0/8']);
    expect(open.checkUrl('https://cms.example.com/hook')).toEqual([]);
    expect(open.checkUrl('http://127.0.0.1:8080/hook')).toEqual([]);
    expect(open.checkUrl('http://localhost:8080/hook')).toEqual([]);
    expect(open.checkUrl('http://cms.example.com/hook')[0].message).toMatch(/https/);
    expect(open.checkUrl('ftp://cms.example.com/hook')[0].message).toMatch(/https/);
    expect(open.checkUrl('https://cms.example.com/hook#x')[0].message).toMatch(/fragment/);
    expect(open.checkUrl('not a url')[0].message).toMatch(/absolute URL/);
    expect(closed.checkUrl('http://127.0.0.1:8080/hook')[0].message).toMatch(/private network/);
  });

  it('never logs credentials or query strings', () => {
    expect(redactUrl('https://user:s3cret@cms.example.com:8443/hook?token=abc')).toBe('https://cms.example.com:8443/hook');
  });
});
