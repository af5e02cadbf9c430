/**
 * Mozilla's "intermediate" TLS 1.2 suites (ECDHE with AES-GCM or ChaCha20-Poly1305): what a
 * well-configured shop serves. Node's default list also offers the RSA key-exchange and CBC
 * suites, which ssl.forward-secrecy rightly flags, so the sandbox's healthy servers set this.
 */
export const MODERN_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
