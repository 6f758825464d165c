import { describe, expect, it } from 'vitest';
import { planPreflight, type Machine, type Privilege } from '../../scripts/preflight-plan.ts';

/** A machine that lacks the named things (paths or commands), with the given way to become root. */
function machine(missing: string[], privilege: Privilege = 'root', hasAptGet = true): Machine {
  return { has: (check) => !missing.includes('path' in check ? check.path : check.command), hasAptGet, privilege };
}

describe('the preflight of npm test and npm start', () => {
  it('does nothing on a machine that has both browsers and openssl', () => {
    expect(planPreflight('test', machine([]))).toEqual({ kind: 'ready' });
  });

  it('needs Chromium and openssl for npm start, but not Firefox', () => {
    expect(planPreflight('start', machine(['/usr/bin/firefox-esr']))).toEqual({ kind: 'ready' });
    const plan = planPreflight('start', machine(['/usr/bin/chromium', '/usr/bin/firefox-esr', 'openssl'], 'sudo-with-password'));
    expect(plan).toMatchObject({ kind: 'ask', packages: ['chromium', 'openssl'] });
  });

  it('as root, updates the package lists and installs only what is missing, without upgrading the rest', () => {
    expect(planPreflight('test', machine(['/usr/bin/firefox-esr', 'openssl']))).toEqual({
      kind: 'install',
      packages: ['firefox-esr', 'openssl'],
      commands: [
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-upgrade', 'firefox-esr', 'openssl'],
      ],
    });
  });

  it('with sudo that asks no password, installs through sudo -n', () => {
    const plan = planPreflight('test', machine(['/usr/bin/chromium'], 'passwordless-sudo'));
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.commands.map((c) => c.slice(0, 3))).toEqual([['sudo', '-n', 'env'], ['sudo', '-n', 'env']]);
    expect(plan.commands[1]!.slice(-1)).toEqual(['chromium']);
  });

  it('when it may not install, names the one command to run, with sudo if there is sudo and su if not', () => {
    const everything = ['/usr/bin/chromium', '/usr/bin/firefox-esr', 'openssl'];
    expect(planPreflight('test', machine(everything, 'sudo-with-password'))).toEqual({
      kind: 'ask',
      packages: ['chromium', 'firefox-esr', 'openssl'],
      command: 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr openssl',
    });
    expect(planPreflight('test', machine(['/usr/bin/firefox-esr'], 'no-sudo'))).toEqual({
      kind: 'ask',
      packages: ['firefox-esr'],
      command: "su -c 'apt-get update && apt-get install -y firefox-esr'",
    });
  });

  it('never asks for chromium-driver: nothing drives the browsers through it', () => {
    const plan = planPreflight('test', machine(['/usr/bin/chromium', '/usr/bin/firefox-esr', 'openssl'], 'sudo-with-password'));
    expect(plan.kind === 'ask' && plan.command).not.toContain('chromium-driver');
  });

  it('on a system without apt-get, says what is missing instead of a command that cannot work', () => {
    expect(planPreflight('test', machine(['/usr/bin/chromium'], 'root', false))).toEqual({ kind: 'unsupported', packages: ['chromium'] });
  });
});
