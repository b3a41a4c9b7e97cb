//! The keys of the Profile and Plan screens, where a person sets out
//! their levels and pace and plans the way to their goal.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static PROFILE_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Select the previous skill").hint_pair("select"),
    row("<down>j", Down, "Select the next skill"),
];

pub(super) static PROFILE: &[Row] = &[
    row("g<home>", Top, "To the first skill"),
    row("G<end>", Bottom, "To the last skill"),
    row(
        "+=l<right>",
        Raise,
        "Raise your level in the selected skill",
    )
    .hint_pair("level"),
    row("-h<left>", Lower, "Lower your level in the selected skill"),
    row("0", Level0, "Set the selected skill to 0, none"),
    row("1", Level1, "Set it to 1, recognition"),
    row("2", Level2, "Set it to 2, unsupervised execution"),
    row("3", Level3, "Set it to 3, organisational influence"),
    row(
        "<space>*",
        Mark,
        "Mark the selected skill to focus on, or unmark it",
    )
    .hint("mark"),
    row(
        "a",
        ToggleFilter,
        "Show all skills, or only those your role and goal need",
    )
    .hint("all/mine")
    .if_room(),
    row(
        "A",
        Assess,
        "Self-assessment: your role's and goal's skills, one at a time, in plain words",
    )
    .hint("assess")
    .if_room(),
];

pub(super) static ASSESS: &[Row] = &[
    row("0", Level0, "Answer 0: none"),
    row(
        "1",
        Level1,
        "Answer 1: I know it and have done small supervised work",
    ),
    row(
        "2",
        Level2,
        "Answer 2: I do it on my own under real constraints",
    ),
    row("3", Level3, "Answer 3: I shape how my team does it"),
    row("<right><enter>", Forward, "Skip this question").hint("skip"),
    row("<left>", Back, "Back one question").hint("back"),
    row(
        "s",
        AssessScope,
        "Other skills: current and target roles, one role, all, a category",
    )
    .hint("skills"),
    row("<up>k", Up, "Scroll up"),
    row("<down>j", Down, "Scroll down"),
    row(
        "<esc>",
        Close,
        "Stop: the answers are kept and it goes on from here next time",
    )
    .hint("stop"),
];

/// After the hours.
pub(super) static PROFILE_AFTER_HOURS: &[Row] = &[
    row("p", Plan, "Plan: the fastest routes from you to your goal").hint("plan"),
    row("/", Search, "Search roles and skills"),
    row("<esc><bs>", Close, "Back to the screen beneath").hint("back"),
];

pub(super) static PLAN_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Select the previous route, or scroll up").hint_pair("route"),
    row("<down>j", Down, "Select the next route, or scroll down"),
];

pub(super) static PLAN: &[Row] = &[
    row("g<home>", Top, "To the first route, or the top of the text"),
    row(
        "G<end>",
        Bottom,
        "To the last route, or the end of the text",
    ),
    row("<tab>", FocusNext, "Focus the next pane (routes, steps)")
        .hint("pane")
        .if_room(),
    row("<s-tab>", FocusPrev, "Focus the previous pane"),
    row(
        "<enter>",
        Open,
        "Walk the selected route in Explore (L goes a step forward)",
    )
    .hint("walk"),
    row("f", ToggleTimes, "Hide or show the learning-time figures").hint("times"),
];

/// After the hours.
pub(super) static PLAN_AFTER_HOURS: &[Row] = &[
    row("m", Profile, "My profile: your skills and levels").hint("profile"),
    row("s", Sources, "Sources of the figures on screen"),
    row("/", Search, "Search roles and skills"),
    row("<esc><bs>", Close, "Back to the screen beneath").hint("back"),
];

/// The pace, on both screens that show times at it.
pub(super) static HOURS: &[Row] = &[
    row("<lt>", FewerHours, "Fewer hours a week for learning")
        .hint_pair("hours")
        .if_room(),
    row("<gt>", MoreHours, "More hours a week for learning"),
];
