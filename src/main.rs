//! The `rolemap` binary: parse the command line, then run it.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = rolemap::cli::Cli::parse();
    rolemap::commands::run(cli)
}
