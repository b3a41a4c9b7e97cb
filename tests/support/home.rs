//! A folder of its own for one test (`ROLEMAP_HOME`), and the real binary
//! run in it: shared by the command-line tests.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn rolemap(&self) -> Command {
        let mut cmd = Command::cargo_bin("rolemap").unwrap();
        cmd.env_remove("NO_COLOR")
            .env("ROLEMAP_HOME", self.dir.path())
            .env("COLUMNS", "80");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> String {
        self.run_in(self.rolemap(), args)
    }

    /// What `cmd` with `args` prints; it must succeed.
    pub fn run_in(&self, mut cmd: Command, args: &[&str]) -> String {
        let out = cmd.args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.run(args)).unwrap()
    }

    /// Makes profile `name`: a junior systems programmer aiming at senior
    /// backend with some Rust, and whatever `more` sets.
    pub fn junior_aiming_at_senior_backend(&self, name: &str, more: &[&str]) {
        self.run(&["profile", "new", name]);
        let mut set = vec![
            "profile",
            "set",
            name,
            "--current",
            "junior systems",
            "--target",
            "senior-backend-engineer",
            "--skill",
            "rust-fundamentals=2",
        ];
        set.extend_from_slice(more);
        self.run(&set);
    }

    /// Runs a command that must fail as a usage error (exit 2) and
    /// returns what it said on standard error.
    pub fn usage_error(&self, args: &[&str]) -> String {
        let out = self.rolemap().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    }
}
