//! What a run makes of hostile catalogue text: department names that are paths stay inside
//! the pack, and HTML and spreadsheet formulas are neutralised in every file of it.

use super::*;

#[test]
fn run_keeps_path_like_departments_inside_the_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &["path-departments.csv"], false);
    let before = checksums(&period);
    run_ok(tmp.path(), &["2026-11", "--out", "out/pack"]);
    assert_eq!(checksums(&period), before, "inputs unchanged");
    // Nothing beside the input and the pack: no partial folders, no escaped files.
    let top: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let mut top = top;
    top.sort();
    assert_eq!(top, ["2026-11", "out"]);
    let out_entries: Vec<_> = std::fs::read_dir(tmp.path().join("out"))
        .expect("list")
        .collect();
    assert_eq!(out_entries.len(), 1, "only the pack in out/");
    assert!(!Path::new("/tmp/overlap-escape.html").exists());
    let pages = files_under(&tmp.path().join("out/pack/departments"));
    assert!(!pages.is_empty(), "department pages written");
    for name in pages.keys() {
        let ok = !name.contains('/')
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !name.starts_with('.');
        assert!(ok, "department page {name:?} is not a plain slug");
    }
    // The windows device name is not a bare file name.
    assert!(
        !pages.contains_key("con.html"),
        "CON must not become con.html"
    );
}

/// True when a CSV cell could be run as a formula by a spreadsheet.
fn formula_like(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err()
}

#[test]
fn run_neutralises_html_and_formulas_in_the_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(
        tmp.path(),
        &["html-everywhere.csv", "formulas-everywhere.csv"],
        false,
    );
    let before = checksums(&period);
    run_ok(tmp.path(), &["2026-11", "--out", "pack"]);
    assert_eq!(checksums(&period), before, "inputs unchanged");
    let pack = files_under(&tmp.path().join("pack"));
    let (mut escaped_html, mut defused_cells) = (0, 0);
    for (name, bytes) in &pack {
        let text = String::from_utf8_lossy(bytes);
        if name.ends_with(".html") || name.ends_with(".md") || name.ends_with(".svg") {
            // Markdown escapes a tag's `<` with a backslash; HTML and SVG turn it into `&lt;`.
            let lower = text.to_lowercase();
            for tag in ["<script", "<img src=x", "<b>grants", "<i>of"] {
                let raw = lower
                    .match_indices(tag)
                    .any(|(i, _)| !lower[..i].ends_with('\\'));
                assert!(!raw, "{name} holds catalogue HTML {tag:?} unescaped");
            }
            escaped_html +=
                text.matches("&lt;script&gt;").count() + text.matches("\\<script").count();
        }
        if name.ends_with(".csv") {
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(bytes.as_slice());
            for row in rdr.records() {
                let row = row.expect("the pack's CSV parses");
                for cell in row.iter() {
                    assert!(
                        !formula_like(cell),
                        "{name}: cell {cell:?} could run as a formula"
                    );
                    if cell.starts_with("'=") || cell.starts_with("'+") || cell.starts_with("'@") {
                        defused_cells += 1;
                    }
                }
            }
        }
    }
    // The hostile text did reach the pack (else the checks above prove nothing).
    assert!(escaped_html > 0, "no escaped catalogue HTML in the pack");
    assert!(
        defused_cells > 0,
        "no defused formula cell in the pack's CSV files"
    );
}
