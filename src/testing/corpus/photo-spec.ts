/**
 * How a generated photo's file is stored: format, size, EXIF orientation, camera and GPS position,
 * drawn in the proportions an archive's photos come in. Pure; render-photo.ts makes the bytes.
 */
import { type PhotoScene, randomScene } from './photo-scene.ts';
import type { Random } from './random.ts';

export type CorpusPhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export interface CorpusPhoto {
  /** Relative to the pages folder, one folder a month: photos/2016-01/2016-01-04_01-3-1.jpg is the first photo of the third article of 第1版 of 4 January 2016. */
  file: string;
  /** The alt text of its photo line. */
  description: string;
  format: CorpusPhotoFormat;
  /** The upright size in pixels. */
  width: number;
  height: number;
  /** A JPEG stored turned, as phones store them: 6 and 8 on its side, 3 upside down. */
  orientation?: 3 | 6 | 8;
  quality: number;
  camera?: { make: string; model: string };
  /** Where it was taken, in degrees north and east. */
  gps?: { latitude: number; longitude: number };
  scene: PhotoScene;
  /** Film grain: the seed of its pattern and its strength (the most opaque a speck gets, of 255). */
  grain: { seed: number; strength: number };
}

type Camera = readonly [make: string, model: string];

const PHONES: readonly Camera[] = [
  ['HUAWEI', 'P60 Pro'],
  ['Xiaomi', '14'],
  ['Apple', 'iPhone 15'],
  ['OPPO', 'Find X7'],
];
const CAMERAS: readonly Camera[] = [
  ['Canon', 'Canon EOS R6'],
  ['NIKON CORPORATION', 'NIKON Z 6_2'],
  ['SONY', 'ILCE-7M4'],
];

interface Source {
  weight: number;
  format: CorpusPhotoFormat;
  /** Long side × short side. */
  sizes: readonly `${number}x${number}`[];
  cameras?: readonly Camera[];
  /** Chances of GPS tags and of being stored turned. */
  gps?: number;
  turned?: number;
}

/**
 * Where an archive's photos come from: phones at full size (they are the slowest to make and to
 * build, so fewer), cameras resized for the desk, photos sent through chat apps, exports.
 */
const SOURCES: readonly Source[] = [
  { weight: 5, format: 'jpeg', sizes: ['4032x3024'], cameras: PHONES, gps: 0.7, turned: 0.5 },
  { weight: 8, format: 'jpeg', sizes: ['3000x2000', '2400x1600'], cameras: CAMERAS, gps: 0.1, turned: 0.2 },
  {
    weight: 30,
    format: 'jpeg',
    sizes: ['2048x1536', '1920x1280', '1600x1200', '1600x1067'],
    cameras: [...PHONES, ...CAMERAS],
    gps: 0.3,
    turned: 0.1,
  },
  { weight: 27, format: 'jpeg', sizes: ['1280x960', '1200x800', '1080x1080', '800x600'] },
  { weight: 10, format: 'webp', sizes: ['2048x1365', '1600x1200', '1200x900'] },
  { weight: 10, format: 'avif', sizes: ['1200x900', '1200x800', '1000x1000'] },
  { weight: 10, format: 'png', sizes: ['1280x720', '1200x900', '800x800'] },
];
/** Each source as often as its weight says. */
const WEIGHTED = SOURCES.flatMap((source) => Array.from({ length: source.weight }, () => source));
const EXTENSIONS: Record<CorpusPhotoFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

/** Somewhere in Beijing, to five decimals (about a metre). */
function beijing(random: Random): { latitude: number; longitude: number } {
  return {
    latitude: random.int(3_975_000, 4_010_000) / 100_000,
    longitude: random.int(11_620_000, 11_660_000) / 100_000,
  };
}

/** A photo's file as one of the sources stores it, at `stem` plus the format's extension. */
export function randomPhoto(random: Random, stem: string, description: string): CorpusPhoto {
  const source = random.pick(WEIGHTED);
  const [long = 0, short = 0] = random.pick(source.sizes).split('x').map(Number);
  const portrait = long !== short && random.chance(0.3);
  const turned = random.chance(source.turned ?? 0);
  const cameras = source.cameras ?? [];
  const camera = cameras.length > 0 && random.chance(0.8) ? random.pick(cameras) : undefined;
  const avif = source.format === 'avif';
  return {
    file: `${stem}.${EXTENSIONS[source.format]}`,
    description,
    format: source.format,
    width: portrait ? short : long,
    height: portrait ? long : short,
    ...(turned ? { orientation: random.pick([6, 6, 6, 8, 3] as const) } : {}),
    quality: random.int(avif ? 45 : 75, avif ? 60 : 92),
    ...(camera ? { camera: { make: camera[0], model: camera[1] } } : {}),
    ...(random.chance(source.gps ?? 0) ? { gps: beijing(random) } : {}),
    scene: randomScene(random),
    grain: { seed: random.int(1, 2 ** 31), strength: random.int(12, 26) },
  };
}
