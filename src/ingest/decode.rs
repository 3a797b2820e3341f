//! From a file's bytes to text: spot files that are empty or not text at all, choose the
//! encoding (UTF-8, UTF-8 with a byte-order mark, UTF-16 with one, else Windows-1252 as
//! spreadsheet exports write it), and detect the delimiter from the header line.
//!
//! In: the raw bytes. Out: [`Decoded`] text (borrowed when the bytes are already UTF-8) or the
//! reason the file cannot be read as a catalogue.

use std::borrow::Cow;

/// A file's text and how it was encoded.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
    /// True when the encoding is one a department should change (not UTF-8).
    pub warn: bool,
    /// In a file that is otherwise UTF-8: the byte offset of the first bytes that are not
    /// (they were read as Windows-1252), and how many such places there are.
    pub stray_bytes: Option<(usize, usize)>,
    /// The byte offset in `text` of the first byte-order mark found after the start (all of
    /// them are removed: they are left by joining files), and how many there were.
    pub stray_boms: Option<(usize, usize)>,
}

/// Why a file is not a catalogue at all.
#[derive(Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// No bytes, or only white space.
    Empty,
    /// Binary content; the text says what it looks like.
    NotText(String),
}

/// Decodes a catalogue file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Unreadable> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let d = decode_utf8_or_1252(rest)?;
        let encoding = if d.warn { d.encoding } else { "utf-8-bom" };
        return Ok(Decoded { encoding, ..d });
    }
    for (bom, enc, name) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, "utf-16le"),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, "utf-16be"),
    ] {
        if bytes.starts_with(bom) {
            let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom.len()..]);
            if had_errors || text.contains('\0') {
                return Err(Unreadable::NotText(format!(
                    "it starts with a {name} byte-order mark but is not valid {name} text"
                )));
            }
            check_blank(&text)?;
            return Ok(without_stray_boms(Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding: name,
                warn: true,
                stray_bytes: None,
                stray_boms: None,
            }));
        }
    }
    decode_utf8_or_1252(bytes)
}

fn decode_utf8_or_1252(bytes: &[u8]) -> Result<Decoded<'_>, Unreadable> {
    if let Some(what) = binary_kind(bytes) {
        return Err(Unreadable::NotText(what));
    }
    let decoded = match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: Cow::Borrowed(text),
            encoding: "utf-8",
            warn: false,
            stray_bytes: None,
            stray_boms: None,
        },
        Err(_) => utf8_with_1252_fallback(bytes),
    };
    check_blank(&decoded.text)?;
    Ok(without_stray_boms(decoded))
}

/// Decodes bytes that are not all valid UTF-8: every valid UTF-8 sequence as UTF-8 and every
/// invalid byte as Windows-1252. A file with no multi-byte UTF-8 at all is a Windows-1252
/// file (the result is then exactly its Windows-1252 decoding); a file with some is UTF-8
/// with stray bytes (a Windows-1252 "£" pasted into a UTF-8 export, say), whose other
/// characters must not be turned into mojibake by decoding it all as Windows-1252.
fn utf8_with_1252_fallback(bytes: &[u8]) -> Decoded<'static> {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let (mut multibyte, mut first, mut places, mut at) = (false, None, 0, 0);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        multibyte |= !valid.is_ascii();
        text.push_str(valid);
        at += valid.len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            first.get_or_insert(at);
            places += 1;
            text.push_str(&encoding_rs::WINDOWS_1252.decode_without_bom_handling(bad).0);
            at += bad.len();
        }
    }
    let stray_bytes = first.filter(|_| multibyte).map(|at| (at, places));
    Decoded {
        text: Cow::Owned(text),
        encoding: if multibyte { "utf-8" } else { "windows-1252" },
        warn: !multibyte,
        stray_bytes,
        stray_boms: None,
    }
}

/// Removes byte-order marks (U+FEFF) after the start of the text, noting where the first was:
/// one in the middle means files were joined, and left in place it would hide in a field
/// (a department "\u{FEFF}DfT" that looks like "DfT" but is not).
fn without_stray_boms(d: Decoded<'_>) -> Decoded<'_> {
    let Some(at) = memchr::memmem::find(d.text.as_bytes(), "\u{FEFF}".as_bytes()) else {
        return d;
    };
    let count = d.text.matches('\u{FEFF}').count();
    Decoded {
        text: Cow::Owned(d.text.replace('\u{FEFF}', "")),
        stray_boms: Some((at, count)),
        ..d
    }
}

fn check_blank(text: &str) -> Result<(), Unreadable> {
    if text.trim().is_empty() {
        Err(Unreadable::Empty)
    } else {
        Ok(())
    }
}

/// Says what a binary file looks like, or `None` when the bytes look like text: no NUL
/// bytes, and at most 1 in 100 of the first 64 KiB are control characters other than tab,
/// line feed, carriage return and form feed.
fn binary_kind(bytes: &[u8]) -> Option<String> {
    let looks = if bytes.starts_with(b"PK\x03\x04") {
        "a spreadsheet workbook (.xlsx) or zip archive; save it as CSV (UTF-8)"
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        "an Excel 97-2003 workbook (.xls); save it as CSV (UTF-8)"
    } else if bytes.starts_with(b"%PDF") {
        "a PDF document; a catalogue must be a CSV file"
    } else {
        "binary data; a catalogue must be a CSV text file"
    };
    if memchr::memchr(0, bytes).is_some() {
        return Some(format!("it contains NUL bytes and looks like {looks}"));
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    if controls * 100 > sample.len() {
        return Some(format!(
            "it is full of control characters and looks like {looks}"
        ));
    }
    None
}

/// Chooses the delimiter from the header line: `;` or tab when the line has more of them
/// than commas (outside quotes), else comma.
pub fn sniff_delimiter(text: &str) -> u8 {
    let (mut comma, mut semi, mut tab) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for b in text.trim_start().bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => comma += 1,
            b';' if !quoted => semi += 1,
            b'\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semi > comma && semi >= tab {
        b';'
    } else if tab > comma && tab > semi {
        b'\t'
    } else {
        b','
    }
}

/// The delimiter as shown in summaries: `,`, `;` or `\t`.
pub fn delimiter_name(d: u8) -> String {
    if d == b'\t' {
        "\\t".to_string()
    } else {
        (d as char).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_bom_is_stripped() {
        let d = decode(b"a,b\n1,2\n").expect("text");
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert_eq!((d.encoding, d.warn), ("utf-8", false));
        let d = decode(b"\xEF\xBB\xBFa,b\n").expect("text");
        assert_eq!(
            (&*d.text, d.encoding, d.warn),
            ("a,b\n", "utf-8-bom", false)
        );
    }

    #[test]
    fn windows_1252_pound_sign_is_decoded_with_a_warning() {
        let d = decode(b"budget\n\xA31.2m\n").expect("text");
        assert_eq!(
            (&*d.text, d.encoding, d.warn),
            ("budget\n£1.2m\n", "windows-1252", true)
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let bytes: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain("a,b\n".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode(&bytes).expect("text");
        assert_eq!((&*d.text, d.encoding), ("a,b\n", "utf-16le"));
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(decode(b"").unwrap_err(), Unreadable::Empty);
        assert_eq!(decode(b" \r\n\n").unwrap_err(), Unreadable::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF").unwrap_err(), Unreadable::Empty);
        let Unreadable::NotText(why) = decode(b"PK\x03\x04\x14\x00\x06\x00").unwrap_err() else {
            panic!("xlsx bytes should not be text")
        };
        assert!(why.contains(".xlsx"), "{why}");
        assert!(matches!(
            decode(b"\x01\x02\x03\x04abc").unwrap_err(),
            Unreadable::NotText(_)
        ));
    }

    #[test]
    fn delimiter_is_sniffed_from_the_header_line() {
        assert_eq!(sniff_delimiter("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(sniff_delimiter("a;b;c\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\tc\r\n"), b'\t');
        assert_eq!(sniff_delimiter("\"x;y;z\",b\n"), b',');
        assert_eq!(sniff_delimiter("single\n"), b',');
    }
}
