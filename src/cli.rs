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
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "pack")]
    pub data: Option<PathBuf>,

    /// Use the installed pack of this id (`rolemap packs` lists them).
    #[arg(long, global = true, value_name = "ID")]
    pub pack: Option<String>,

    /// Never colour the output (the NO_COLOR environment variable does the same).
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Open the explorer with this profile (default: the one used last).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,

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
    /// Show one skill's card: its levels with their learning time and what
    /// each looks like, what it builds on and leads to, the roles that need
    /// it, resources and sources.
    Skill {
        /// A skill id (tokio) or a fragment of its name (async with).
        skill: String,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Show one role's card: skills, levels, learning time, moves, sources.
    Show {
        /// A role id (compiler-engineer) or a fragment of its title (compiler).
        role: String,
        /// Also show how this profile's skills meet the role.
        #[arg(long, value_name = "NAME")]
        profile: Option<String>,
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
    /// Two roles side by side: the levels each asks for, the differences and
    /// what they take to learn, and the moves between them.
    Compare {
        /// The first role: an id or a title fragment.
        first: String,
        /// The second role.
        second: String,
        /// Also show this profile's levels and what each role would take them.
        #[arg(long, value_name = "NAME")]
        profile: Option<String>,
        /// List the skills both ask for at the same level too.
        #[arg(long)]
        all: bool,
        /// Keep the comparison with the client (--profile) in today's session, for its report.
        #[arg(long, requires = "profile")]
        keep: bool,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// A person's plan: the fastest routes from their skills and current role
    /// to a target role, step by step, as Markdown or JSON.
    Plan {
        /// The role to reach (default: the profile's target role).
        #[arg(long, value_name = "ROLE")]
        to: Option<String>,
        /// Whose plan (default: the profile the explorer used last).
        #[arg(long, value_name = "NAME")]
        profile: Option<String>,
        /// Markdown for people, JSON for scripts.
        #[arg(long, value_enum, default_value_t = DocFormat::Md)]
        format: DocFormat,
        /// Write to this file instead of standard output (atomically, owner-only).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long, requires = "output")]
        force: bool,
        /// How many next-best routes to add.
        #[arg(long, value_name = "K", default_value_t = 3, value_parser = clap::value_parser!(u8).range(0..=10))]
        alternatives: u8,
    },
    /// The map's layout: each band's roles by track and every move, as text
    /// for a pipe or a screen reader, or as Graphviz DOT for a picture.
    Map {
        /// text (the default) or dot.
        #[arg(long, value_enum, default_value = "text")]
        format: MapFormat,
        /// Only the roles a few moves from this one.
        #[arg(long, value_name = "ROLE")]
        around: Option<String>,
        /// How many moves from --around (default 1).
        #[arg(long, value_name = "N")]
        hops: Option<usize>,
    },
    /// The data packs installed beside the bundled one; `add` installs one.
    Packs {
        #[command(subcommand)]
        action: Option<PacksAction>,
    },
    /// The explorer's settings: theme and colours, keys, mouse, the pace of
    /// new profiles.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Profiles: a person's skill levels, current and target role, pace.
    Profile {
        #[command(subcommand)]
        action: ProfileAction,
    },
    /// A client's session notes and action items: print them, add to them,
    /// or edit a session in your editor.
    Notes {
        /// The client (their profile's name).
        name: String,
        /// The session, YYYY-MM-DD (default: every session to print, today's to add or edit).
        #[arg(long, value_name = "DATE")]
        session: Option<String>,
        /// Markdown for people, JSON for scripts.
        #[arg(long, value_enum, default_value_t = DocFormat::Md)]
        format: DocFormat,
        /// Also print private notes and items (for the coach only).
        #[arg(long)]
        include_private: bool,
        /// Add a note to the session; private unless --shared.
        #[arg(long, value_name = "TEXT", conflicts_with_all = ["item", "edit", "done", "undone"])]
        add: Option<String>,
        /// Add an action item to the session; private unless --shared.
        #[arg(long, value_name = "TEXT", conflicts_with_all = ["edit", "done", "undone"])]
        item: Option<String>,
        /// When the item should be done by, YYYY-MM-DD.
        #[arg(long, value_name = "DATE", requires = "item")]
        by: Option<String>,
        /// Make the note or item added shared: it may go to the client.
        #[arg(long)]
        shared: bool,
        /// Mark action item ID done (IDs are in the printed notes).
        #[arg(long, value_name = "ID", conflicts_with_all = ["edit", "undone"])]
        done: Option<u32>,
        /// Mark action item ID open again.
        #[arg(long, value_name = "ID", conflicts_with = "edit")]
        undone: Option<u32>,
        /// Edit the session's notes in $VISUAL or $EDITOR.
        #[arg(long)]
        edit: bool,
    },
    /// A client's session report: where they stand, what was agreed and their
    /// plan, as Markdown (or JSON) to hand to them.
    Report {
        /// The client (their profile's name).
        name: String,
        /// The session, YYYY-MM-DD (default: the latest).
        #[arg(long, value_name = "DATE")]
        session: Option<String>,
        /// Markdown for people, JSON for scripts.
        #[arg(long, value_enum, default_value_t = DocFormat::Md)]
        format: DocFormat,
        /// The file or folder to write to (default: your documents folder,
        /// else the data folder's reports/); `-` prints it.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        /// Also put private notes and items in (marked as such): for the coach's own copy.
        #[arg(long)]
        include_private: bool,
    },
    /// A self-assessment: one skill at a time, in plain words, answered on
    /// standard input (so it can be piped); resumes where it stopped.
    Assess {
        /// The client (their profile's name).
        name: String,
        /// Which skills: roles (the current and target roles'), current, target, all, or a category.
        #[arg(long, value_name = "WHICH", default_value = "roles")]
        skills: String,
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
    /// Write a data pack made up for benchmarks into a new or empty folder:
    /// the same size and seed always give the same files.
    #[command(hide = true)]
    GeneratePack {
        /// medium (1,000 roles), large (10,000) or huge (100,000); the
        /// options below change one count of it.
        #[arg(long, value_enum, default_value_t = PackSize::Medium)]
        size: PackSize,
        /// How many roles.
        #[arg(long, value_name = "N")]
        roles: Option<usize>,
        /// How many skills.
        #[arg(long, value_name = "N")]
        skills: Option<usize>,
        /// How many moves.
        #[arg(long, value_name = "N")]
        moves: Option<usize>,
        /// Another seed gives another pack of the same shape.
        #[arg(long, value_name = "N", default_value_t = 1)]
        seed: u64,
        /// The folder to write the pack's files into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// The preset sizes of a generated pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PackSize {
    Medium,
    Large,
    Huge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MapFormat {
    Text,
    Dot,
}

#[derive(Debug, Subcommand)]
pub enum PacksAction {
    /// Check a pack and install it in the data folder, so `--pack ID` opens it.
    Add {
        /// A pack folder or .ron file.
        path: PathBuf,
        /// Replace an installed pack of the same id.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print where the settings file is read from.
    Path,
    /// Check the settings file and report every problem with file, line and
    /// column.
    Check,
    /// Print a settings file with every field at its default, commented.
    PrintDefault,
}

#[derive(Debug, Subcommand)]
pub enum ProfileAction {
    /// List the profiles, with their roles and when they last changed.
    List {
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Make a new, empty profile.
    New { name: String },
    /// Show a profile: roles, pace and every skill level.
    Show {
        name: String,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Delete a client: their profile, notes and every other file of theirs
    /// in the data folder (asks first on a terminal; elsewhere needs --yes).
    Delete {
        name: String,
        /// Delete without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Change a profile: roles, skill levels, marks, pace.
    Set {
        name: String,
        /// The role the person holds now: an id or a title fragment.
        #[arg(long, value_name = "ROLE")]
        current: Option<String>,
        /// The role the person aims for.
        #[arg(long, value_name = "ROLE")]
        target: Option<String>,
        /// A skill level, 0 to 3 (0 none, 1 recognition, 2 execution, 3 influence); repeatable.
        #[arg(long = "skill", value_name = "ID=LEVEL")]
        skills: Vec<String>,
        /// Mark a skill to focus on; repeatable.
        #[arg(long, value_name = "SKILL")]
        mark: Vec<String>,
        /// Remove a skill's mark; repeatable.
        #[arg(long, value_name = "SKILL")]
        unmark: Vec<String>,
        /// Hours a week the person can learn (8 is about one day, the pack's pace).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=60))]
        hours: Option<u16>,
        /// Hide learning times in this person's plans (for those who find figures discouraging).
        #[arg(long, conflicts_with = "show_times")]
        hide_times: bool,
        /// Show learning times in plans again.
        #[arg(long)]
        show_times: bool,
        /// Forget the current role.
        #[arg(long, conflicts_with = "current")]
        clear_current: bool,
        /// Forget the target role.
        #[arg(long, conflicts_with = "target")]
        clear_target: bool,
    },
}
