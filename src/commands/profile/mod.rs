//! `rolemap profile list|new|show|delete|set`: profiles from the command
//! line, saved through the same store as the explorer's.
//!
//! This file turns the store's errors into failures and runs `new`, `set`
//! and `delete`; `list` and `show`, which only read, are in their own files
//! with their JSON shapes.

mod list;
mod show;

use std::io::{self, BufRead, IsTerminal, Write};

use super::format;
use super::json;
use super::{Failure, Outcome, Run};
use crate::cli::ProfileAction;
use crate::model::MAX_LEVEL;
use crate::model::profile::Edit;
use crate::store::{self, Store, StoreError};

use list::list;
use show::{profile_json, show};

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        match e {
            StoreError::BadName(_) | StoreError::NotFound { .. } | StoreError::Exists { .. } => {
                Failure::Usage(e.to_string())
            }
            StoreError::Damaged { problem, .. } => {
                let hint = match (problem.hint.as_deref(), problem.location.is_some()) {
                    (Some(h), true) => format!(
                        "{}. The file is left as it is: mend it, or delete it with \
                         `rolemap profile delete NAME`; the explorer moves such a file aside and \
                         starts afresh",
                        h.trim_end_matches('.')
                    ),
                    (Some(h), false) => format!("{}; it is left as it is", h.trim_end_matches('.')),
                    (None, _) => "the file is left as it is".to_string(),
                };
                Failure::Data(vec![problem.with_hint(hint)])
            }
            StoreError::Newer { problem, .. } => Failure::Data(vec![*problem]),
            // A link where a profile should be is bad input, even a loop of
            // them: the person put it there and can mend it.
            StoreError::Symlink { .. } => Failure::Usage(e.to_string()),
            // A lock that is not a file stops every save, whatever was asked.
            StoreError::BadLock { .. }
            | StoreError::Locked { .. }
            | StoreError::Io { .. }
            | StoreError::NoHome => Failure::Runtime(e.to_string()),
        }
    }
}

pub fn run(ctx: &Run, action: &ProfileAction, out: &mut impl Write) -> Outcome {
    let store = Store::open()?;
    match action {
        ProfileAction::List { output } => list(ctx, &store, output.json, out),
        ProfileAction::New { name } => {
            // The settings' pace for new profiles. Settings with problems are not used, here as in the explorer:
            // said on standard error, and the default pace stays.
            let hours = match crate::config::path().map(|p| crate::config::load(&p)) {
                Some(Ok(config)) => config.hours_per_week,
                Some(Err(problems)) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "warning: the settings are not used ({}); `rolemap config check` shows where",
                        crate::format::plural(problems.len(), "problem")
                    );
                    None
                }
                None => None,
            };
            store.create(name, &store::now())?;
            // Made on the pack in use, so the explorer opens that one for it.
            let mut made = vec![Edit::MadeOn(ctx.model.info().id.clone())];
            made.extend(hours.map(Edit::HoursPerWeek));
            let profile = store.update(name, &made, &store::now(), None)?;
            writeln!(
                out,
                "Made profile `{}` in {}.",
                profile.name,
                crate::model::text::path(&store.path_of(&profile.name))
            )?;
            writeln!(
                out,
                "Set it up with: rolemap profile set {} --current ROLE --target ROLE --skill ID=LEVEL",
                shell_word(&profile.name)
            )?;
            Ok(())
        }
        ProfileAction::Show { name, output } => {
            let profile = store.load(name)?;
            if output.json {
                return Ok(json::write(out, &profile_json(ctx, &profile))?);
            }
            show(ctx, &profile, out)
        }
        ProfileAction::Delete { name, yes } => delete(&store, name, *yes, out),
        ProfileAction::Set {
            name,
            current,
            target,
            skills,
            mark,
            unmark,
            hours,
            clear_current,
            clear_target,
            hide_times,
            show_times,
        } => {
            let mut edits = Vec::new();
            let role_id = |q: &str| ctx.role(q).map(|r| ctx.model.role(r).id.clone());
            let skill_id = |q: &str| ctx.skill(q).map(|s| ctx.model.skill(s).id.clone());
            if let Some(q) = current {
                edits.push(Edit::CurrentRole(Some(role_id(q)?)));
            }
            if *clear_current {
                edits.push(Edit::CurrentRole(None));
            }
            if let Some(q) = target {
                edits.push(Edit::TargetRole(Some(role_id(q)?)));
            }
            if *clear_target {
                edits.push(Edit::TargetRole(None));
            }
            for pair in skills {
                let (query, level) = skill_level(pair)?;
                edits.push(Edit::Level(skill_id(query)?, level));
            }
            for q in mark {
                edits.push(Edit::Mark(skill_id(q)?, true));
            }
            for q in unmark {
                edits.push(Edit::Mark(skill_id(q)?, false));
            }
            if let Some(h) = hours {
                edits.push(Edit::HoursPerWeek(*h));
            }
            if *hide_times || *show_times {
                edits.push(Edit::HideTimes(*hide_times));
            }
            if edits.is_empty() {
                return Err(Failure::Usage(
                    "nothing to set: give --current, --target, --skill ID=LEVEL, --mark, \
                     --unmark, --hours, --hide-times, --show-times, --clear-current or --clear-target"
                        .into(),
                ));
            }
            let saved = store.update(name, &edits, &store::now(), None)?;
            writeln!(out, "Saved profile `{}`:", saved.name)?;
            for edit in &edits {
                writeln!(out, "  {}", describe_edit(ctx, edit))?;
            }
            Ok(())
        }
    }
}

/// `rust=2`, `tokio=execution`: a skill and a level, or a usage error.
fn skill_level(pair: &str) -> Result<(&str, u8), Failure> {
    let bad = |why: &str| {
        Failure::Usage(format!(
            "`--skill {}`: {why}; write ID=LEVEL, e.g. `--skill tokio=2` \
             (0 none, 1 recognition, 2 execution, 3 influence)",
            crate::model::text::clean_line(pair)
        ))
    };
    let (skill, level) = pair.rsplit_once('=').ok_or_else(|| bad("no `=`"))?;
    if skill.trim().is_empty() {
        return Err(bad("no skill before `=`"));
    }
    let level = level.trim().to_lowercase();
    let words = ["none", "recognition", "execution", "influence"];
    let number = match words.iter().position(|w| *w == level) {
        Some(n) => n as u8,
        None => level
            .parse::<u8>()
            .ok()
            .filter(|n| *n <= MAX_LEVEL)
            .ok_or_else(|| bad("a level is 0 to 3"))?,
    };
    Ok((skill.trim(), number))
}

fn describe_edit(ctx: &Run, edit: &Edit) -> String {
    let m = ctx.model;
    let role = |id: &Option<String>| match id.as_deref().and_then(|id| m.role_ix(id)) {
        Some(r) => m.role(r).title.clone(),
        None => "none".into(),
    };
    let skill = |id: &str| {
        m.skill_ix(id)
            .map_or(id.to_string(), |s| m.skill(s).name.clone())
    };
    match edit {
        Edit::CurrentRole(id) => format!("current role: {}", role(id)),
        Edit::TargetRole(id) => format!("target role: {}", role(id)),
        Edit::Level(id, level) => format!("{}: {}", skill(id), format::level(*level)),
        Edit::Mark(id, true) => format!("{}: marked", skill(id)),
        Edit::Mark(id, false) => format!("{}: not marked", skill(id)),
        Edit::HoursPerWeek(h) => format!("learning time: {h} h a week"),
        Edit::HideTimes(hide) => {
            format!("times in plans: {}", if *hide { "hidden" } else { "shown" })
        }
        Edit::MadeOn(pack) => format!("made on the pack `{pack}`"),
    }
}

fn delete(store: &Store, name: &str, yes: bool, out: &mut impl Write) -> Outcome {
    // Fails early, before asking, when there is nothing to delete.
    if let Err(e @ (StoreError::NotFound { .. } | StoreError::BadName(_))) = store.load(name)
        && store.files_of(name).map_or(true, |f| f.is_empty())
    {
        return Err(e.into());
    }
    let files = store.files_of(name)?;
    let listed: Vec<String> = files
        .iter()
        .map(|f| format!("  {}", crate::model::text::path(f)))
        .collect();
    if !yes {
        let stdin = io::stdin();
        if !stdin.is_terminal() {
            return Err(Failure::Usage(format!(
                "deleting a client cannot be undone; add --yes to delete `{name}` and {} when \
                 not on a terminal",
                what_goes(files.len())
            )));
        }
        let mut err = io::stderr().lock();
        write!(
            err,
            "Delete `{name}` and {}:\n{}\nIt cannot be undone. [y/N] ",
            what_goes(files.len()),
            listed.join("\n")
        )?;
        err.flush()?;
        let mut answer = String::new();
        stdin.lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            writeln!(out, "Kept `{name}`; nothing was deleted.")?;
            return Ok(());
        }
    }
    let gone = store.delete_client(name)?;
    // The explorer's kept first frame may show them.
    if let Err(e) = crate::store::forget_first_frame() {
        let kept = crate::store::first_frame_path().unwrap_or_default();
        writeln!(
            io::stderr().lock(),
            "The explorer's kept first frame at {} may show `{name}` and could not be removed: {e}.",
            crate::model::text::path(&kept)
        )?;
    }
    writeln!(
        out,
        "Deleted `{name}`: {}.",
        crate::format::plural(gone.len(), "file")
    )?;
    for file in &gone {
        writeln!(out, "  {}", crate::model::text::path(file))?;
    }
    Ok(())
}

/// What deleting a client takes, for the question asked first.
fn what_goes(files: usize) -> String {
    match files {
        1 => "their one file (profile)".to_string(),
        n => format!("all {n} of their files (profile, notes, copies and reports)"),
    }
}

/// A name as a shell would need it typed.
pub(crate) fn shell_word(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_alphanumeric() || "._-".contains(c))
    {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}
