import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { organisations } from '../db/schema/index.js';

let t: TestContext;
let author: SignedIn;
let colleague: SignedIn;
let ideaId: string;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  author = await signedIn(t, 'employee');
  colleague = await signedIn(t, 'employee');
  const res = await author.request('POST', '/api/v1/ideas', { body: { title: 'Photo of the broken lift sign', problem: 'Guests get lost.', proposal: 'A clearer sign.', area: 'process' } });
  ideaId = ((await res.json()) as { id: string }).id;
});
afterAll(() => t.close());

function upload(who: SignedIn, bytes: Buffer, name: string, type = 'application/octet-stream') {
  return t.app.request(`/api/v1/ideas/${ideaId}/attachments?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { cookie: who.cookie, origin: t.config.appUrl, 'content-type': type, 'content-length': String(bytes.byteLength) },
  }, { incoming: { socket: { remoteAddress: '127.0.0.1', remotePort: 1, remoteFamily: 'IPv4' } } });
}

describe('attachments', () => {
  it('stores pictures and PDFs checked by content, serves them safely to those who may read the idea', async () => {
    const res = await upload(author, PNG, 'sign.png');
    expect(res.status).toBe(201);
    const png = (await res.json()) as { id: string; url: string; contentType: string; size: number };
    expect(png).toMatchObject({ contentType: 'image/png', size: PNG.byteLength });
    // A PDF sent with a misleading name and type is still recognised as a PDF.
    const pdf = (await (await upload(author, PDF, 'floor-plan.png', 'image/png')).json()) as { contentType: string };
    expect(pdf.contentType).toBe('application/pdf');

    const file = await colleague.request('GET', png.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    const list = (await (await colleague.request('GET', `/api/v1/ideas/${ideaId}/attachments`)).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(2);
  });

  it('refuses what is not a picture or PDF, whatever its name, and empty files', async () => {
    const html = await upload(author, Buffer.from('<html><script>alert(1)</script></html>'), 'innocent.png', 'image/png');
    expect(html.status).toBe(415);
    expect(await html.json()).toMatchObject({ detail: expect.stringMatching(/picture .* or a PDF/) });
    expect((await upload(author, Buffer.alloc(0), 'empty.png')).status).toBe(422);
  });

  it('only whoever may edit the idea attaches; at most five; over 10 MB is 413', async () => {
    expect((await upload(colleague, PNG, 'mine.png')).status).toBe(403);
    for (let i = 0; i < 3; i++) expect((await upload(author, PNG, `more-${i}.png`)).status).toBe(201);
    expect((await upload(author, PNG, 'sixth.png')).status).toBe(409);
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(author, big, 'huge.png')).status).toBe(413);
  });

  it('removing one frees a place', async () => {
    const list = (await (await author.request('GET', `/api/v1/ideas/${ideaId}/attachments`)).json()) as { items: { id: string; url: string }[] };
    expect((await colleague.request('DELETE', list.items[0]!.url)).status).toBe(403);
    expect((await author.request('DELETE', list.items[0]!.url)).status).toBe(204);
    expect((await author.request('GET', list.items[0]!.url)).status).toBe(404);
    expect((await upload(author, PNG, 'replacement.png')).status).toBe(201);
  });
});
