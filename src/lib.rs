//! rolemap: an offline explorer of Rust and systems-programming careers.
//!
//! The library holds everything; the `rolemap` binary only parses the command
//! line and dispatches. `model` is the pure domain; `commands` and `tui`
//! are the two faces on it.

pub mod bundled;
pub mod card;
pub mod cli;
pub mod commands;
pub mod config;
pub mod format;
#[doc(hidden)]
pub mod fuzz_checks;
pub mod generate;
pub mod model;
pub mod palette;
pub mod store;
pub mod tui;
pub mod wrap;
