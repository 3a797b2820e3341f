//! Tests of the whole pack as [`super::write_pack`] writes it from a hand-built period: every
//! file present, hostile text contained, charts not blank, output byte-identical across runs,
//! and a normalised snapshot of the front page.

use super::fixtures;
use super::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

fn write(period: &fixtures::Period, out: &Path) {
    write_pack(
        &period.input(),
        out,
        false,
        &Ui {
            quiet: true,
            verbose: 0,
        },
    )
    .unwrap();
}

/// Every file under `dir`, relative path -> bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// `run.json` without its timings.
fn without_timings(json: &[u8]) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(json).unwrap();
    v.as_object_mut().unwrap().remove("timings");
    v
}

#[test]
fn pack_holds_every_file() {
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("reports/2026-11");
    write(&f, &out);
    let files = files(&out);
    for name in [
        "index.html",
        "summary.md",
        "opportunities.csv",
        "pairs.csv",
        "pairs.parquet",
        "validation.csv",
        "run.json",
        "departments/ministry-of-health-and-care.html",
        "departments/ministry-of-health-and-care.md",
    ] {
        assert!(
            files.contains_key(name),
            "{name} missing from {:?}",
            files.keys()
        );
    }
    for chart in [
        "overlap-heatmap",
        "largest-opportunities",
        "score-distribution",
        "department-efforts",
    ] {
        assert!(
            files.contains_key(&format!("charts/{chart}.svg")),
            "{chart}.svg"
        );
        assert!(
            files.contains_key(&format!("charts/{chart}.png")),
            "{chart}.png"
        );
    }
    let departments: std::collections::BTreeSet<_> =
        f.ingested.records.iter().map(|r| &r.department).collect();
    let pages = files
        .keys()
        .filter(|k| k.starts_with("departments/"))
        .count();
    assert_eq!(pages, 2 * departments.len());
    // Nothing but the pack is left in the parent (no temporary folders).
    let siblings: Vec<_> = fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert_eq!(siblings.len(), 1);
}

#[test]
fn manifest_records_inputs_config_counts_and_outputs() {
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pack");
    write(&f, &out);
    let files = files(&out);
    let run: serde_json::Value = serde_json::from_slice(&files["run.json"]).unwrap();
    assert_eq!(run["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["inputs"], serde_json::json!(["catalogues/2026-11"]));
    assert_eq!(run["config"], serde_json::to_value(&f.config).unwrap());
    assert_eq!(
        run["files"].as_array().unwrap().len(),
        f.ingested.files.len()
    );
    assert_eq!(run["files"][0]["sha256"], f.ingested.files[0].sha256);
    assert_eq!(run["counts"]["ingest"]["rows_read"], f.ingested.rows_read());
    assert_eq!(
        run["counts"]["ingest"]["rows_rejected"],
        f.ingested.rows_rejected()
    );
    assert_eq!(
        run["counts"]["matching"]["reported_pairs"],
        f.outcome.stats.reported_pairs
    );
    // Each listed output is in the pack with the stated checksum.
    for o in run["outputs"].as_array().unwrap() {
        let bytes = &files[o["path"].as_str().unwrap()];
        use sha2::Digest;
        assert_eq!(o["sha256"], format!("{:x}", sha2::Sha256::digest(bytes)));
    }
    let stages: Vec<&str> = run["timings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages[0], "ingest", "the caller's timings come first");
    assert!(stages.contains(&"report-charts"), "{stages:?}");
}

#[test]
fn two_writes_are_byte_identical_except_timings() {
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    write(&f, &a);
    write(&f, &b);
    let (mut fa, mut fb) = (files(&a), files(&b));
    let (ra, rb) = (
        fa.remove("run.json").unwrap(),
        fb.remove("run.json").unwrap(),
    );
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        let other = &fb[name];
        if let Some(at) = bytes.iter().zip(other.iter()).position(|(x, y)| x != y) {
            let show = |b: &[u8]| {
                String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())])
                    .into_owned()
            };
            panic!(
                "{name} differs between two writes at byte {at}:\n{}\n---\n{}",
                show(bytes),
                show(other)
            );
        }
        assert_eq!(bytes.len(), other.len(), "{name} differs in length");
    }
    assert_eq!(without_timings(&ra), without_timings(&rb));
}

#[test]
fn existing_pack_is_kept_without_force_and_replaced_with_it() {
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("2026-11");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("keep.txt"), "old").unwrap();
    let ui = Ui {
        quiet: true,
        verbose: 0,
    };
    let err = write_pack(&f.input(), &out, false, &ui).unwrap_err();
    assert!(err.to_string().contains("--force"), "{err}");
    assert!(out.join("keep.txt").exists());
    write_pack(&f.input(), &out, true, &ui).unwrap();
    assert!(!out.join("keep.txt").exists());
    assert!(out.join("index.html").exists());
    assert_eq!(
        fs::read_dir(tmp.path()).unwrap().count(),
        1,
        "old pack or temp left behind"
    );
}

#[test]
fn hostile_catalogue_stays_inert_and_inside_the_pack() {
    let f = fixtures::hostile();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("reports").join("2026-11");
    write(&f, &out);
    // Nothing outside the pack: the parent holds only the pack, the grandparent only reports/.
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    assert_eq!(fs::read_dir(tmp.path().join("reports")).unwrap().count(), 1);
    assert!(!tmp.path().join("etc").exists());
    let files = files(&out);
    assert!(
        files.contains_key("departments/etc.html"),
        "{:?}",
        files.keys()
    );
    for (name, bytes) in &files {
        if name.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            assert!(!html.contains("<script"), "{name} has a raw script tag");
            assert!(!html.contains("<img"), "{name} has a raw img tag");
        }
    }
    let index = String::from_utf8_lossy(&files["index.html"]);
    assert!(index.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    let pairs = String::from_utf8_lossy(&files["pairs.csv"]);
    let mut reader = csv::Reader::from_reader(pairs.as_bytes());
    let names: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[2].to_string())
        .collect();
    assert!(names.contains(&"<script>alert(1)</script>".to_string()));
    let opportunities = String::from_utf8_lossy(&files["opportunities.csv"]);
    assert!(opportunities.contains(",'=1+1,"), "{opportunities}");
    assert!(!opportunities.contains(",=1+1"), "{opportunities}");
}

#[test]
fn chart_pngs_have_text_in_the_title_area() {
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    write(&f, &tmp.path().join("p"));
    for entry in fs::read_dir(tmp.path().join("p/charts")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "png") {
            continue;
        }
        let img = image::open(&path).unwrap().to_rgb8();
        assert!(img.width() > 600 && img.height() > 200, "{path:?}");
        // The title is drawn in the top 40 pixels, centred; count dark pixels there.
        let dark = (0..40)
            .flat_map(|y| (0..img.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| img.get_pixel(x, y).0.iter().all(|&c| c < 128))
            .count();
        assert!(
            dark > 200,
            "{path:?}: only {dark} dark pixels in the title area"
        );
        // And the rest of the chart is not blank either.
        let drawn = img.pixels().filter(|p| p.0 != [255, 255, 255]).count();
        assert!(
            drawn > (img.width() * img.height()) as usize / 50,
            "{path:?} looks blank"
        );
    }
}

/// Replaces every `open ... close` span with `marker`.
fn replace_spans(text: &str, open: &str, close: &str, marker: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find(close)
            .map_or(rest.len(), |e| start + e + close.len());
        out.push_str(marker);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The front page with its inline SVG charts and CSS reduced to markers (the charts are
/// covered by the chart tests and would swamp the snapshot) and the version masked.
fn normalised(html: &str) -> String {
    let html = replace_spans(html, "<svg", "</svg>", "<svg>[chart]</svg>");
    let html = replace_spans(&html, "<style>", "</style>", "<style>[css]</style>");
    html.replace(env!("CARGO_PKG_VERSION"), "[version]")
}

#[test]
fn index_html_snapshot() {
    let f = fixtures::period();
    let mut model = ReportModel::build(&f.input()).unwrap();
    // Fixed here so the snapshot does not follow the matching section's default threshold.
    model.threshold = Some(0.5);
    let html = html::IndexHtml::page(&model).unwrap();
    insta::assert_snapshot!(normalised(&html));
}

/// The first of Debian's and other common Chromium binary names found on PATH.
fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ]
        .iter()
        .map(|name| dir.join(name))
        .find(|p| p.is_file())
    })
}

/// Opens `index.html` in headless Chromium, takes a screenshot, and checks that the page
/// rendered (not blank, plausible content height) without console errors. Without Chromium
/// this test fails on CI (the `CI` variable is set there) and is skipped with a note locally.
#[test]
fn index_html_renders_in_headless_chromium() {
    let Some(chromium) = find_chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not on PATH; CI must install it (apt-get install -y chromium)"
        );
        eprintln!("note: chromium not on PATH; skipping the headless browser test");
        return;
    };
    let f = fixtures::period();
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    write(&f, &pack);
    let shot = tmp.path().join("screenshot.png");
    let (width, height) = (1280u32, 8000u32);
    let mut child = std::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .arg(format!(
            "--user-data-dir={}",
            tmp.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("--window-size={width},{height}"))
        .args(["--enable-logging=stderr", "--v=0"])
        .arg(format!("file://{}", pack.join("index.html").display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read stderr on a thread so a chatty browser cannot block on a full pipe.
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).ok();
        s
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(180);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            panic!("chromium did not finish within 180 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let log = reader.join().unwrap();
    assert!(status.success(), "chromium failed: {status}\n{log}");
    for bad in ["Uncaught", "ERROR:CONSOLE", "CONSOLE(", "Refused to"] {
        assert!(
            !log.contains(bad),
            "console error in the page ({bad}):\n{log}"
        );
    }
    let img = image::open(&shot).unwrap().to_rgb8();
    assert_eq!((img.width(), img.height()), (width, height));
    let inked = |y: u32| (0..img.width()).any(|x| img.get_pixel(x, y).0 != [255, 255, 255]);
    let content_height = (0..img.height())
        .rev()
        .find(|&y| inked(y))
        .map_or(0, |y| y + 1);
    // The fixture page: a heading, five glance boxes, three cards, four charts and links. It
    // is taller than one screen and shorter than the window (so it was not cut off).
    assert!(
        (1500..height - 100).contains(&content_height),
        "content height {content_height} px is outside the expected range"
    );
    let drawn = img.pixels().filter(|p| p.0 != [255, 255, 255]).count();
    assert!(
        drawn > (width * content_height) as usize / 20,
        "the page looks blank"
    );
}
