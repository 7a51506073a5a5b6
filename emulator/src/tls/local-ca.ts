/**
 * The emulator's local certificate authority: the official SDKs always speak TLS to the environment URL, so the
 * emulator serves a certificate that clients trust by pointing one variable at `ca.pem` (README: "gRPC and
 * TLS"). Made on first start in `<data dir>/tls`, kept across restarts so a CA trusted once stays trusted; the
 * leaf is re-issued (by the same CA) when it nears expiry or does not cover a host it must serve. Without a
 * data dir (tests) both live in memory only.
 */
import { generateKeyPair, randomBytes, sign, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';

const CA_YEARS = 10;
/** Under the 398 days browsers allow a leaf, so a browser pointed at https:// accepts it too. */
const LEAF_DAYS = 397;
const RENEW_BEFORE_MS = 30 * 86_400_000;
/** Always covered, whatever the listen address: the names the README tells clients to use. */
export const DEFAULT_TLS_HOSTS = ['localhost', '127.0.0.1', '::1'];

export interface LocalTls {
  /** PEM of the CA certificate: the one file clients trust. */
  caPem: string;
  /** Where the CA certificate is, when there is a data dir. */
  caPath: string | undefined;
  /** Leaf key and certificate (with the CA appended) for the TLS server. */
  key: string;
  cert: string;
}

interface Pair {
  keyPem: string;
  certPem: string;
}

/** Off the event loop: an RSA key takes up to a second on a busy machine. */
const newRsaKey = () =>
  promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

/**
 * node-forge builds the certificate; node:crypto signs it (forge's pure-JS RSA takes half a second a signature
 * on a busy machine, node's native one a millisecond). Same bytes as forge's own cert.sign: SHA-256 with RSA
 * over the DER of the to-be-signed part.
 */
function signWithNode(cert: forge.pki.Certificate, signerKeyPem: string) {
  const oid = forge.pki.oids.sha256WithRSAEncryption;
  cert.signatureOid = oid;
  cert.siginfo.algorithmOid = oid;
  // getTBSCertificate is public in node-forge (lib/x509.js) but missing from its type definitions.
  const { getTBSCertificate } = forge.pki as unknown as {
    getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1;
  };
  const tbs = getTBSCertificate(cert);
  const der = Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary');
  (cert as forge.pki.Certificate & { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate = tbs;
  cert.signature = sign('sha256', der, signerKeyPem).toString('binary');
}

/** Positive, random 128-bit serial (RFC 5280 asks for unique, at most 20 octets). */
const serial = () => `01${randomBytes(15).toString('hex')}`;

async function makeCa(): Promise<Pair> {
  const { publicKey, privateKey } = await newRsaKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + CA_YEARS * 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: 'MCP Console emulator local CA' },
    { name: 'organizationName', value: 'MCP Console (local development only)' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  signWithNode(cert, privateKey);
  return { keyPem: privateKey, certPem: forge.pki.certificateToPem(cert) };
}

async function makeLeaf(ca: Pair, hosts: string[]): Promise<Pair> {
  const { publicKey, privateKey } = await newRsaKey();
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + LEAF_DAYS * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: hosts[0] }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: hosts.map((h) => (isIP(h) ? { type: 7, ip: h } : { type: 2, value: h })),
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  signWithNode(cert, ca.keyPem);
  return { keyPem: privateKey, certPem: forge.pki.certificateToPem(cert) };
}

/** A leaf is reused only while it is the CA's, far from expiry and covers every host asked for. */
function leafStillGood(leaf: Pair, ca: Pair, hosts: string[]): boolean {
  try {
    const cert = new X509Certificate(leaf.certPem);
    if (!cert.verify(new X509Certificate(ca.certPem).publicKey)) return false;
    if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return false;
    return hosts.every((h) => (isIP(h) ? cert.checkIP(h) : cert.checkHost(h)) !== undefined);
  } catch {
    return false;
  }
}

function readPair(dir: string, base: string): Pair | undefined {
  const keyFile = path.join(dir, `${base}-key.pem`);
  const certFile = path.join(dir, `${base}.pem`);
  if (!existsSync(keyFile) || !existsSync(certFile)) return undefined;
  return { keyPem: readFileSync(keyFile, 'utf8'), certPem: readFileSync(certFile, 'utf8') };
}

function writePair(dir: string, base: string, pair: Pair) {
  const keyFile = path.join(dir, `${base}-key.pem`);
  writeFileSync(keyFile, pair.keyPem, { mode: 0o600 });
  chmodSync(keyFile, 0o600); // the mode option does not apply to a file that already existed
  writeFileSync(path.join(dir, `${base}.pem`), pair.certPem);
}

/**
 * The CA and the leaf for `hosts` (plus the defaults). With a data dir the files are `<dataDir>/tls/ca.pem`,
 * `ca-key.pem`, `server.pem`, `server-key.pem` (keys readable by the owner only). Material already on disk is
 * read at once; what is missing is made on first need (`ensure`), so an emulator that never sees a TLS client
 * never pays for key generation.
 */
export class LocalCa {
  private readonly dir: string | undefined;
  private readonly hosts: string[];
  private material: LocalTls | undefined;
  private making: Promise<LocalTls> | undefined;

  constructor(dataDir: string | undefined, extraHosts: string[] = []) {
    this.dir = dataDir ? path.join(dataDir, 'tls') : undefined;
    this.hosts = [...new Set([...DEFAULT_TLS_HOSTS, ...extraHosts.filter(coverable)])];
    const ca = this.dir ? readPair(this.dir, 'ca') : undefined;
    const leaf = this.dir ? readPair(this.dir, 'server') : undefined;
    if (ca && leaf && leafStillGood(leaf, ca, this.hosts)) this.material = bundle(ca, leaf, this.dir);
  }

  /** Where clients find the CA certificate (it exists once `ensure` has resolved). */
  get caPath(): string | undefined {
    return this.dir && path.join(this.dir, 'ca.pem');
  }

  /** The material if it is ready now (on disk at start, or made since). */
  current(): LocalTls | undefined {
    return this.material;
  }

  ensure(): Promise<LocalTls> {
    if (this.material) return Promise.resolve(this.material);
    this.making ??= this.make().then((m) => (this.material = m));
    return this.making;
  }

  private async make(): Promise<LocalTls> {
    const dir = this.dir;
    if (dir) mkdirSync(dir, { recursive: true });
    let ca = dir ? readPair(dir, 'ca') : undefined;
    if (!ca) {
      ca = await makeCa();
      if (dir) writePair(dir, 'ca', ca);
    }
    let leaf = dir ? readPair(dir, 'server') : undefined;
    if (!leaf || !leafStillGood(leaf, ca, this.hosts)) {
      leaf = await makeLeaf(ca, this.hosts);
      if (dir) writePair(dir, 'server', leaf);
    }
    return bundle(ca, leaf, dir);
  }
}

function bundle(ca: Pair, leaf: Pair, dir: string | undefined): LocalTls {
  return {
    caPem: ca.certPem,
    caPath: dir ? path.join(dir, 'ca.pem') : undefined,
    key: leaf.keyPem,
    cert: leaf.certPem + ca.certPem,
  };
}

/** Wildcard listen addresses are not names a client connects to, so a certificate cannot name them. */
function coverable(host: string): boolean {
  return host !== '' && host !== '0.0.0.0' && host !== '::';
}
