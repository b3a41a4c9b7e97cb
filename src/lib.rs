//! rolemap: an offline explorer of Rust and systems-programming careers.
//!
//! The library holds everything; the `rolemap` binary only parses the command
//! line and dispatches. `model` is the pure domain; `commands` are the
//! non-interactive faces on it.

pub mod bundled;
pub mod cli;
pub mod commands;
pub mod model;
