/**
 * A whole architecture file in a link: deflate-raw (the browser's CompressionStream), then base64url,
 * so a link in a chat or a wiki opens the same file for anyone, offline, with no server.
 */

/** Links longer than this are cut or refused by common chat tools and wikis. */
export const LONG_LINK = 8000;
/** The largest file a link may unpack to (the validator's own limit for a file). */
const MAX_TEXT = 2 * 1024 * 1024;

export async function encodeFile(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of packed) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The file a link carries; throws with a reader's reason when it is not one. */
export async function decodeFile(code: string): Promise<string> {
  let binary: string;
  try {
    binary = atob(code.replaceAll('-', '+').replaceAll('_', '/'));
  } catch (cause) {
    throw new Error('the link is cut or changed (it is not base64url)', { cause });
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // Read piece by piece and stop past the limit: a small link may unpack to a thousand times its size.
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.length;
      if (size > MAX_TEXT) {
        await reader.cancel();
        throw new RangeError('the file in the link is larger than 2 MiB');
      }
      pieces.push(read.value);
    }
  } catch (error) {
    if (error instanceof RangeError) throw new Error(error.message, { cause: error });
    throw new Error('the link is cut or changed (it does not unpack)', { cause: error });
  }
  const unpacked = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    unpacked.set(piece, at);
    at += piece.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch (cause) {
    throw new Error('the file in the link is not UTF-8 text', { cause });
  }
}
