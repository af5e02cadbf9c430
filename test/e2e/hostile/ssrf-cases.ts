/** The attacks of the SSRF suite and the world they run in (shared by ssrf.test.ts and ssrf-world.ts). */

/** Where each attack sends the run: a redirect target, and the notification_url in the account's data. */
export const ATTACKS: Readonly<Record<string, { readonly redirect: string; readonly notification: string }>> = {
  'metadata by IP': { redirect: 'http://169.254.169.254/latest/meta-data/', notification: 'http://169.254.169.254/hook' },
  'metadata by decimal IP': { redirect: 'http://2852039166/latest/', notification: 'http://2852039166/hook' },
  'metadata by hex IP': { redirect: 'http://0xA9FEA9FE/latest/', notification: 'https://0xa9.0xfe.0xa9.0xfe/hook' },
  'metadata by IPv4-mapped IPv6': { redirect: 'http://[::ffff:169.254.169.254]/latest/', notification: 'http://[::ffff:a9fe:a9fe]/hook' },
  'metadata by DNS name': { redirect: 'https://metadata.example/latest/', notification: 'https://metadata.example/hook' },
  'private by IP': { redirect: 'http://10.0.0.7/admin', notification: 'http://10.0.0.7/hook' },
  'private by DNS name': { redirect: 'https://intranet.example/admin', notification: 'https://intranet.example/hook' },
  'loopback by IP': { redirect: 'http://127.0.0.1:8080/admin', notification: 'http://127.0.0.1:8080/hook' },
  'loopback by DNS name': { redirect: 'http://localhost:8080/admin', notification: 'http://localhost:8080/hook' },
  'a name with a public and a metadata address': { redirect: 'http://mixed.example/page', notification: 'http://mixed.example/hook' },
};

export const WORLD = {
  hosts: {
    'shop.example': '203.0.113.10',
    'api.example': '203.0.113.20',
    'mixed.example': ['203.0.113.30', '169.254.169.254'],
    'metadata.example': '169.254.169.254',
    'intranet.example': '10.0.0.7',
    'staging.example': '10.0.0.8',
  },
  addresses: ['169.254.169.254'],
};
