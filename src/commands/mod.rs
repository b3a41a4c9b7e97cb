//! The non-interactive commands: each reads the model and writes text or
//! JSON to a writer, so tests can run them in memory and scripts can pipe
//! them.

mod assess;
mod compare;
mod dispatch;
mod fit;
mod format;
mod json;
mod listing;
mod map;
pub(crate) mod notes;
pub(crate) mod packs;
mod path;
pub(crate) mod plan;
mod profile;
pub(crate) mod report;
mod search;
mod settings;
mod show;
mod skill;
mod table;
mod validate;

use crate::model::text::clean;
use std::cell::OnceCell;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::cli::Cli;
use crate::model::lookup::{self, Lookup};
use crate::model::search::SearchIndex;
use crate::model::text::clean_line;
use crate::model::{Diagnostic, Model, RoleIx, SkillIx};
use dispatch::dispatch;

pub use format::Paint;

/// Why a command did not succeed, which decides the exit code.
#[derive(Debug)]
pub enum Failure {
    /// The person asked for something that does not make sense (exit 2).
    Usage(String),
    /// A data pack is invalid (exit 2).
    Data(Vec<Diagnostic>),
    /// The request was fine but could not be answered (exit 1).
    Runtime(String),
    /// Reading or writing failed (exit 1).
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

pub type Outcome = Result<(), Failure>;

/// One run of a command: what it reads (the model, how to print, the
/// search index, built only when a command needs it).
pub struct Run<'a> {
    pub model: &'a Model,
    pub paint: Paint,
    /// Columns to wrap prose to.
    pub width: usize,
    /// The terminal's columns, for tables; `None` when the output is not a
    /// terminal, so a table's rows stay whole lines.
    pub table_width: Option<usize>,
    search: OnceCell<SearchIndex>,
}

impl<'a> Run<'a> {
    pub fn new(model: &'a Model, paint: Paint, width: Width) -> Run<'a> {
        Run {
            model,
            paint,
            width: width.prose,
            table_width: width.table,
            search: OnceCell::new(),
        }
    }

    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(self.model))
    }

    /// The role a person meant, or a usage error that lists the candidates.
    pub fn role(&self, query: &str) -> Result<RoleIx, Failure> {
        let found = lookup::role(self.model, self.search(), query);
        let describe = |ix: RoleIx| {
            let role = self.model.role(ix);
            format!("  {}  ({})", role.id, role.title)
        };
        // A skill's id given for a role: say where it is shown.
        if let Lookup::NotFound(_) = &found
            && let Some(skill) = self.model.skill_ix(query.trim())
        {
            let s = self.model.skill(skill);
            return Err(Failure::Usage(format!(
                "no role matches `{}`: it is a skill ({}); `rolemap skill {}` shows it",
                clean_line(query),
                s.name,
                s.id
            )));
        }
        resolved(found, query, "role", "rolemap roles", describe)
    }

    /// The skill a person meant, the same way as [`Run::role`].
    pub fn skill(&self, query: &str) -> Result<SkillIx, Failure> {
        let found = lookup::skill(self.model, self.search(), query);
        let describe = |ix: SkillIx| {
            let skill = self.model.skill(ix);
            format!("  {}  ({})", skill.id, skill.name)
        };
        resolved(found, query, "skill", "rolemap skills", describe)
    }
}

/// A look-up's result, or a usage error that lists the candidates.
fn resolved<T>(
    found: Lookup<T>,
    query: &str,
    kind: &str,
    lister: &str,
    describe: impl Fn(T) -> String,
) -> Result<T, Failure> {
    let shown = clean_line(query);
    match found {
        Lookup::Found(ix) => Ok(ix),
        Lookup::Ambiguous(found) => {
            let list: Vec<String> = found.into_iter().map(describe).collect();
            Err(Failure::Usage(format!(
                "`{shown}` matches {} {kind}s:\n{}\nwrite more of the name, or give an id",
                list.len(),
                list.join("\n")
            )))
        }
        Lookup::NotFound(near) if near.is_empty() => Err(Failure::Usage(format!(
            "no {kind} matches `{shown}`; `{lister}` lists them all"
        ))),
        Lookup::NotFound(near) => {
            let list: Vec<String> = near.into_iter().map(describe).collect();
            Err(Failure::Usage(format!(
                "no {kind} matches `{shown}`; did you mean:\n{}",
                list.join("\n")
            )))
        }
    }
}

/// Whether to colour text written to a stream: only on a terminal, and not
/// when `--no-color` or a non-empty `NO_COLOR` (`no_color_env`) says otherwise.
pub fn use_color(
    no_color_flag: bool,
    no_color_env: Option<&std::ffi::OsStr>,
    is_terminal: bool,
) -> bool {
    let no_color_env = no_color_env.is_some_and(|v| !v.is_empty());
    is_terminal && !no_color_flag && !no_color_env
}

fn color_for(cli: &Cli, is_terminal: bool) -> Paint {
    Paint {
        color: use_color(
            cli.no_color,
            std::env::var_os("NO_COLOR").as_deref(),
            is_terminal,
        ),
    }
}

/// Columns to format for.
#[derive(Debug, Clone, Copy)]
pub struct Width {
    /// Prose wraps to the terminal's width within reason, else to 80.
    pub prose: usize,
    /// Tables fit the terminal's width; none when the output is not a
    /// terminal.
    pub table: Option<usize>,
}

/// The width to format for: `COLUMNS` when it is set to a number (as `ls`
/// and others honour it, piped or not), else the terminal's.
fn output_width(is_terminal: bool, columns: Option<&std::ffi::OsStr>) -> Width {
    let asked = columns
        .and_then(|c| c.to_str())
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    let terminal = asked.or_else(|| {
        is_terminal
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten()
    });
    Width {
        prose: terminal.map_or(80, |w| w.clamp(40, 120)),
        table: (is_terminal || asked.is_some()).then(|| terminal.unwrap_or(80).max(40)),
    }
}

/// The bundled pack by its id, or an installed one.
pub fn pack_by_id(id: &str) -> Result<Model, Failure> {
    if id == crate::bundled::ID {
        return crate::bundled::model().map_err(Failure::Runtime);
    }
    packs::installed_pack(id)
}

/// Loads the pack the command line names, or the bundled one.
pub fn load_model(cli: &Cli) -> Result<(Model, Vec<Diagnostic>), Failure> {
    if let Some(id) = &cli.pack {
        return pack_by_id(id).map(|m| (m, Vec::new()));
    }
    match &cli.data {
        None => crate::bundled::model()
            .map(|m| (m, Vec::new()))
            .map_err(Failure::Runtime),
        Some(path) => {
            let cache = crate::store::PackCache::open();
            let progress = crate::model::load::Progress::default();
            model_or_failure(crate::store::load_pack(path, cache.as_ref(), &progress))
        }
    }
}

/// The model a load gave, with its warnings, or its diagnostics as the
/// failure to report.
pub fn model_or_failure(loaded: crate::model::Loaded) -> Result<(Model, Vec<Diagnostic>), Failure> {
    match loaded.model {
        Some(model) => Ok((model, loaded.diagnostics)),
        None => Err(Failure::Data(loaded.diagnostics)),
    }
}

/// Runs the command line and says how it ended.
pub fn run(cli: Cli) -> ExitCode {
    let stdout = io::stdout();
    let is_terminal = stdout.is_terminal();
    let paint = color_for(&cli, is_terminal);
    let mut out = io::BufWriter::new(Output::new(stdout.lock()));
    let width = output_width(is_terminal, std::env::var_os("COLUMNS").as_deref());
    let result = dispatch(&cli, paint, width, &mut out);
    // Flushed however the command ended: a failing command's report (an
    // invalid pack's diagnostics) is output too.
    let flushed = out.flush();
    let output_failed = out.get_ref().failed;
    drop(out);
    let result = match (result, flushed) {
        (Err(Failure::Io(e)), _) if output_failed => Err(Failure::output(e)),
        (Ok(()), Err(e)) => Err(Failure::output(e)),
        // The command failed and its report could not be written either:
        // a closed pipe keeps the command's own exit code, anything else
        // says the output failed.
        (Err(_), Err(e)) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::output(e)),
        (result, _) => result,
    };
    let err_paint = color_for(&cli, io::stderr().is_terminal());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => report(&failure, err_paint),
    }
}

/// Standard output, remembering whether a write to it failed, so that a
/// full disk is reported as such and a closed pipe ends quietly.
struct Output<W> {
    inner: W,
    failed: bool,
}

impl<W: Write> Output<W> {
    fn new(inner: W) -> Output<W> {
        Output {
            inner,
            failed: false,
        }
    }

    fn noted<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        self.failed |= result.is_err();
        result
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(buf);
        self.noted(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        let flushed = self.inner.flush();
        self.noted(flushed)
    }
}

impl Failure {
    /// Writing the output failed: a closed pipe stays a broken pipe (which
    /// ends quietly), anything else says it was the output that failed.
    fn output(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Failure::Io(e);
        }
        Failure::Io(io::Error::new(
            e.kind(),
            format!("cannot write the output: {e}"),
        ))
    }
}

/// Ends a command line clap did not run: its help or version on standard
/// output, or a usage error on standard error, each written with the same
/// care as a command's output.
pub fn parse_failed(e: &clap::Error) -> ExitCode {
    if e.use_stderr() {
        // A usage error quotes what was typed, which may hold anything:
        // it is written plain and cleaned, like every other message.
        let text = e.render().to_string();
        let mut err = io::stderr().lock();
        let _ = write!(err, "{}", crate::model::text::clean(&text));
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    match e.print() {
        Ok(()) => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
        // Nothing useful can be said when standard error cannot be written.
        Err(_) if e.use_stderr() => ExitCode::from(2),
        Err(write) => report(&Failure::output(write), Paint { color: false }),
    }
}

/// Prints a failure to standard error and picks the exit code.
pub fn report(failure: &Failure, paint: Paint) -> ExitCode {
    let mut err = io::stderr().lock();
    let label = paint.error("error");
    // Nothing useful can be done if standard error itself is closed.
    let _ = match failure {
        Failure::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Failure::Usage(message) => writeln!(err, "{label}: {}", clean(message)),
        Failure::Runtime(message) => writeln!(err, "{label}: {}", clean(message)),
        Failure::Io(e) => writeln!(err, "{label}: {}", clean(&e.to_string())),
        Failure::Data(diagnostics) => validate::write_diagnostics(&mut err, diagnostics, paint),
    };
    match failure {
        Failure::Usage(_) | Failure::Data(_) => ExitCode::from(2),
        Failure::Runtime(_) | Failure::Io(_) => ExitCode::from(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_only_on_a_terminal_and_never_when_asked_not_to() {
        assert!(use_color(false, None, true));
        assert!(!use_color(false, None, false));
        assert!(!use_color(true, None, true));
        assert!(!use_color(false, Some(OsStr::new("1")), true));
        // NO_COLOR set but empty does not count.
        assert!(use_color(false, Some(OsStr::new("")), true));
    }

    #[test]
    fn piped_tables_keep_whole_rows_unless_columns_is_set() {
        let piped = output_width(false, None);
        assert_eq!((piped.prose, piped.table), (80, None));
        let asked = output_width(false, Some(OsStr::new("100")));
        assert_eq!((asked.prose, asked.table), (100, Some(100)));
        let wide = output_width(true, Some(OsStr::new("300")));
        assert_eq!((wide.prose, wide.table), (120, Some(300)));
        for nonsense in ["", "0", "wide"] {
            let w = output_width(false, Some(OsStr::new(nonsense)));
            assert_eq!(w.table, None, "{nonsense:?}");
        }
    }
}
