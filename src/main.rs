//! The `rolemap` binary: parse the command line, then run a command or
//! start the TUI.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = rolemap::cli::Cli::parse();
    // Without a subcommand the explorer opens on a terminal; piped, the same
    // invocation prints the entry role's card instead.
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if cli.command.is_none() && interactive {
        return rolemap::tui::main(&cli);
    }
    rolemap::commands::run(cli)
}
