//! A QR code encoder (ISO/IEC 18004) for the kiosk's links (in the "beyond" build, which the
//! kiosk asks through `src/ui/beyond.js`: the page's own wasm carries none of it, 4.2 KB brotli): byte mode, error correction level M,
//! versions 1–40, the mask with the lowest penalty. This file draws the symbol; `qr_data.rs`
//! makes its codewords. Both are pure `std` and free of `crate::` imports, so `tests/qr.rs`
//! includes them by path and checks them natively.

use super::qr_data::codewords;

/// A QR code: a square of dark (`true`) and light modules, without the quiet zone.
pub struct Qr {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Qr {
    /// Encodes bytes; `None` when they do not fit in version 40 (2331 bytes).
    pub fn encode(data: &[u8]) -> Option<Qr> {
        let (ver, codewords) = codewords(data)?;
        let size = ver * 4 + 17;
        let mut qr = Qr {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        qr.function_patterns(ver);
        qr.place(&codewords);
        let best = (0..8u8)
            .min_by_key(|&m| {
                qr.apply_mask(m);
                qr.format_bits(m);
                let p = qr.penalty();
                qr.apply_mask(m); // XOR again: undone
                p
            })
            .unwrap_or(0);
        qr.apply_mask(best);
        qr.format_bits(best);
        Some(qr)
    }

    /// Modules per side (21 for version 1, 177 for version 40).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// SVG path data for the dark modules, one rectangle per horizontal run, shifted by `border`
    /// modules of quiet zone.
    pub fn svg_path(&self, border: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.get(x, y) {
                    x += 1;
                }
                let run = x - start;
                d += &format!("M{} {}h{run}v1h-{run}z", start + border, y + border);
            }
        }
        d
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn function_patterns(&mut self, ver: usize) {
        let s = self.size;
        for i in 0..s {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (s - 4, 3), (3, s - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..s as i32).contains(&x) && (0..s as i32).contains(&y) {
                        let dist = dx.abs().max(dy.abs());
                        self.set(x as usize, y as usize, dist != 2 && dist != 4);
                    }
                }
            }
        }
        let (pos, n) = alignment_positions(ver);
        let pos = &pos[..n];
        let last = n.saturating_sub(1);
        for (i, &ay) in pos.iter().enumerate() {
            for (j, &ax) in pos.iter().enumerate() {
                // Not over the three finders.
                let corner = |k: usize| k == 0 || k == last;
                if corner(i) && corner(j) && !(i == last && j == last) {
                    continue;
                }
                for dy in 0..5 {
                    for dx in 0..5 {
                        let ring = (dx as i32 - 2).abs().max((dy as i32 - 2).abs());
                        self.set(ax + dx - 2, ay + dy - 2, ring != 1);
                    }
                }
            }
        }
        self.format_bits(0); // reserves the area; drawn for real once the mask is chosen
        if ver >= 7 {
            let mut rem = ver as u32;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }
            let bits = (ver as u32) << 12 | rem;
            for i in 0..18 {
                let bit = bits >> i & 1 != 0;
                let (a, b) = (s - 11 + i % 3, i / 3);
                self.set(a, b, bit);
                self.set(b, a, bit);
            }
        }
    }

    /// The 15 format bits (level M's bits are 00) for a mask, in both copies.
    fn format_bits(&mut self, mask: u8) {
        let data = u32::from(mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        let bit = |i: usize| bits >> i & 1 != 0;
        let s = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(s - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, s - 15 + i, bit(i));
        }
        self.set(8, s - 8, true);
    }

    /// The codewords' bits in the zigzag of two-module columns, skipping function modules.
    fn place(&mut self, codewords: &[u8]) {
        let s = self.size;
        let total = codewords.len() * 8;
        let mut i = 0;
        let mut right = s - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..s {
                let y = if upward { s - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    let k = y * s + x;
                    if !self.function[k] && i < total {
                        self.dark[k] = codewords[i >> 3] >> (7 - (i & 7)) & 1 != 0;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// XORs a mask pattern over the data modules (applying it twice undoes it).
    fn apply_mask(&mut self, mask: u8) {
        let s = self.size;
        for y in 0..s {
            for x in 0..s {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let k = y * s + x;
                self.dark[k] ^= flip && !self.function[k];
            }
        }
    }

    /// The standard's penalty score: runs, 2×2 blocks, finder-like patterns, dark balance.
    fn penalty(&self) -> usize {
        let s = self.size;
        let mut p = 0;
        for i in 0..s {
            let row: Vec<bool> = (0..s).map(|j| self.dark[i * s + j]).collect();
            let column: Vec<bool> = (0..s).map(|j| self.dark[j * s + i]).collect();
            p += line_penalty(&row) + line_penalty(&column);
        }
        for y in 0..s - 1 {
            for x in 0..s - 1 {
                let c = self.get(x, y);
                if c == self.get(x + 1, y) && c == self.get(x, y + 1) && c == self.get(x + 1, y + 1)
                {
                    p += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        let total = s * s;
        // Each 5 % away from half dark; `size` is odd, so the difference is never 0.
        let k = (dark * 20)
            .abs_diff(total * 10)
            .div_ceil(total)
            .saturating_sub(1);
        p + k * 10
    }
}

/// Runs of five or more, and 1:1:3:1:1 finder-like patterns with four light modules beside.
fn line_penalty(line: &[bool]) -> usize {
    let s = line.len();
    let mut p = 0;
    let (mut color, mut run) = (false, 0);
    let mut hist = [0usize; 7];
    let add = |hist: &mut [usize; 7], mut run: usize| {
        if hist[0] == 0 {
            run += s; // the light border before the line
        }
        hist.copy_within(0..6, 1);
        hist[0] = run;
    };
    let finders = |h: &[usize; 7]| {
        let n = h[1];
        let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n;
        usize::from(core && h[0] >= n * 4 && h[6] >= n)
            + usize::from(core && h[6] >= n * 4 && h[0] >= n)
    };
    for &module in line {
        if module == color {
            run += 1;
            p += match run {
                5 => 3,
                r if r > 5 => 1,
                _ => 0,
            };
        } else {
            add(&mut hist, run);
            if !color {
                p += finders(&hist) * 40;
            }
            color = module;
            run = 1;
        }
    }
    if color {
        add(&mut hist, run);
        run = 0;
    }
    add(&mut hist, run + s); // the light border after the line
    p + finders(&hist) * 40
}

/// Centres of the alignment patterns along each axis (the first `n` of the array).
fn alignment_positions(ver: usize) -> ([usize; 7], usize) {
    let mut pos = [6; 7];
    if ver == 1 {
        return (pos, 0);
    }
    let n = ver / 7 + 2;
    let step = (ver * 8 + n * 3 + 5) / (n * 4 - 4) * 2;
    for (i, p) in pos.iter_mut().enumerate().take(n).skip(1) {
        *p = ver * 4 + 10 - (n - 1 - i) * step;
    }
    (pos, n)
}
