//! Writing a report or the baseline atomically: a temporary file in the
//! same folder, flushed, then renamed over the target, never turning a
//! link or a device into a plain file, and cleaning up what a killed write
//! left behind.

use std::path::Path;

/// Writes `contents` to `path` atomically: a temporary file in the same
/// folder, flushed, then renamed over the target. On failure the target is
/// untouched and the temporary file removed.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_to(path, contents, false)
}

/// [`write_atomic`], never replacing what is not a regular file: a symbolic
/// link is written through (its target replaced) only with `follow`, else
/// refused, and a device, FIFO, socket or folder is refused, so a report
/// cannot turn a link or a device into a plain file.
pub fn write_atomic_to(path: &Path, contents: &[u8], follow: bool) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            if !follow {
                return Err(std::io::Error::other(format!(
                    "{} is a symbolic link: not replaced (give --follow to write to its target)",
                    path.display()
                )));
            }
            let target = std::fs::canonicalize(path)?;
            return write_atomic_to(&target, contents, false);
        }
        Ok(m) if !m.is_file() => {
            return Err(std::io::Error::other(format!(
                "{} is not a regular file: not replaced",
                path.display()
            )));
        }
        _ => {}
    }
    write_replacing(path, contents)
}

/// Removes the temporary files a killed write of `name` left in `dir`
/// (`.NAME.PID.N.tmp` of a process that no longer runs); a failure to
/// remove one is no error: the file is ignored by every reader anyway.
fn remove_leftovers(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(rest) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let pid = rest.split('.').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|p| p != std::process::id() && !process_runs(p)) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether process `pid` still runs (on Linux, by `/proc`; elsewhere it is
/// assumed to, and its leftovers are left alone).
fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}

fn write_replacing(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| std::io::Error::other(format!("{} is not a file name", path.display())))?;
    remove_leftovers(&dir, &name);
    let mut n = 0u32;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    };
    let result = file
        .write_all(contents)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp, path)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_no_temp_files(dir: &Path) {
        let leftovers: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_killed_writes_leftover_is_removed_by_the_next_write() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("report.json");
        // A process id above Linux's maximum (4,194,304) runs nowhere.
        let leftover = d.path().join(".report.json.99999999.0.tmp");
        std::fs::write(&leftover, b"half a report").unwrap();
        let other = d.path().join(".notes.md.99999999.0.tmp");
        std::fs::write(&other, b"another file's").unwrap();
        write_atomic(&p, b"whole").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"whole");
        if cfg!(target_os = "linux") {
            assert!(!leftover.exists());
        }
        assert!(other.exists(), "only the written file's leftovers go");
    }

    #[test]
    fn atomic_write_replaces_and_never_clobbers_on_failure() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("out.txt");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        // A target that is a folder cannot be replaced: the error leaves no temp file.
        let sub = d.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("keep"), "x").unwrap();
        assert!(write_atomic(&sub, b"three").is_err());
        assert_eq!(std::fs::read_to_string(sub.join("keep")).unwrap(), "x");
        assert_no_temp_files(d.path());
    }

    #[cfg(unix)]
    #[test]
    fn links_and_devices_are_not_replaced() {
        let d = tempfile::tempdir().unwrap();
        let target = d.path().join("real.json");
        std::fs::write(&target, "old").unwrap();
        let link = d.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write_atomic(&link, b"new").unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        // With follow, the target is replaced and the link stays.
        write_atomic_to(&link, b"new", true).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let err = write_atomic(Path::new("/dev/null"), b"x").unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        assert!(write_atomic(d.path(), b"x").is_err());
        assert_no_temp_files(d.path());
    }
}
