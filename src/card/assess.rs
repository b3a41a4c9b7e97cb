//! What a finished self-assessment says, worded once for the command line
//! and the explorer: the levels changed, the goal's match before and after,
//! and the warning for flat ratings.

use crate::format;
use crate::model::Model;
use crate::model::assess::{LEVEL_WORDS, Scope};
use crate::model::gap::{Fit, fit};
use crate::model::plan::plan;
use crate::model::profile::Profile;

/// Said when most answers give the same level.
pub const FLAT_WARNING: &str = "Most answers give the same level. Ratings that are all alike \
     make matches unreliable: think of a recent piece of work for each skill and answer again \
     where it differs.";

/// The scope's word, as `--skills` takes it and the kept place writes it.
pub fn scope_word(scope: Scope) -> &'static str {
    match scope {
        Scope::Roles => "roles",
        Scope::Current => "current",
        Scope::Target => "target",
        Scope::All => "all",
        Scope::Category(c) => format::category(c),
    }
}

/// The scope a word names, if any.
pub fn scope_of_word(word: &str) -> Option<Scope> {
    Scope::every().into_iter().find(|&s| scope_word(s) == word)
}

/// Which skills the questions walk, in a few words.
pub fn scope_says(scope: Scope) -> String {
    match scope {
        Scope::Roles => "skills of your current and target roles".into(),
        Scope::Current => "skills of your current role".into(),
        Scope::Target => "skills of your target role".into(),
        Scope::All => "every skill".into(),
        Scope::Category(c) => format!("{} skills", format::category(c)),
    }
}

/// The words `--skills` takes, for a message.
pub fn scope_words() -> String {
    let words: Vec<&str> = Scope::every().into_iter().map(scope_word).collect();
    words.join(", ")
}

/// The answers a question offers: each level with its plain words, and
/// what a person at that level of this skill can show, where the pack says.
pub fn choices(skill: &crate::model::Skill) -> Vec<(u8, &'static str, Option<&str>)> {
    LEVEL_WORDS
        .iter()
        .enumerate()
        .map(|(level, words)| {
            let level = level as u8;
            (level, *words, skill.descriptor(level))
        })
        .collect()
}

/// `Rust fundamentals: 0 → 2`, for each skill whose level changed.
pub fn level_changes(model: &Model, before: &Profile, after: &Profile) -> Vec<String> {
    model
        .skills()
        .iter()
        .filter_map(|skill| {
            let (was, now) = (before.level(&skill.id), after.level(&skill.id));
            (was != now).then(|| format!("{}: {was} → {now}", skill.name))
        })
        .collect()
}

/// `Backend Developer: essential skills met 2 → 8 of 24; to close the gap
/// ~19–43 mo (est.) → ~11–27 mo (est.)`, at the person's pace, when they
/// have a goal.
pub fn goal_change(model: &Model, before: &Profile, after: &Profile) -> Option<String> {
    let (rb, ra) = (before.resolve(model), after.resolve(model));
    let goal = ra.target?;
    let (fb, fa) = (fit(model, &rb.levels, goal), fit(model, &ra.levels, goal));
    let at = |f: &Fit| format::months(&format::at_pace(&f.cost, after.pace()));
    if after.hide_times {
        return Some(format!(
            "{}: essential skills met {} → {} of {}",
            model.role(goal).title,
            fb.essential_met,
            fa.essential_met,
            fa.essential
        ));
    }
    Some(format!(
        "{}: essential skills met {} → {} of {}; to close the gap {} → {}",
        model.role(goal).title,
        fb.essential_met,
        fa.essential_met,
        fa.essential,
        at(&fb),
        at(&fa)
    ))
}

/// `The plan's total, by the fastest route from Junior Systems Programmer:
/// ~20–45 mo (est.) → ~12–30 mo (est.)`, at the person's pace, when the
/// planner finds a way from their current role to their goal.
/// None when the person hides times.
pub fn plan_change(model: &Model, before: &Profile, after: &Profile) -> Option<String> {
    if after.hide_times {
        return None;
    }
    let resolved = after.resolve(model);
    let (from, to) = (resolved.current?, resolved.target?);
    let total = |p: &Profile| {
        let plan = plan(model, &p.resolve(model).levels, from, to, 0).ok()?;
        let fastest = plan.routes.first()?;
        Some(format::months(&format::at_pace(
            &fastest.cost,
            after.pace(),
        )))
    };
    Some(format!(
        "The plan's total, by the fastest route from {}: {} → {}",
        model.role(from).title,
        total(before)?,
        total(after)?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    #[test]
    fn every_scope_has_its_own_word() {
        for scope in Scope::every() {
            assert_eq!(scope_of_word(scope_word(scope)), Some(scope));
        }
        assert_eq!(
            scope_of_word("language"),
            Some(Scope::Category(Category::Language))
        );
        assert_eq!(scope_of_word("everything"), None);
        assert!(scope_words().starts_with("roles, current, target, all, language"));
    }

    #[test]
    fn what_changed_gives_the_plans_total_as_the_planner_counts_it() {
        let m = crate::bundled::model().unwrap();
        let mut before = Profile::new("ana", "2026-12-02T00:00:00Z");
        assert_eq!(plan_change(&m, &before, &before), None, "no roles set");
        before.current_role = Some("junior-systems-programmer".into());
        before.target_role = Some("backend-developer".into());
        let mut after = before.clone();
        for skill in ["tokio", "web-frameworks"] {
            after.apply(&crate::model::profile::Edit::Level(skill.into(), 2), "now");
        }
        let said = plan_change(&m, &before, &after).unwrap();
        let total = |p: &Profile| {
            let r = p.resolve(&m);
            let found = plan(&m, &r.levels, r.current.unwrap(), r.target.unwrap(), 0).unwrap();
            format::months(&format::at_pace(&found.routes[0].cost, p.pace()))
        };
        assert_ne!(total(&before), total(&after), "the answers shorten it");
        assert_eq!(
            said,
            format!(
                "The plan's total, by the fastest route from Junior Systems Programmer: {} → {}",
                total(&before),
                total(&after)
            )
        );
    }

    #[test]
    fn choices_add_what_the_pack_says_of_each_level() {
        let m = crate::bundled::model().unwrap();
        let mut skill = m.skills()[0].clone();
        skill.levels.clear();
        assert!(choices(&skill).iter().all(|(_, _, shows)| shows.is_none()));
        skill.levels = vec!["reads it".into(), "writes it".into(), "leads it".into()];
        let c = choices(&skill);
        assert_eq!(c.len(), 4);
        assert_eq!(c[0], (0, "none", None));
        assert_eq!(c[2], (2, LEVEL_WORDS[2], Some("writes it")));
        assert_eq!(c[3].2, Some("leads it"));
    }
}
