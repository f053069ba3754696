//! The crate's one hasher: stable within one rapport binary (the standard
//! library's SipHash with fixed keys), for view hashes, the manifest,
//! document and photo stamps. What is kept across versions of rapport
//! (`translated_from` stamps, the import record's fingerprints) uses
//! [`stable`] instead.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// The hash of any hashable value.
pub(crate) fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// The hash of some bytes, as [`hash_of`] gives it for a byte slice.
pub(crate) fn bytes(bytes: &[u8]) -> u64 {
    hash_of(bytes)
}

/// FNV-1a, 64 bits, of some bytes: the same in every version of rapport and
/// on every machine, unlike [`hash_of`], for hashes written into files
/// that a later rapport reads back.
pub(crate) fn stable(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The SHA-256 of some bytes, in hex: for what is kept across versions of
/// rapport and machines (a deploy target's list, fingerprinted names).
pub(crate) fn sha256(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// A hasher that serialized text can be written into, so a value is
/// hashed as it is serialized without the text being made.
pub(crate) struct Writer(DefaultHasher);

impl Writer {
    /// A new, empty hasher.
    pub(crate) fn new() -> Writer {
        Writer(DefaultHasher::new())
    }

    /// Adds a hashable value.
    pub(crate) fn add(&mut self, value: impl Hash) {
        value.hash(&mut self.0);
    }

    /// The hash of everything written and added.
    pub(crate) fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

impl std::io::Write for Writer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.write(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_values_hash_alike_and_writing_equals_adding_bytes() {
        assert_eq!(bytes(b"abc"), hash_of(&b"abc"[..]));
        assert_ne!(bytes(b"abc"), bytes(b"abd"));
        let mut w = Writer::new();
        std::io::Write::write_all(&mut w, b"abc").expect("written");
        let mut h = DefaultHasher::new();
        h.write(b"abc");
        assert_eq!(w.finish(), h.finish());
    }
}
