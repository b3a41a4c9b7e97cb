//! The `rolemap` binary: parse the command line, then run a command or
//! start the TUI.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use rolemap::cli::Cli;

fn main() -> ExitCode {
    // Without a subcommand the explorer opens on a terminal; piped, the same
    // invocation prints the entry role's card instead.
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    // Plain `rolemap` is the most common start: it skips building the
    // argument parser, which costs a noticeable part of the first frame.
    let cli = if interactive && std::env::args_os().len() == 1 {
        Cli {
            data: None,
            pack: None,
            no_color: false,
            profile: None,
            command: None,
        }
    } else {
        match Cli::try_parse() {
            Ok(cli) => cli,
            // Help, version or a usage error: printed here, so that an
            // output that cannot be written is an error, not ignored.
            Err(e) => return rolemap::commands::parse_failed(&e),
        }
    };
    if cli.command.is_none() && interactive {
        return rolemap::tui::main(&cli);
    }
    rolemap::commands::run(cli)
}
