//! What a finished self-assessment says, worded once for the command line
//! and the explorer: the levels changed, the goal's match before and after,
//! and the warning for flat ratings.

use crate::format;
use crate::model::Model;
use crate::model::gap::{Fit, fit};
use crate::model::profile::Profile;

/// Said when most answers give the same level.
pub const FLAT_WARNING: &str = "Most answers give the same level. Ratings that are all alike \
     make matches unreliable: think of a recent piece of work for each skill and answer again \
     where it differs.";

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
