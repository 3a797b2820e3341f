//! Output safety for the pack: check the target before any work, write into a temporary folder
//! beside it, and move the finished folder into place (replacing an old pack only with force).
//!
//! In: the target path and the force flag. Out: files under the target, or an error that says
//! what to do; a failed run leaves no half-written pack (the temporary folder is removed).

use crate::error::{Error, Result};
use std::fs;
use std::path::{Component, Path, PathBuf};

/// Fails when `out` exists and `force` is not set, before anything expensive happens.
pub fn check_target(out: &Path, force: bool) -> Result<()> {
    if out.as_os_str().is_empty() || out.file_name().is_none() {
        return Err(Error::Usage(format!(
            "--out {:?} does not name a folder for the pack; give a path such as reports/2026-11",
            out.display().to_string()
        )));
    }
    if out.symlink_metadata().is_ok() && !force {
        return Err(Error::Failed(format!(
            "{} already exists; pass --force to replace it, or choose another --out",
            out.display()
        )));
    }
    Ok(())
}

/// The folder the pack is written into before it is moved into place.
pub struct Staging {
    dir: tempfile::TempDir,
}

impl Staging {
    /// Creates a temporary folder in `out`'s parent (creating the parent if needed), so the
    /// final move is a rename on the same file system.
    pub fn beside(out: &Path) -> Result<Staging> {
        let parent = parent_of(out);
        fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let stem = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{stem}.partial-"))
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?;
        Ok(Staging { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Moves the finished pack to `out`. With `force`, an existing `out` is renamed away first
    /// and deleted once the new pack is in place (restored if the move fails).
    pub fn install(self, out: &Path, force: bool) -> Result<()> {
        set_readable(self.dir.path())?;
        let staged = self.dir.keep();
        let result = Self::swap(&staged, out, force);
        if result.is_err() {
            let _ = fs::remove_dir_all(&staged);
        }
        result
    }

    fn swap(staged: &Path, out: &Path, force: bool) -> Result<()> {
        if out.symlink_metadata().is_err() {
            return fs::rename(staged, out).map_err(|e| Error::io(out, e));
        }
        if !force {
            return Err(Error::Failed(format!(
                "{} appeared while the pack was being written; pass --force to replace it, or \
                 choose another --out",
                out.display()
            )));
        }
        let parent = parent_of(out);
        let old = tempfile::Builder::new()
            .prefix(".overlap-old-")
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?
            .keep();
        let old_pack = old.join("pack");
        fs::rename(out, &old_pack).map_err(|e| Error::io(out, e))?;
        if let Err(e) = fs::rename(staged, out) {
            let _ = fs::rename(&old_pack, out);
            let _ = fs::remove_dir_all(&old);
            return Err(Error::io(out, e));
        }
        fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))
    }
}

/// A file written by [`write_with_digest`]: its path relative to the pack, size and SHA-256
/// (lower-case hex).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digested {
    pub rel: PathBuf,
    pub bytes: u64,
    pub sha256: String,
}

/// Writes the file `rel` under `dir` (checked and created as [`write_file`] does) through a
/// buffered writer handed to `write`, for output too large to build in memory first, hashing
/// the bytes (SHA-256) on a second thread as they are written, so that the manifest need not
/// read the file back. For `state.json`, hundreds of megabytes at a
/// million efforts: reading it again and hashing it took half a second after everything
/// else was done.
pub fn write_with_digest(
    dir: &Path,
    rel: &str,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<Digested> {
    use sha2::{Digest, Sha256};
    let path = target_path(dir, rel)?;
    let file = fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
    // A few blocks in flight: the writer runs ahead of the hasher by at most this much.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
    let (written, (bytes, sha256)) = std::thread::scope(|scope| {
        let hasher = scope.spawn(move || {
            let (mut hash, mut bytes) = (Sha256::new(), 0u64);
            for block in rx {
                bytes += block.len() as u64;
                hash.update(&block);
            }
            (bytes, format!("{:x}", hash.finalize()))
        });
        let mut out = BlockWriter {
            file,
            block: Vec::with_capacity(BLOCK),
            tx,
        };
        let written = write(&mut out).and_then(|()| std::io::Write::flush(&mut out));
        // Closes the channel: the hasher finishes what it has and returns.
        drop(out);
        (written, hasher.join().unwrap_or_default())
    });
    written.map_err(|e| Error::io(&path, e))?;
    Ok(Digested {
        rel: PathBuf::from(rel),
        bytes,
        sha256,
    })
}

/// The block size of [`BlockWriter`].
const BLOCK: usize = 1 << 20;

/// Buffers writes into blocks; each full block goes to the file, then to the hashing thread.
struct BlockWriter {
    file: fs::File,
    block: Vec<u8>,
    tx: std::sync::mpsc::SyncSender<Vec<u8>>,
}

impl BlockWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        std::io::Write::write_all(&mut self.file, &self.block)?;
        let full = std::mem::replace(&mut self.block, Vec::with_capacity(BLOCK));
        self.tx
            .send(full)
            .map_err(|_| std::io::Error::other("the hashing thread stopped"))
    }
}

impl std::io::Write for BlockWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.block.len() + buf.len() > BLOCK {
            self.send()?;
        }
        self.block.extend_from_slice(buf);
        // A write of a block or more goes on as its own block.
        if self.block.len() >= BLOCK {
            self.send()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()?;
        self.file.flush()
    }
}

/// `dir/rel` with its parent folders created; refuses a `rel` that leaves `dir`.
fn target_path(dir: &Path, rel: &str) -> Result<PathBuf> {
    let rel_path = Path::new(rel);
    if !rel_path
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err(Error::Failed(format!(
            "refusing to write {rel:?} outside the pack (a bug; please report it)"
        )));
    }
    let path = dir.join(rel_path);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    Ok(path)
}

/// Writes one file at `rel` under `dir`, creating folders as needed. `rel` must be a plain
/// relative path (no `..`, no root); anything else is refused, so nothing lands outside `dir`.
pub fn write_file(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> Result<PathBuf> {
    let rel_path = Path::new(rel);
    let path = target_path(dir, rel)?;
    fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    Ok(rel_path.to_path_buf())
}

fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Temporary folders are private (0700); a finished pack is readable like any other folder.
#[cfg(unix)]
fn set_readable(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).map_err(|e| Error::io(dir, e))
}

#[cfg(not(unix))]
fn set_readable(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_written_with_its_digest_hashes_to_it() {
        use sha2::{Digest, Sha256};
        let dir = tempfile::tempdir().unwrap();
        // Small writes across block boundaries, then one write larger than a block.
        let big = vec![b'x'; BLOCK + 17];
        let file = write_with_digest(dir.path(), "sub/state.json", |w| {
            for k in 0..200_000u32 {
                write!(w, "{k},")?;
            }
            w.write_all(&big)?;
            w.write_all(b"end\n")
        })
        .unwrap();
        let bytes = fs::read(dir.path().join("sub/state.json")).unwrap();
        assert!(bytes.len() > 2 * BLOCK);
        assert!(bytes.ends_with(b"xxxend\n"));
        assert_eq!(file.rel, PathBuf::from("sub/state.json"));
        assert_eq!(file.bytes, bytes.len() as u64);
        assert_eq!(file.sha256, format!("{:x}", Sha256::digest(&bytes)));
        // An empty file too.
        let empty = write_with_digest(dir.path(), "empty", |_| Ok(())).unwrap();
        assert_eq!(empty.bytes, 0);
        assert_eq!(empty.sha256, format!("{:x}", Sha256::digest(b"")));
    }

    #[test]
    fn a_failing_writer_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_with_digest(dir.path(), "state.json", |w| {
            w.write_all(b"partial")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("state.json"), "{err}");
    }

    #[test]
    fn existing_target_without_force_fails_naming_the_fix() {
        let tmp = tempfile::tempdir().unwrap();
        let err = check_target(tmp.path(), false).unwrap_err().to_string();
        assert!(err.contains("--force") && err.contains("--out"), "{err}");
        assert!(check_target(tmp.path(), true).is_ok());
        assert!(check_target(&tmp.path().join("new"), false).is_ok());
    }

    #[test]
    fn relative_paths_that_climb_out_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        for bad in ["../x", "/etc/x", "a/../../x", ""] {
            assert!(write_file(tmp.path(), bad, "x").is_err(), "{bad}");
        }
        assert!(write_file(tmp.path(), "departments/a.html", "x").is_ok());
    }

    #[test]
    fn install_replaces_an_old_pack_only_with_force() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("2026-11");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("old.txt"), "old").unwrap();

        let staging = Staging::beside(&out).unwrap();
        write_file(staging.path(), "new.txt", "new").unwrap();
        assert!(staging.install(&out, false).is_err());
        assert!(out.join("old.txt").exists());

        let staging = Staging::beside(&out).unwrap();
        write_file(staging.path(), "new.txt", "new").unwrap();
        staging.install(&out, true).unwrap();
        assert!(out.join("new.txt").exists());
        assert!(!out.join("old.txt").exists());
        // Nothing but the pack is left beside it.
        let names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("2026-11")]);
    }
}
