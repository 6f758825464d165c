/**
 * What `npm test` and `npm start` need from the machine before anything else runs, and what to
 * do when some of it is missing: install Debian's packages when we may, or else stop at once
 * with the one command the reader must run. Pure: the checks of the machine are passed in, so
 * the decision is tested without touching apt.
 */

export type Purpose = 'start' | 'test';

export interface Requirement {
  /** The Debian package that provides it. */
  debianPackage: string;
  /** What must exist afterwards: an absolute path (the tests launch browsers by path) or a command on PATH. */
  check: { path: string } | { command: string };
  neededFor: Purpose[];
}

export const REQUIREMENTS: Requirement[] = [
  { debianPackage: 'chromium', check: { path: '/usr/bin/chromium' }, neededFor: ['start', 'test'] },
  { debianPackage: 'firefox-esr', check: { path: '/usr/bin/firefox-esr' }, neededFor: ['test'] },
  // The local HTTPS server makes its self-signed certificate with it.
  { debianPackage: 'openssl', check: { command: 'openssl' }, neededFor: ['start', 'test'] },
];

/** How this process can run apt-get: as root, through sudo without a password, or not at all. */
export type Privilege = 'root' | 'passwordless-sudo' | 'sudo-with-password' | 'no-sudo';

export interface Machine {
  has(check: Requirement['check']): boolean;
  hasAptGet: boolean;
  privilege: Privilege;
}

export type PreflightPlan =
  | { kind: 'ready' }
  /** Run these commands in order, then check again. */
  | { kind: 'install'; packages: string[]; commands: string[][] }
  /** Stop: the reader runs `command` (one line) and starts again. */
  | { kind: 'ask'; packages: string[]; command: string }
  /** Stop: not a Debian system, so there is no command we can name. */
  | { kind: 'unsupported'; packages: string[] };

export function planPreflight(purpose: Purpose, machine: Machine): PreflightPlan {
  const packages = REQUIREMENTS.filter((r) => r.neededFor.includes(purpose) && !machine.has(r.check)).map((r) => r.debianPackage);
  if (packages.length === 0) return { kind: 'ready' };
  if (!machine.hasAptGet) return { kind: 'unsupported', packages };
  const list = packages.join(' ');
  switch (machine.privilege) {
    case 'root':
    case 'passwordless-sudo': {
      // sudo resets the environment, so the frontend setting goes through env(1) either way.
      const asRoot = machine.privilege === 'root' ? ['env'] : ['sudo', '-n', 'env'];
      const apt = [...asRoot, 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
      // --no-upgrade: only what is missing is installed; a browser already there keeps its version.
      return { kind: 'install', packages, commands: [[...apt, 'update', '-qq'], [...apt, 'install', '-y', '-qq', '--no-upgrade', ...packages]] };
    }
    case 'sudo-with-password':
      return { kind: 'ask', packages, command: `sudo apt-get update && sudo apt-get install -y ${list}` };
    case 'no-sudo':
      return { kind: 'ask', packages, command: `su -c 'apt-get update && apt-get install -y ${list}'` };
  }
}
