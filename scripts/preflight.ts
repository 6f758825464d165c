/**
 * `tsx scripts/preflight.ts test|start`: run first by `npm test` and `npm start`. Installs the
 * missing browsers and openssl from Debian when this process may (root, or sudo without a
 * password); otherwise stops within seconds and prints the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { planPreflight, type Machine, type Privilege, type Purpose, type Requirement } from './preflight-plan.ts';

const purpose = process.argv[2];
if (purpose !== 'test' && purpose !== 'start') {
  console.error('usage: tsx scripts/preflight.ts test|start');
  process.exit(2);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));

function has(check: Requirement['check']): boolean {
  return 'path' in check ? isExecutable(check.path) : onPath(check.command);
}

function privilege(): Privilege {
  if (process.getuid?.() === 0) return 'root';
  if (!onPath('sudo')) return 'no-sudo';
  // -n: fail at once instead of asking for a password.
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 }).status === 0 ? 'passwordless-sudo' : 'sudo-with-password';
}

const detect = (): Machine => ({ has, hasAptGet: onPath('apt-get'), privilege: privilege() });

function preflight(purpose: Purpose): number {
  const script = `npm ${purpose}`;
  const plan = planPreflight(purpose, detect());
  switch (plan.kind) {
    case 'ready':
      return 0;
    case 'ask':
      console.error(`${script} needs Debian's ${plan.packages.join(', ')}. Install with this one command, then run ${script} again:`);
      console.error(plan.command);
      return 1;
    case 'unsupported':
      console.error(`${script} needs ${plan.packages.join(', ')} as Debian packages them (the browsers at /usr/bin/chromium and /usr/bin/firefox-esr); this system has no apt-get.`);
      return 1;
    case 'install': {
      console.log(`${script}: installing Debian's ${plan.packages.join(', ')} with apt-get`);
      for (const command of plan.commands) {
        const result = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit' });
        if (result.status !== 0) {
          console.error(`${script}: \`${command.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); install ${plan.packages.join(', ')} and run ${script} again.`);
          return 1;
        }
      }
      const after = planPreflight(purpose, detect());
      if (after.kind === 'ready') return 0;
      console.error(`${script}: apt-get ran, yet ${plan.packages.join(', ')} is still not usable (${after.kind}).`);
      return 1;
    }
  }
}

process.exitCode = preflight(purpose);
