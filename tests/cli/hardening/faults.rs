//! Faults: an input gone between listing and reading, an output folder that cannot be made,
//! a full disk, and a run killed at several points. The run tests need `overlap run`.

use super::*;

#[test]
fn an_input_gone_between_listing_and_reading_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["a.csv", "b.csv"] {
        std::fs::copy(nasty("duplicate-id.csv"), dir.path().join(name)).expect("copy");
    }
    let files = collect_files(&[dir.path().to_path_buf()]).expect("listed");
    std::fs::remove_file(dir.path().join("b.csv")).expect("remove");
    let err = ingest_files(&files, &Config::default(), &Ui::default())
        .expect_err("a vanished file is an error")
        .to_string();
    assert!(
        err.contains("b.csv") && err.contains("is gone now"),
        "{err}"
    );
    // Named on the command line but missing: a usage error saying so.
    let missing = dir.path().join("b.csv");
    let err = ingest_paths(&[missing], &Config::default(), &Ui::default())
        .expect_err("missing")
        .to_string();
    assert!(err.contains("b.csv: no such file or folder"), "{err}");
    let out = overlap()
        .arg("validate")
        .arg(dir.path().join("b.csv"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

/// Regression: entries of an input folder that are not `.csv` files (a workbook submitted as
/// .xlsx, a broken link named .csv) were passed over without a word, so a department could
/// vanish from the month silently.
#[cfg(unix)]
#[test]
fn a_folder_reports_the_entries_it_skips() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::copy(nasty("path-departments.csv"), d.join("a.csv")).expect("copy");
    std::fs::write(d.join("b.xlsx"), b"PK\x03\x04 a workbook").expect("write");
    std::fs::write(d.join("notes.txt"), b"notes").expect("write");
    std::fs::write(d.join(".DS_Store"), b"hidden").expect("write");
    std::os::unix::fs::symlink(d.join("missing.csv"), d.join("c.csv")).expect("symlink");
    let v = validate(d);
    expect_problems(
        &v,
        &[
            (
                1,
                1,
                "warning",
                "skipped-file",
                &["is not a .csv file", "save it as CSV"],
            ),
            (
                1,
                1,
                "warning",
                "skipped-file",
                &["not a readable file", "broken link"],
            ),
            (1, 1, "warning", "skipped-file", &["is not a .csv file"]),
        ],
    );
    let files: Vec<&str> = v.doc["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p["file"].as_str().unwrap_or_default())
        .collect();
    for (f, name) in files.iter().zip(["b.xlsx", "c.csv", "notes.txt"]) {
        assert!(f.ends_with(name), "{f} should be {name}");
    }
    assert_eq!((v.exit, v.totals()), (0, (5, 5, 0)));
}

#[test]
fn run_fails_cleanly_when_the_output_folder_cannot_be_made() {
    // As root, permissions do not stop writes; a regular file where a folder should be does.
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &[], false);
    std::fs::write(tmp.path().join("a_file"), b"not a folder").expect("write");
    let before = checksums(&period);
    let out = overlap()
        .current_dir(tmp.path())
        .args(["run", "2026-11", "--out", "a_file/pack"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("a_file"), "names the path: {stderr}");
    assert_eq!(
        std::fs::read(tmp.path().join("a_file")).expect("read"),
        b"not a folder"
    );
    assert_eq!(checksums(&period), before, "inputs unchanged");
}

/// Disk full, simulated with a file-size limit (RLIMIT_FSIZE) on the child, with SIGXFSZ
/// ignored so that a write past the limit fails with an error (EFBIG) as a full disk fails
/// with ENOSPC. This works as root and without mounting anything (a size-limited tmpfs needs
/// mount rights that CI containers may not have); the writer meets the error at the same
/// write calls.
#[cfg(target_os = "linux")]
#[test]
fn run_with_a_full_disk_leaves_no_pack_and_a_rerun_succeeds() {
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &[], false);
    let before = checksums(&period);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overlap"));
    cmd.current_dir(tmp.path())
        .args(["run", "2026-11", "--out", "pack"]);
    // SAFETY: only async-signal-safe calls (setrlimit, signal) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 16 * 1024,
                rlim_max: 16 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("overlap: error:"), "{stderr}");
    assert!(
        !tmp.path().join("pack").exists(),
        "no pack after a failed write"
    );
    let mut left: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["2026-11"], "no partial pack left behind");
    assert_eq!(checksums(&period), before, "inputs unchanged");
    run_ok(tmp.path(), &["2026-11", "--out", "pack"]);
    assert!(tmp.path().join("pack/run.json").is_file());
}

/// A period big enough that a debug-build run takes a while: the sample catalogues, each
/// copied `copies` times with record ids made unique.
fn large_period(root_dir: &Path, copies: usize) -> PathBuf {
    let period = root_dir.join("2026-11");
    std::fs::create_dir_all(&period).expect("mkdir");
    for src in collect_files(&[root().join("sample-data/2026-11")]).expect("sample data") {
        let name = src
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&src).expect("read");
        let mut rdr = csv::Reader::from_reader(bytes.as_slice());
        let headers = rdr.headers().expect("headers").clone();
        let id = headers
            .iter()
            .position(|h| h.to_lowercase().replace([' ', '_'], "") == "recordid")
            .expect("a record id column");
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
        let mut w = csv::Writer::from_path(period.join(format!("{name}.csv"))).expect("create");
        w.write_record(&headers).expect("write");
        for copy in 0..copies {
            for row in &rows {
                let cells: Vec<String> = row
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        if i == id {
                            format!("{c}-{copy}")
                        } else {
                            c.to_string()
                        }
                    })
                    .collect();
                w.write_record(&cells).expect("write");
            }
        }
        w.flush().expect("flush");
    }
    period
}

/// Killed at several points of a run, `overlap run` leaves either nothing at `--out` or a
/// complete pack (with run.json), never a half-written one; and a rerun succeeds.
#[test]
fn a_run_killed_at_any_point_leaves_no_partial_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = large_period(tmp.path(), 4);
    let before = checksums(&period);
    let bin = env!("CARGO_BIN_EXE_overlap");
    // How long a whole run takes here, to spread the kill points over it.
    let started = Instant::now();
    run_ok(tmp.path(), &["2026-11", "--out", "full"]);
    let whole = started.elapsed();
    for (i, fraction) in [0.02, 0.1, 0.3, 0.5, 0.7, 0.85, 0.95].iter().enumerate() {
        let out = format!("killed-{i}");
        let mut child = Command::new(bin)
            .current_dir(tmp.path())
            .args(["run", "2026-11", "--out", &out])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns");
        std::thread::sleep(whole.mul_f64(*fraction));
        let _ = child.kill();
        let _ = child.wait();
        let pack = tmp.path().join(&out);
        assert!(
            !pack.exists() || pack.join("run.json").is_file(),
            "killed at {fraction} of the run: {out} exists without run.json"
        );
        // A kill cannot be cleaned up after: the writer's hidden staging folder
        // (`.killed-N.partial-XXXX`) may stay beside the pack, but nothing else may.
        for entry in std::fs::read_dir(tmp.path()).expect("list") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.contains(&out) {
                assert!(
                    name == out || name.starts_with(&format!(".{out}.partial-")),
                    "unexpected {name} after a kill"
                );
            }
        }
        let mut args = vec!["2026-11", "--out", out.as_str()];
        if pack.exists() {
            args.push("--force");
        }
        run_ok(tmp.path(), &args);
        assert!(
            pack.join("run.json").is_file(),
            "rerun wrote a complete pack"
        );
    }
    assert_eq!(checksums(&period), before, "inputs unchanged");
}
