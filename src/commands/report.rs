//! The session report for the client: where they stand (role, goal and
//! match), the notes and action items of the session that may go to them,
//! and their plan with its figures at their pace and the sources behind
//! them. Markdown a client reads with no explanation, or JSON; written
//! atomically and owner-only, never over a file unless forced. The TUI's
//! report key writes the same document.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::json::{self, JSON_VERSION};
use super::notes::{Selection, day_option};
use super::plan::{self, PlanJson, markdown as plan_markdown, plan_json};
use super::{Failure, Outcome, Run};
use crate::card::role::{Viewer, YourMatch};
use crate::cli::DocFormat;
use crate::format::markdown::{md, md_text};
use crate::model::Model;
use crate::model::notes::Notes;
use crate::model::profile::Profile;
use crate::store::{self, Store};

/// What `rolemap report` was asked for.
pub struct Request<'a> {
    pub name: &'a str,
    pub session: Option<&'a str>,
    pub format: DocFormat,
    pub output: Option<&'a Path>,
    pub force: bool,
    pub include_private: bool,
}

/// What a report is made from.
pub struct Subject<'a> {
    pub model: &'a Model,
    pub profile: &'a Profile,
    pub notes: &'a Notes,
    /// The session reported on, when there is one.
    pub session: Option<&'a str>,
    pub include_private: bool,
}

impl Subject<'_> {
    fn selection(&self) -> Selection<'_> {
        Selection {
            client: &self.profile.name,
            notes: self.notes,
            session: self.session,
            include_private: self.include_private,
        }
    }

    /// The date the report is of: its session's, else today.
    pub fn date(&self) -> String {
        self.session.map_or_else(store::today, str::to_string)
    }
}

/// The session a report is of: the one asked for (which must exist), else
/// the latest there is, else none.
pub fn session_of<'a>(
    name: &str,
    notes: &'a Notes,
    asked: Option<&'a str>,
) -> Result<Option<&'a str>, Failure> {
    match asked {
        Some(date) if notes.session(date).is_none() => Err(Failure::Usage(format!(
            "`{name}` had no session on {date}; `rolemap notes {name}` lists them"
        ))),
        Some(date) => Ok(Some(date)),
        None => Ok(notes.last_session()),
    }
}

pub fn run(ctx: &Run, request: &Request, out: &mut impl Write) -> Outcome {
    let store = Store::open()?;
    let profile = store.load(request.name)?;
    let notes = store.load_notes(request.name)?;
    let asked = day_option("--session", request.session)?;
    let session = session_of(request.name, &notes, asked)?;
    let subject = Subject {
        model: ctx.model,
        profile: &profile,
        notes: &notes,
        session,
        include_private: request.include_private,
    };
    let text = document(&subject, request.format, &store::now());
    let path = match request.output {
        Some(path) if path.as_os_str() == "-" => return Ok(out.write_all(text.as_bytes())?),
        Some(path) if path.is_dir() => {
            path.join(file_name(&profile.name, &subject.date(), request.format))
        }
        Some(path) => path.to_path_buf(),
        None => {
            default_folder(&store)?.join(file_name(&profile.name, &subject.date(), request.format))
        }
    };
    plan::write_file(&path, &text, request.force, "report")?;
    writeln!(
        out,
        "Wrote the report for `{}` to {}.",
        profile.name,
        crate::model::text::path(&path)
    )?;
    Ok(())
}

/// Where reports go unless told: the platform's documents folder, else
/// the data folder's `reports/` (always, when `ROLEMAP_HOME` keeps
/// everything in one folder).
pub fn default_folder(store: &Store) -> Result<PathBuf, Failure> {
    let home_set = std::env::var_os("ROLEMAP_HOME").is_some_and(|h| !h.is_empty());
    let documents =
        directories::UserDirs::new().and_then(|d| d.document_dir().map(Path::to_path_buf));
    match documents {
        Some(dir) if !home_set && dir.is_dir() => Ok(dir),
        _ => Ok(store.made_reports_dir()?),
    }
}

/// Writes the Markdown report into the default folder under the first
/// free name (`ana-2026-12-02.md`, then `ana-2026-12-02-2.md`, …), so
/// nothing there is ever replaced; says where.
pub fn write_new(store: &Store, subject: &Subject) -> Result<PathBuf, String> {
    let folder = default_folder(store).map_err(|f| match f {
        Failure::Usage(t) | Failure::Runtime(t) => t,
        Failure::Io(e) => e.to_string(),
        Failure::Data(_) => "the data folder cannot be used".into(),
    })?;
    let text = document(subject, DocFormat::Md, &store::now());
    let (name, date) = (&subject.profile.name, subject.date());
    for n in 1..1000 {
        let file = match n {
            1 => format!("{name}-{date}.md"),
            n => format!("{name}-{date}-{n}.md"),
        };
        let path = folder.join(file);
        match store::write_atomic(&path, text.as_bytes(), store::Replace::No) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("{}: {e}", crate::model::text::path(&path))),
        }
    }
    Err("a thousand reports of this day are there already".into())
}

/// `ana-2026-12-02.md`: the name the data folder knows a client's report by.
pub fn file_name(client: &str, date: &str, format: DocFormat) -> String {
    let ext = match format {
        DocFormat::Md => "md",
        DocFormat::Json => "json",
    };
    format!("{client}-{date}.{ext}")
}

/// The report as text.
pub fn document(subject: &Subject, format: DocFormat, now: &str) -> String {
    match format {
        DocFormat::Md => markdown(subject, now),
        DocFormat::Json => {
            let mut bytes = Vec::new();
            json::write(&mut bytes, &report_json(subject)).expect("JSON goes into memory");
            String::from_utf8(bytes).expect("JSON is UTF-8")
        }
    }
}

/// The report in Markdown.
pub fn markdown(subject: &Subject, now: &str) -> String {
    let (m, profile) = (subject.model, subject.profile);
    let r = profile.resolve(m);
    let name = md(&profile.name);
    let mut doc = String::new();
    let mut line = |text: &str| {
        doc.push_str(text);
        doc.push('\n');
    };
    match subject.session {
        Some(date) => line(&format!("# Session report for {name}, {date}")),
        None => line(&format!("# Report for {name}")),
    }
    line("");
    line(&format!(
        "Prepared with rolemap on {}. It sums up where you stand, what we agreed, and the \
         fastest way to your goal that the career data shows.",
        crate::model::date::day(now)
    ));
    line("");
    line("## Where you stand");
    line("");
    let title = |ix: Option<crate::model::RoleIx>| {
        ix.map_or("not set yet".to_string(), |ix| md(&m.role(ix).title))
    };
    line(&format!("- Your role: {}", title(r.current)));
    line(&format!("- Your goal: {}", title(r.target)));
    if let Some(goal) = r.target {
        let you = YourMatch::new(
            m,
            goal,
            Viewer {
                profile,
                resolved: &r,
            },
        );
        let gap: String = you.gap.iter().map(|(text, _)| text.as_str()).collect();
        // Words and figures of rolemap's own: nothing to escape.
        line(&format!("- For your goal, {} {gap}", you.met));
    }
    let selection = subject.selection();
    let notes: Vec<_> = subject
        .session
        .and_then(|d| subject.notes.session(d))
        .map(|s| {
            s.notes
                .iter()
                .filter(|n| n.shared || subject.include_private)
                .collect()
        })
        .unwrap_or_default();
    if !notes.is_empty() {
        line("");
        line("## What we talked about");
        for note in notes {
            line("");
            if subject.include_private && !note.shared {
                line("_Private note, for the coach only:_");
                line("");
            }
            line(&md_text(&note.text));
        }
    }
    let open: Vec<_> = selection.items().into_iter().filter(|i| !i.done).collect();
    if !open.is_empty() {
        line("");
        line("## Your next steps");
        line("");
        for item in open {
            let due = item
                .by
                .as_deref()
                .map(|by| format!(" — by {by}"))
                .unwrap_or_default();
            let private = if item.shared { "" } else { " _(private)_" };
            line(&format!("- [ ] {}{due}{private}", md(&item.text)));
        }
    }
    let kept: Vec<_> = subject
        .notes
        .compares
        .iter()
        .filter(|k| subject.session == Some(k.session.as_str()))
        .filter_map(|k| Some((m.role_ix(&k.first)?, m.role_ix(&k.second)?)))
        .collect();
    if !kept.is_empty() {
        line("");
        line("## Roles we compared");
        for (a, b) in kept {
            compared(&mut line, m, profile, &r, a, b);
        }
    }
    line("");
    line("## Your plan");
    match plan_for(m, profile) {
        Ok(planned) => {
            // The plan document, its title left out and its headings one
            // level down, under this heading.
            for text in plan_markdown(&planned, now).lines().skip(1) {
                if text.starts_with('#') {
                    line(&format!("#{text}"));
                } else {
                    line(text);
                }
            }
        }
        Err(why) => {
            line("");
            line(&format!("No plan yet: {}.", md(&why)));
        }
    }
    doc
}

/// One kept comparison as a section: the differences as a table, the
/// moves each way and what each role would take the client.
fn compared(
    line: &mut impl FnMut(&str),
    m: &Model,
    profile: &Profile,
    r: &crate::model::profile::Resolved,
    a: crate::model::RoleIx,
    b: crate::model::RoleIx,
) {
    let c = crate::model::compare::compare(m, a, b, Some(&r.levels));
    let routes = [
        crate::model::plan::between_roles(m, a, b, 0).ok(),
        crate::model::plan::between_roles(m, b, a, 0).ok(),
    ];
    let card = crate::card::compare::CompareCard::new(m, &c, &routes, false, Some(profile));
    line("");
    line(&format!("### {}", md(&card.title)));
    for group in &card.groups {
        line("");
        line(&format!("**{}**", md(&group.title)));
        line("");
        line("| Skill | A | B | A→B | To learn A→B | You |");
        line("|---|---|---|---|---|---|");
        for l in &group.lines {
            line(&format!(
                "| {} | {} | {} | {} | {} | {} |",
                md(&l.name),
                l.first,
                l.second,
                l.diff,
                l.learn,
                l.you.as_deref().unwrap_or("")
            ));
        }
    }
    if let Some(left_out) = &card.left_out {
        line("");
        line(left_out);
    }
    line("");
    for said in &card.moves {
        line(&format!("- {}", md(said)));
    }
    if let Some(said) = &card.you {
        line(&format!("- {}", md(said)));
    }
    line("");
    line(&format!("_{}_", card.legend));
}

/// Routes beside the fastest that a report shows.
const ALTERNATIVES: usize = 1;

/// The client's plan, or why there is none, in words for the client.
fn plan_for<'a>(m: &'a Model, profile: &'a Profile) -> Result<plan::Planned<'a>, String> {
    // Without a current role the plan starts from the client's skills.
    let r = profile.resolve(m);
    if r.target.is_none() {
        return Err("your goal is not set yet".into());
    }
    plan::planned(m, profile, None, ALTERNATIVES).map_err(|why| match why {
        Failure::Usage(text) | Failure::Runtime(text) => text,
        Failure::Data(_) | Failure::Io(_) => "it could not be made".into(),
    })
}

#[derive(Serialize)]
struct ReportJson<'a> {
    version: u32,
    client: &'a str,
    session: Option<&'a str>,
    include_private: bool,
    notes: super::notes::NotesJson<'a>,
    plan: Option<PlanJson>,
    /// Why there is no plan, when there is none.
    plan_problem: Option<String>,
}

fn report_json<'a>(subject: &'a Subject) -> ReportJson<'a> {
    let (plan, plan_problem) = match plan_for(subject.model, subject.profile) {
        Ok(planned) => (Some(plan_json(&planned)), None),
        Err(why) => (None, Some(why)),
    };
    ReportJson {
        version: JSON_VERSION,
        client: &subject.profile.name,
        session: subject.session,
        include_private: subject.include_private,
        notes: super::notes::json(&subject.selection()),
        plan,
        plan_problem,
    }
}
