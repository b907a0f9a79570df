import { describe, expect, it } from '@jest/globals';
import { redactUrl, TargetPolicy } from './webhook-target';

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
