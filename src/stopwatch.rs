//! Stage measurements for the run manifest: wall time, process CPU time and peak memory.
//!
//! In: nothing but the clock and the operating system's accounting. Out: a [`StageTiming`] per
//! stage, written to `run.json`, which benchmarks read to report time and memory per stage.
//! CPU time (all threads, from `getrusage`) keeps its meaning on a loaded machine where wall
//! time does not. Peak memory is per stage on Linux: starting a stopwatch resets the kernel's
//! high-water mark (`/proc/self/clear_refs`), and stopping it reads `VmHWM`.

use serde::{Deserialize, Serialize};
use std::time::Instant;

/// Measurements of one stage, for the run manifest.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageTiming {
    pub stage: String,
    /// Elapsed wall-clock time.
    pub seconds: f64,
    /// CPU time of all the process's threads during the stage (user + system), where the
    /// platform reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_seconds: Option<f64>,
    /// The process's peak resident memory during the stage, in MiB (Linux).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_rss_mib: Option<f64>,
}

/// A running measurement; [`Stopwatch::stop`] turns it into a [`StageTiming`].
#[derive(Debug)]
pub struct Stopwatch {
    wall: Instant,
    cpu: Option<f64>,
}

impl Stopwatch {
    /// Starts measuring a stage (and resets the peak-memory mark where the platform allows).
    pub fn start() -> Stopwatch {
        reset_peak_rss();
        Stopwatch {
            wall: Instant::now(),
            cpu: process_cpu_seconds(),
        }
    }

    /// Wall-clock seconds since the stopwatch started.
    pub fn elapsed_seconds(&self) -> f64 {
        self.wall.elapsed().as_secs_f64()
    }

    /// The stage's measurements so far, named `stage`.
    pub fn stop(&self, stage: &str) -> StageTiming {
        StageTiming {
            stage: stage.to_string(),
            seconds: self.wall.elapsed().as_secs_f64(),
            cpu_seconds: match (self.cpu, process_cpu_seconds()) {
                (Some(start), Some(now)) => Some((now - start).max(0.0)),
                _ => None,
            },
            peak_rss_mib: peak_rss_mib(),
        }
    }
}

/// User + system CPU time of the whole process so far.
#[cfg(unix)]
fn process_cpu_seconds() -> Option<f64> {
    // SAFETY: getrusage only writes the struct we pass, which is plain old data.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return None;
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Some(secs(usage.ru_utime) + secs(usage.ru_stime))
}

#[cfg(not(unix))]
fn process_cpu_seconds() -> Option<f64> {
    None
}

/// Resets the kernel's peak-RSS mark for this process (Linux 4.0+; a no-op elsewhere).
fn reset_peak_rss() {
    if cfg!(target_os = "linux") {
        let _ = std::fs::write("/proc/self/clear_refs", "5");
    }
}

/// Peak resident memory since the last reset, in MiB (Linux only).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_that_works_reports_cpu_time_and_memory() {
        let watch = Stopwatch::start();
        // Touch 64 MiB so the stage has a peak to report, and spin so it has CPU time.
        let block = vec![1u8; 64 << 20];
        let mut sum = 0u64;
        for _ in 0..20 {
            sum = block.iter().fold(sum, |s, &b| s.wrapping_add(u64::from(b)));
        }
        assert!(sum > 0);
        let timing = watch.stop("work");
        assert_eq!(timing.stage, "work");
        assert!(timing.seconds > 0.0);
        if cfg!(unix) {
            assert!(timing.cpu_seconds.is_some_and(|c| c > 0.0));
        }
        if cfg!(target_os = "linux") {
            assert!(timing.peak_rss_mib.is_some_and(|m| m >= 64.0), "{timing:?}");
        }
        drop(block);
    }
}
