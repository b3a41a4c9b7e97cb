//! `rolemap assess NAME`: a self-assessment as plain lines on standard
//! input and output (no cursor movement, so it works with a screen reader
//! and with piped answers). One skill at a time, in plain words; each
//! answer is saved to the profile at once, and the place is kept, so a
//! stop (or the end of the input) resumes where it stopped next time.

use std::io::{BufRead, Write};

use super::{Failure, Outcome, Run};
use crate::card::assess::{
    FLAT_WARNING, choices, goal_change, level_changes, plan_change, scope_of_word, scope_words,
};
use crate::model::Model;
use crate::model::assess::{Answer, Scope, is_flat, parse, questions};
use crate::model::profile::{Edit, Profile};
use crate::model::text::clean_line;
use crate::store::{self, Store};

/// The scope as given on the command line.
pub fn scope_of(word: &str) -> Result<Scope, Failure> {
    scope_of_word(word).ok_or_else(|| {
        Failure::Usage(format!(
            "`--skills {}` is not a choice: give one of {}",
            clean_line(word),
            scope_words()
        ))
    })
}

pub fn run(
    ctx: &Run,
    name: &str,
    skills: &str,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Outcome {
    let m = ctx.model;
    let scope = scope_of(skills)?;
    let store = Store::open()?;
    let before = store.load(name)?;
    let asked = questions(m, &before.resolve(m), scope);
    if asked.is_empty() {
        return Err(Failure::Usage(format!(
            "nothing to ask `{name}`: set a current and a target role first \
             (`rolemap profile set {name} --current ROLE --target ROLE`), or give --skills all"
        )));
    }
    // Resume where the last one stopped, if it walked the same skills.
    let mut done: Vec<String> = match store.assessment(name) {
        Some((was, done)) if was == skills => done,
        _ => Vec::new(),
    };
    writeln!(
        out,
        "Self-assessment for `{name}`: {} skills. For each, answer 0–3 or in words \
         (none, know, do, shape); Enter skips, b goes back, stop stops (answers are kept).",
        asked.len()
    )?;
    let mut answered: Vec<u8> = Vec::new();
    let mut at = 0;
    while let Some(&skill) = asked.get(at) {
        let id = &m.skill(skill).id;
        // Asked already (before a stop, or before going back past it).
        if done.contains(id) {
            at += 1;
            continue;
        }
        let s = m.skill(skill);
        let now = store.load(name)?.level(id);
        writeln!(
            out,
            "\nQuestion {} of {} ({} left): {}",
            at + 1,
            asked.len(),
            asked.len() - at - 1,
            s.name
        )?;
        writeln!(out, "  {}", s.summary)?;
        for (level, words, shows) in choices(s) {
            writeln!(out, "  {level}  {words}")?;
            if let Some(shows) = shows {
                writeln!(out, "       for example: {shows}")?;
            }
        }
        write!(out, "Your level (now {now}): ")?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return stopped(&store, name, skills, &done, out);
        }
        match parse(&line) {
            Ok(Answer::Level(level)) => {
                store.update(name, &[Edit::Level(id.clone(), level)], &store::now(), None)?;
                answered.push(level);
                mark(&mut done, id);
                at += 1;
            }
            Ok(Answer::Skip) => {
                mark(&mut done, id);
                at += 1;
            }
            Ok(Answer::Back) => {
                at = at.saturating_sub(1);
                let back = &m.skill(asked[at]).id;
                done.retain(|d| d != back);
            }
            Ok(Answer::Stop) => return stopped(&store, name, skills, &done, out),
            Err(why) => writeln!(out, "{why}")?,
        }
        store.set_assessment(name, skills, &done)?;
    }
    store.clear_assessment(name)?;
    let after = store.load(name)?;
    summary(m, &before, &after, &answered, out)
}

fn mark(done: &mut Vec<String>, id: &str) {
    if !done.iter().any(|d| d == id) {
        done.push(id.to_string());
    }
}

fn stopped(
    store: &Store,
    name: &str,
    skills: &str,
    done: &[String],
    out: &mut impl Write,
) -> Outcome {
    store.set_assessment(name, skills, done)?;
    writeln!(
        out,
        "Stopped after {} of the questions; the answers are saved. `rolemap assess {name}` goes on from here.",
        done.len()
    )?;
    Ok(())
}

/// What changed: levels, the match with the goal and what closing the gap takes.
fn summary(
    m: &Model,
    before: &Profile,
    after: &Profile,
    answered: &[u8],
    out: &mut impl Write,
) -> Outcome {
    writeln!(out, "\nDone. What changed for `{}`:", after.name)?;
    let changes = level_changes(m, before, after);
    for change in &changes {
        writeln!(out, "  {change}")?;
    }
    if changes.is_empty() {
        writeln!(out, "  no level changed")?;
    }
    if let Some(said) = goal_change(m, before, after) {
        writeln!(out, "  {said}")?;
    }
    if let Some(said) = plan_change(m, before, after) {
        writeln!(out, "  {said}")?;
    }
    if is_flat(answered) {
        writeln!(out, "\n{FLAT_WARNING}")?;
    }
    Ok(())
}
