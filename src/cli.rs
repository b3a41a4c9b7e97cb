//! The command line, declared with clap: every subcommand and option, with
//! the help text people read.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Explore Rust and systems-programming careers: roles, skills, learning
/// time and the moves between roles. Offline, from plain-text data packs.
#[derive(Debug, Parser)]
#[command(
    name = "rolemap",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Load this data pack (a .ron file or a folder of them) instead of the bundled one.
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Never colour the output (the NO_COLOR environment variable does the same).
    #[arg(long, global = true)]
    pub no_color: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON for scripts instead of text (shapes: docs/json.md).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the roles of the pack, by track and band.
    Roles {
        #[command(flatten)]
        output: JsonFlag,
    },
    /// List the skills of the pack, by category.
    Skills {
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Show one role's card: skills, levels, learning time, moves, sources.
    Show {
        /// A role id (compiler-engineer) or a fragment of its title (compiler).
        role: String,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Fuzzy search over role titles, skill names and ids.
    Search {
        /// What to look for; several words are searched as one phrase.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Show at most this many results.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=1000))]
        limit: u16,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// The route from one role to another that takes the least learning time.
    Path {
        /// Where you are: a role id or title fragment.
        from: String,
        /// Where you want to go: a role id or title fragment.
        to: String,
        /// Also show up to K next-best distinct routes.
        #[arg(long, value_name = "K", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=20))]
        alternatives: u8,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Check data packs and report every problem with file, line and column.
    Validate {
        /// Pack folders or .ron files.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
}
