//! The kiosk's QR encoder (`src/qr.rs` and `src/qr_data.rs`, included by path: they are
//! pure `std`) against known vectors: Reed–Solomon codewords, the capacity of every version at level M, a whole symbol, and
//! the version information. The e2e test `e2e/kiosk.spec.mjs` decodes the page's codes with jsQR.

#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/qr.rs"]
#[allow(dead_code)]
mod qr;
#[path = "../src/qr_data.rs"]
#[allow(dead_code)]
mod qr_data;

use qr::Qr;

/// The largest byte-mode payload of each version at level M (ISO/IEC 18004 table 7).
const CAPACITY: [usize; 40] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
    1989, 2099, 2213, 2331,
];

fn version(q: &Qr) -> usize {
    (q.size() - 17) / 4
}

#[test]
fn reed_solomon_matches_the_hello_world_1_m_example() {
    // "HELLO WORLD", 1-M, alphanumeric: the data codewords and their 10 EC codewords.
    let data = [
        32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
    ];
    let ecc = qr_data::rs_remainder(&data, &qr_data::rs_divisor(10));
    assert_eq!(ecc, [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
}

#[test]
fn every_version_holds_exactly_its_capacity() {
    for (i, &cap) in CAPACITY.iter().enumerate() {
        let v = i + 1;
        assert_eq!(
            version(&Qr::encode(&vec![b'a'; cap]).unwrap()),
            v,
            "{cap} bytes"
        );
        if v < 40 {
            let next = Qr::encode(&vec![b'a'; cap + 1]).unwrap();
            assert_eq!(version(&next), v + 1, "{} bytes", cap + 1);
        }
    }
    assert!(Qr::encode(&vec![b'a'; 2332]).is_none());
    assert_eq!(version(&Qr::encode(b"").unwrap()), 1);
}

#[test]
fn a_whole_symbol_matches_the_reference() {
    // "https://aka.ms", 1-M, mask 3: checked module by module against an independent encoder.
    const EXPECTED: [&str; 21] = [
        "#######.###...#######",
        "#.....#.#####.#.....#",
        "#.###.#...#...#.###.#",
        "#.###.#.#.#...#.###.#",
        "#.###.#....#..#.###.#",
        "#.....#..##...#.....#",
        "#######.#.#.#.#######",
        "........##..#........",
        "#.##.###......#..#.##",
        ".#.#...#####.########",
        "##.#.##.##...#...#.##",
        ".####..#...#...#.#.#.",
        ".###..###..#..#.##..#",
        "........##.##.#.#....",
        "#######.#..#....#....",
        "#.....#.##...#.####.#",
        "#.###.#..##.#...#.##.",
        "#.###.#.#...####...#.",
        "#.###.#.#...####..#..",
        "#.....#...#..####...#",
        "#######.###..##.###..",
    ];
    let q = Qr::encode(b"https://aka.ms").unwrap();
    assert_eq!(q.size(), 21);
    for (y, row) in EXPECTED.iter().enumerate() {
        let got: String = (0..21)
            .map(|x| if q.get(x, y) { '#' } else { '.' })
            .collect();
        assert_eq!(&got, row, "row {y}");
    }
}

#[test]
fn version_information_is_placed_from_version_7() {
    // Version 7's 18 bits are 000111 110010 010100 (0x07C94), least significant first.
    let q = Qr::encode(&[b'x'; 120]).unwrap();
    assert_eq!(version(&q), 7);
    let s = q.size();
    let (mut bottom_left, mut top_right) = (0u32, 0u32);
    for i in 0..18 {
        let (a, b) = (s - 11 + i % 3, i / 3);
        bottom_left |= u32::from(q.get(b, a)) << i;
        top_right |= u32::from(q.get(a, b)) << i;
    }
    assert_eq!(bottom_left, 0x07C94);
    assert_eq!(top_right, 0x07C94);
}

#[test]
fn the_svg_path_draws_each_dark_run_once_inside_the_quiet_zone() {
    let q = Qr::encode(b"https://aka.ms").unwrap();
    let d = q.svg_path(4);
    let dark: usize = (0..21)
        .flat_map(|y| (0..21).map(move |x| (x, y)))
        .filter(|&(x, y)| q.get(x, y))
        .count();
    // Each "M x y h n v1 h-n z" covers n modules.
    let mut covered = 0;
    for part in d.split('M').filter(|p| !p.is_empty()) {
        let (xy, rest) = part.split_once('h').unwrap();
        let mut nums = xy.split(' ').map(|n| n.parse::<usize>().unwrap());
        let (x, y) = (nums.next().unwrap(), nums.next().unwrap());
        assert!((4..25).contains(&x) && (4..25).contains(&y), "{part}");
        let n: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        covered += n;
    }
    assert_eq!(covered, dark);
}
