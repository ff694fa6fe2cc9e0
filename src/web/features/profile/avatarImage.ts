/** What the server accepts as a picture, and how large its data URL may be (it allows 140,000 characters). */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
const MAX_DATA_URL_CHARS = 130_000;
/** Avatars are shown at most 80 CSS pixels wide; 256 keeps them sharp on dense screens. */
const MAX_SIDE = 256;
const QUALITIES = [0.85, 0.7, 0.5];

export type AvatarProblem = 'type' | 'tooBig' | 'unreadable';

export class AvatarError extends Error {
  constructor(readonly problem: AvatarProblem) {
    super(problem);
    this.name = 'AvatarError';
  }
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

async function decode(file: File): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the picture at most MAX_SIDE on its longer side and encodes it small: WebP, else JPEG. */
function reencode(image: HTMLImageElement): string | null {
  const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  // JPEG has no transparency; a white ground beats the black a transparent PNG would turn into.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  for (const quality of QUALITIES) {
    for (const type of ['image/webp', 'image/jpeg']) {
      // Browsers that cannot encode a type silently answer PNG instead; skip those answers.
      const dataUrl = canvas.toDataURL(type, quality);
      if (dataUrl.startsWith(`data:${type};`) && dataUrl.length <= MAX_DATA_URL_CHARS) return dataUrl;
    }
  }
  return null;
}

/**
 * Turns a chosen file into a data URL the server accepts. Small pictures in an accepted format
 * are kept as they are (a transparent PNG stays transparent); anything larger, or in another
 * format the browser can read (GIF, BMP…), is scaled down and re-encoded.
 */
export async function toAvatarDataUrl(file: File): Promise<string> {
  if (!file.type.startsWith('image/')) throw new AvatarError('type');
  const image = await decode(file).catch(() => {
    throw new AvatarError('unreadable');
  });
  const accepted = (AVATAR_TYPES as readonly string[]).includes(file.type);
  const small = Math.max(image.naturalWidth, image.naturalHeight) <= MAX_SIDE;
  if (accepted && small && file.size * 1.4 < MAX_DATA_URL_CHARS) {
    const dataUrl = await readAsDataUrl(file);
    if (dataUrl.length <= MAX_DATA_URL_CHARS) return dataUrl;
  }
  const dataUrl = reencode(image);
  if (!dataUrl) throw new AvatarError('tooBig');
  return dataUrl;
}
