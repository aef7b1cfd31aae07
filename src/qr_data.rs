//! The data side of the QR encoder (`qr.rs`): the byte-mode bit stream, padded to a version's
//! capacity at error correction level M, split into blocks with their Reed–Solomon codewords and
//! interleaved. Pure `std`, so `tests/qr.rs` includes it by path.

/// Error correction codewords per block, level M, by version (index 0 unused).
const ECC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/// Error correction blocks, level M, by version (index 0 unused).
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
    25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// The smallest version that holds `data` and its codewords (data and error correction,
/// interleaved); `None` past version 40 (2331 bytes).
pub fn codewords(data: &[u8]) -> Option<(usize, Vec<u8>)> {
    let (ver, cc_bits) = (1..=40).find_map(|v| {
        let cc_bits = if v < 10 { 8 } else { 16 };
        (4 + cc_bits + data.len() * 8 <= data_codewords(v) * 8).then_some((v, cc_bits))
    })?;
    let capacity = data_codewords(ver);
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(data.len() as u32, cc_bits);
    for &b in data {
        bits.push(u32::from(b), 8);
    }
    let room = capacity * 8 - bits.len;
    bits.push(0, room.min(4));
    bits.push(0, (8 - bits.len % 8) % 8);
    for pad in [0xEC, 0x11]
        .into_iter()
        .cycle()
        .take(capacity - bits.len / 8)
    {
        bits.push(pad, 8);
    }
    Some((ver, with_ecc(&bits.bytes, ver)))
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, n: usize) {
        for i in (0..n).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> i & 1 != 0 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

fn raw_modules(ver: usize) -> usize {
    let mut r = (16 * ver + 128) * ver + 64;
    if ver >= 2 {
        let n = ver / 7 + 2;
        r -= (25 * n - 10) * n - 55;
        if ver >= 7 {
            r -= 36;
        }
    }
    r
}

/// Data codewords of a version at level M.
pub fn data_codewords(ver: usize) -> usize {
    raw_modules(ver) / 8 - usize::from(ECC_PER_BLOCK[ver]) * usize::from(BLOCKS[ver])
}

/// Splits the data into blocks, appends each block's Reed–Solomon codewords, and interleaves.
fn with_ecc(data: &[u8], ver: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[ver]);
    let ecc_len = usize::from(ECC_PER_BLOCK[ver]);
    let raw = raw_modules(ver) / 8;
    let short = blocks - raw % blocks;
    let short_len = raw / blocks;
    let div = rs_divisor(ecc_len);
    let mut all: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    let mut k = 0;
    for i in 0..blocks {
        let n = short_len - ecc_len + usize::from(i >= short);
        let mut block = data[k..k + n].to_vec();
        k += n;
        let ecc = rs_remainder(&block, &div);
        if i < short {
            block.push(0);
        }
        block.extend(ecc);
        all.push(block);
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_len {
        for (j, b) in all.iter().enumerate() {
            if i != short_len - ecc_len || j >= short {
                out.push(b[i]);
            }
        }
    }
    out
}

/// The generator polynomial of a degree, highest coefficient (always 1) left out.
pub fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut r = vec![0u8; degree];
    r[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            r[j] = gf_mul(r[j], root);
            if j + 1 < degree {
                r[j] ^= r[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    r
}

/// The Reed–Solomon error correction codewords of `data`.
pub fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let n = divisor.len();
    let mut r = vec![0u8; n];
    for &b in data {
        let factor = b ^ r[0];
        for i in 0..n {
            let next = if i + 1 < n { r[i + 1] } else { 0 };
            r[i] = next ^ gf_mul(divisor[i], factor);
        }
    }
    r
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u32 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u32::from(y >> i & 1) * u32::from(x);
    }
    z as u8
}
