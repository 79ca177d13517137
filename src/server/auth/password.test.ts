import { describe, expect, it } from 'vitest';

import { hashPassword, verifyPassword } from './password';

describe('password hashes (scrypt, a salt per hash)', () => {
  it('verifies the right password and refuses any other, and never holds the password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(hash).not.toContain('correct horse');
    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('salts each hash: the same password twice gives two different hashes, both valid', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    await expect(verifyPassword('same password here', b)).resolves.toBe(true);
  });

  it('treats a password in another Unicode form as the same (NFC), and a malformed hash as no match', async () => {
    const hash = await hashPassword('caf\u00e9 au lait noir');
    await expect(verifyPassword('cafe\u0301 au lait noir', hash)).resolves.toBe(true);
    for (const bad of ['', 'plain', 'scrypt$0$8$1$c2FsdA==$aGFzaA==', 'bcrypt$x']) await expect(verifyPassword('anything', bad)).resolves.toBe(false);
  });
});
