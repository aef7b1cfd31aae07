// The app icons as PNGs (192 and 512 px, and a 512 px maskable one), drawn from the shapes of
// www/icons/icon.svg — a rounded blue square and a white check mark on a 32-unit grid — with
// 4×4 supersampling, and written with Node's zlib: no image tools, the same bytes every build.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLUE = [0x0b, 0x5c, 0xad];
const CHECK = [[8, 17], [13, 22], [24, 10]]; // the SVG's path, stroke width 4, round ends

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function inRoundedSquare(x, y, r) {
  if (x < 0 || y < 0 || x > 32 || y > 32) return false;
  const dx = Math.max(r - x, 0, x - (32 - r)), dy = Math.max(r - y, 0, y - (32 - r));
  return dx * dx + dy * dy <= r * r;
}

/** RGBA pixels of the icon; `maskable` fills the square and keeps the mark in the safe zone. */
function draw(size, maskable) {
  const scale = maskable ? 0.75 : 1; // the mark within the central 80 % circle
  const pts = CHECK.map(([x, y]) => [16 + (x - 16) * scale, 16 + (y - 16) * scale]);
  const half = 2 * scale;
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let bg = 0, mark = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const x = ((pxl + (i + 0.5) / n) * 32) / size, y = ((py + (j + 0.5) / n) * 32) / size;
          if (!(maskable || inRoundedSquare(x, y, 6))) continue;
          if (distToSegment(x, y, pts[0], pts[1]) <= half || distToSegment(x, y, pts[1], pts[2]) <= half) mark++;
          else bg++;
        }
      }
      const cover = bg + mark, k = (py * size + pxl) * 4;
      if (cover === 0) continue;
      for (let c = 0; c < 3; c++) px[k + c] = Math.round((BLUE[c] * bg + 255 * mark) / cover);
      px[k + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4), crc = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG. */
export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // depth 8, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Writes icon-192.png, icon-512.png and maskable-512.png into `iconsDir`. */
export function writeIcons(iconsDir) {
  const out = [["icon-192.png", 192, false], ["icon-512.png", 512, false], ["maskable-512.png", 512, true]];
  for (const [name, size, maskable] of out) writeFileSync(`${iconsDir}/${name}`, png(size, draw(size, maskable)));
  return out.map(([name]) => name);
}
