//! How far the loading of a pack has come, for a face to show while a
//! large pack loads on another thread. Written by the loader, read by
//! whoever wants to; atomics, as the two run at once.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

/// The steps of loading a pack, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Stage {
    Reading = 0,
    /// Reading the compiled form kept from an earlier launch.
    Compiled,
    Parsing,
    Checking,
    /// Building the look-up tables of the model.
    Building,
    /// Keeping the compiled form for the next launch.
    Keeping,
}

impl Stage {
    const ALL: [Stage; 6] = [
        Stage::Reading,
        Stage::Compiled,
        Stage::Parsing,
        Stage::Checking,
        Stage::Building,
        Stage::Keeping,
    ];

    /// What the step does, as a person is told.
    pub fn doing(self) -> &'static str {
        match self {
            Stage::Reading => "Reading the files",
            Stage::Compiled => "Opening the compiled pack kept from last time",
            Stage::Parsing => "Parsing",
            Stage::Checking => "Checking every reference",
            Stage::Building => "Building the tables",
            Stage::Keeping => "Keeping a compiled copy for next time",
        }
    }
}

/// The stage, and within it how many bytes of how many are done (both 0
/// when the stage is not measured in bytes).
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
}

impl Progress {
    /// Starts `stage`, with `total` bytes to go through (or 0).
    pub fn enter(&self, stage: Stage, total: u64) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.stage.store(stage as u8, Ordering::Release);
    }

    /// `bytes` more of the stage are done.
    pub fn advance(&self, bytes: u64) {
        self.done.fetch_add(bytes, Ordering::Relaxed);
    }

    /// The stage, and bytes done and in all (done never above all).
    pub fn now(&self) -> (Stage, u64, u64) {
        let stage = Stage::ALL
            .get(usize::from(self.stage.load(Ordering::Acquire)))
            .copied()
            .unwrap_or(Stage::Reading);
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed).min(total);
        (stage, done, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_report_their_bytes_and_start_again_at_zero() {
        let p = Progress::default();
        assert_eq!(p.now(), (Stage::Reading, 0, 0));
        p.enter(Stage::Parsing, 100);
        p.advance(30);
        p.advance(30);
        assert_eq!(p.now(), (Stage::Parsing, 60, 100));
        p.advance(100);
        assert_eq!(p.now(), (Stage::Parsing, 100, 100));
        p.enter(Stage::Checking, 0);
        assert_eq!(p.now(), (Stage::Checking, 0, 0));
        for stage in Stage::ALL {
            p.enter(stage, 0);
            assert_eq!(p.now().0, stage);
            assert!(!stage.doing().is_empty());
        }
    }
}
