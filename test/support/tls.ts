/**
 * A self-signed certificate made at test time for the real hostnames the tests serve: news
 * sites are HSTS-preloaded, so they must be served over HTTPS, and nothing secret is kept in
 * the repository.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function makeCertificate(hostnames: string[], dir: string): Promise<{ key: Buffer; cert: Buffer; certPath: string }> {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const configPath = join(dir, 'openssl.cnf');
  const names = [...new Set([...hostnames, 'localhost'])];
  const altNames = [...names.map((name, i) => `DNS.${i + 1} = ${name}`), 'IP.1 = 127.0.0.1'];
  await writeFile(
    configPath,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = article-history test server',
      '[ext]',
      // CA:TRUE lets the certificate be imported as its own authority (Firefox's cert store).
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign',
      'extendedKeyUsage = serverAuth',
      'subjectAltName = @alt',
      '[alt]',
      ...altNames,
      '',
    ].join('\n'),
  );
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-keyout', keyPath, '-out', certPath, '-config', configPath]);
  const [key, cert] = await Promise.all([readFile(keyPath), readFile(certPath)]);
  return { key, cert, certPath };
}
