//! `rolemap plan --to ROLE`: a person's plan as Markdown (to hand to them)
//! or JSON (for scripts), from the same planner as the explorer's Plan screen.
//!
//! The Markdown document and its escaping are in a module of their own: the
//! escaping is what keeps text from a pack or a profile from acting as
//! markup, and is easiest to check read alone.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::json::{
    self, CostJson, JSON_VERSION, RoleRefJson, RouteJson, SkillStepJson, SourceJson,
};
use super::{Failure, Outcome, Run};
use crate::cli::DocFormat;
use crate::format;
use crate::model::behind::Behind;
use crate::model::plan::{self, Entry, Plan};
use crate::model::profile::Profile;
use crate::model::{Model, RoleIx};
use crate::store::{self, Replace, Store};

mod markdown;

pub use markdown::markdown;

/// What `rolemap plan` was asked for.
pub struct Request<'a> {
    pub to: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub format: DocFormat,
    pub output: Option<&'a Path>,
    pub force: bool,
    pub alternatives: usize,
}

/// A plan made for a profile, with what it was made from.
pub struct Planned<'a> {
    pub model: &'a Model,
    pub profile: &'a Profile,
    pub from: RoleIx,
    pub to: RoleIx,
    pub plan: Plan,
    /// For a person who holds no role: getting ready for `from` first.
    pub entry: Option<Entry>,
}

pub fn run(ctx: &Run, request: &Request, out: &mut impl Write) -> Outcome {
    let store = Store::open()?;
    let profile = store.load(&store.chosen(request.profile).0)?;
    let to = match request.to {
        Some(query) => Some(ctx.role(query)?),
        None => None,
    };
    let planned = planned(ctx.model, &profile, to, request.alternatives)?;
    let text = match request.format {
        DocFormat::Md => markdown(&planned, &store::now()),
        DocFormat::Json => {
            let mut bytes = Vec::new();
            json::write(&mut bytes, &plan_json(&planned))?;
            String::from_utf8(bytes).expect("JSON is UTF-8")
        }
    };
    match request.output {
        None => Ok(out.write_all(text.as_bytes())?),
        Some(path) if path.as_os_str() == "-" => Ok(out.write_all(text.as_bytes())?),
        Some(path) => {
            write_file(path, &text, request.force, "plan")?;
            // The plan is written; a note that cannot reach a closed or
            // full standard error is no reason to fail or to panic.
            let shown = crate::model::text::path(path);
            let _ = writeln!(
                std::io::stderr(),
                "Wrote the plan for `{}` to {shown}.",
                profile.name
            );
            Ok(())
        }
    }
}

/// The plan for `profile` from their current role to `to` (else their
/// goal), or, when they hold no role, from their skills alone through the
/// cheapest way in; or what to set first, or what blocks the way.
pub fn planned<'a>(
    m: &'a Model,
    profile: &'a Profile,
    to: Option<RoleIx>,
    alternatives: usize,
) -> Result<Planned<'a>, Failure> {
    let resolved = profile.resolve(m);
    let name = &profile.name;
    let to = match to {
        Some(to) => to,
        None => resolved.target.ok_or_else(|| {
            Failure::Usage(format!(
                "no target role{}: give --to ROLE, or set one with \
                 `rolemap profile set {name} --target ROLE`",
                unknown_note(&profile.target_role)
            ))
        })?,
    };
    let (from, plan, entry) = match resolved.current {
        Some(from) => {
            let plan = plan::plan(m, &resolved.levels, from, to, alternatives)
                .map_err(|why| Failure::Runtime(format::blocked(m, from, to, &why)))?;
            (from, plan, None)
        }
        None => {
            let (entry, plan) = plan::plan_from_skills(m, &resolved.levels, to, alternatives)
                .map_err(|why| Failure::Runtime(format::blocked_from_skills(m, to, &why)))?;
            (entry.role, plan, Some(entry))
        }
    };
    Ok(Planned {
        model: m,
        profile,
        from,
        to,
        plan,
        entry,
    })
}

/// Writes a document (`what`: "plan", "report") to a file the person
/// named: a new one, or with `force` a regular file that is there.
/// Anything else is refused before writing.
pub fn write_file(path: &Path, text: &str, force: bool, what: &str) -> Result<(), Failure> {
    let shown = crate::model::text::path(path);
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if meta.is_dir() {
            return Err(Failure::Usage(format!(
                "{shown} is a folder; give a file name"
            )));
        }
        if !force {
            return Err(Failure::Usage(format!(
                "{shown} exists already; add --force to replace it"
            )));
        }
        if !meta.is_file() {
            return Err(Failure::Usage(format!(
                "{shown} is not a regular file (a link, a device or a pipe); \
                 only a regular file is replaced, or give -o - to print the {what}"
            )));
        }
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder
        && !folder.is_dir()
    {
        return Err(Failure::Usage(format!(
            "the folder {} does not exist",
            crate::model::text::path(folder)
        )));
    }
    let replace = if force { Replace::Yes } else { Replace::No };
    match store::write_atomic(path, text.as_bytes(), replace) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Failure::Usage(format!(
            "{shown} exists already; add --force to replace it"
        ))),
        Err(e) => Err(Failure::Runtime(format!("cannot write {shown}: {e}"))),
    }
}

fn unknown_note(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" in this pack (it names `{id}`, which the pack does not have)"),
        None => String::new(),
    }
}

#[derive(Serialize)]
pub(crate) struct PlanJson {
    version: u32,
    profile: String,
    from: RoleRefJson,
    to: RoleRefJson,
    hours_per_week: u16,
    /// What the pack's months are multiplied by at this pace.
    pace: f64,
    /// The person hides learning times: the figures are here for scripts,
    /// and the Markdown plan leaves them out.
    times_hidden: bool,
    /// False when the search could not prove the order (very large packs).
    exact: bool,
    /// For a person who holds no role: getting ready for `from` first,
    /// before every route (null otherwise).
    entry: Option<EntryJson>,
    routes: Vec<RouteJson>,
    estimate_bases: Vec<String>,
    sources: Vec<SourceJson>,
}

#[derive(Serialize)]
struct EntryJson {
    role: RoleRefJson,
    cost: CostJson,
    at_your_pace: CostJson,
    skills: Vec<SkillStepJson>,
}

pub(crate) fn plan_json(planned: &Planned) -> PlanJson {
    let (m, profile) = (planned.model, planned.profile);
    let pace = profile.pace();
    let Behind { sources, bases } = Behind::plan(m, planned.entry.as_ref(), &planned.plan.routes);
    PlanJson {
        version: JSON_VERSION,
        profile: profile.name.clone(),
        from: RoleRefJson::new(m, planned.from),
        to: RoleRefJson::new(m, planned.to),
        hours_per_week: profile.hours_per_week,
        pace: format::json_number(pace),
        times_hidden: profile.hide_times,
        exact: planned.plan.exact,
        entry: planned.entry.as_ref().map(|e| EntryJson {
            role: RoleRefJson::new(m, e.role),
            cost: CostJson::from(&e.cost),
            at_your_pace: CostJson::from(&e.cost.scaled(pace)),
            skills: e.skills.iter().map(|k| SkillStepJson::new(m, k)).collect(),
        }),
        routes: planned
            .plan
            .routes
            .iter()
            .enumerate()
            .map(|(n, r)| RouteJson::new(m, n + 1, r, Some(pace)))
            .collect(),
        estimate_bases: bases,
        sources: sources.into_iter().map(|s| SourceJson::new(m, s)).collect(),
    }
}
