/**
 * What a generated photo shows: a union event, drawn as a small SVG (a wall or sky in a gradient,
 * a floor, a banner, rows of people). Drawn small and scaled up, it has the soft edges and smooth
 * areas that make a photo compress like one; render-photo.ts adds the grain.
 */
import type { Random } from './random.ts';

interface Figure {
  /** Centre of the head, as shares of the width and height. */
  x: number;
  y: number;
  /** Head radius, as a share of the shorter side. */
  size: number;
  clothes: string;
}

export interface PhotoScene {
  top: string;
  bottom: string;
  floor: string;
  /** Where the floor starts, as a share of the height. */
  horizon: number;
  banner?: string;
  /** A bright patch (a window, the sun, a stage light), as shares of the width and height. */
  light: { x: number; y: number };
  figures: Figure[];
}

const WALLS: readonly [string, string][] = [
  ['#8fb8de', '#e8e2d0'], // sky over a square
  ['#6d8fb3', '#cdd8e0'],
  ['#e9e1cf', '#c9b79a'], // a meeting room
  ['#f0ece4', '#b8b0a4'],
  ['#3a4660', '#8a6a5a'], // a stage
];
const FLOORS = ['#7a6a58', '#5e7d4a', '#9a8f80', '#6b5b4b', '#a89a88'];
const BANNERS = ['#b3262e', '#c0392b', '#1f5fa8'];
const CLOTHES = ['#2f4f7f', '#b3262e', '#3c7a4a', '#444444', '#d9d4c7', '#e07b39', '#6a4c93', '#1f7a8c'];

function figures(random: Random, horizon: number): Figure[] {
  const rows = random.int(1, 2);
  return Array.from({ length: rows }, (_, row) => {
    const count = random.int(3, 8);
    const y = horizon - 0.12 + row * 0.14;
    const size = 0.035 + row * 0.01 + random.int(0, 10) / 1000;
    return Array.from({ length: count }, (_, place) => ({
      x: (place + 0.5 + random.int(-20, 20) / 100) / count,
      y: y + random.int(-15, 15) / 1000,
      size,
      clothes: random.pick(CLOTHES),
    }));
  }).flat();
}

export function randomScene(random: Random): PhotoScene {
  const [top, bottom] = random.pick(WALLS);
  const horizon = random.int(55, 72) / 100;
  return {
    top,
    bottom,
    floor: random.pick(FLOORS),
    horizon,
    ...(random.chance(0.6) ? { banner: random.pick(BANNERS) } : {}),
    light: { x: random.int(10, 90) / 100, y: random.int(5, 40) / 100 },
    figures: figures(random, horizon),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

function figureSvg({ x, y, size, clothes }: Figure, width: number, height: number): string {
  const r = size * Math.min(width, height);
  const [cx, cy] = [round(x * width), round(y * height)];
  return (
    `<ellipse cx="${cx}" cy="${round(cy + r * 3.4)}" rx="${round(r * 1.6)}" ry="${round(r * 2.6)}" fill="${clothes}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${round(r)}" fill="#d9a882"/>` +
    `<path d="M${round(cx - r)} ${cy}a${round(r)} ${round(r)} 0 0 1 ${round(2 * r)} 0z" fill="#2b2420"/>`
  );
}

/** The scene as an SVG of `width` × `height` pixels. */
export function sceneSvg(scene: PhotoScene, width: number, height: number): string {
  const floorY = round(scene.horizon * height);
  const banner = scene.banner
    ? `<rect x="${round(width * 0.12)}" y="${round(height * 0.1)}" width="${round(width * 0.76)}" height="${round(height * 0.09)}" fill="${scene.banner}"/>` +
      `<rect x="${round(width * 0.2)}" y="${round(height * 0.13)}" width="${round(width * 0.6)}" height="${round(height * 0.03)}" fill="#f3d27a" opacity="0.8"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    '<defs><linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">',
    `<stop offset="0" stop-color="${scene.top}"/><stop offset="1" stop-color="${scene.bottom}"/></linearGradient>`,
    '<radialGradient id="light"><stop offset="0" stop-color="#fff8e0" stop-opacity="0.75"/>',
    '<stop offset="1" stop-color="#fff8e0" stop-opacity="0"/></radialGradient>',
    `<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${scene.floor}"/>`,
    '<stop offset="1" stop-color="#2a2522"/></linearGradient></defs>',
    `<rect width="${width}" height="${height}" fill="url(#wall)"/>`,
    `<circle cx="${round(scene.light.x * width)}" cy="${round(scene.light.y * height)}" r="${round(0.35 * Math.max(width, height))}" fill="url(#light)"/>`,
    banner,
    `<rect y="${floorY}" width="${width}" height="${round(height - floorY)}" fill="url(#floor)"/>`,
    ...scene.figures.map((figure) => figureSvg(figure, width, height)),
    '</svg>',
  ].join('');
}
