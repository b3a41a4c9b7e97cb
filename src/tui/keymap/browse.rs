//! The keys of finding your way: everywhere, Explore, Search and Skill.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static GLOBAL: &[Row] = &[
    row("<c-c>", Quit, "Quit rolemap"),
    row("<f1>", Help, "Show the keys of this screen"),
    row(
        "<c-k>",
        Palette,
        "Command palette: every action of this screen, narrowed as you type; Enter runs it",
    ),
    row(
        "<c-o>",
        Clients,
        "Clients: open another client's profile, or make a new one",
    ),
    row(
        "<f5>",
        Present,
        "Presenter view: only what the client may see, for a shared screen",
    ),
];

pub(super) static EXPLORE_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Select the previous move, or scroll up")
        .hint_pair("select")
        .if_room(),
    row("<down>j", Down, "Select the next move, or scroll down"),
];

pub(super) static EXPLORE: &[Row] = &[
    row("g<home>", Top, "To the first move, or the top of the text"),
    row("G<end>", Bottom, "To the last move, or the end of the text"),
    row(
        "<tab>",
        FocusNext,
        "Focus the next pane (card, moves, what a move takes)",
    ),
    row("<s-tab>", FocusPrev, "Focus the previous pane"),
    row(
        "<enter>l<right>",
        Open,
        "Follow the selected move: its role becomes current",
    )
    .hint("follow"),
    row(
        "<bs>h<left>",
        Back,
        "Back to the previous role on the trail",
    )
    .hint("back")
    .if_room(),
    row("L]", Forward, "Forward again on the trail after going back"),
    row("/", Search, "Search roles and skills").hint("search"),
    row("s", Sources, "Sources of the figures on screen")
        .hint("sources")
        .if_room(),
    row("p", Plan, "Plan: the fastest routes from you to your goal").hint("plan"),
    row("m", Profile, "My profile: your skills and levels").hint("profile"),
    row(
        "c",
        SetCurrent,
        "This is my role: make it your current role",
    )
    .hint("role"),
    row("t", SetTarget, "This is my goal: make it your target role").hint("goal"),
    row(
        "o",
        Clients,
        "Clients: open another client's profile (Ctrl-O on every screen)",
    )
    .hint("clients")
    .if_room(),
    row(
        "P",
        Packs,
        "Packs: open another installed pack, with the same profile",
    )
    .if_room(),
    row("n", Notes, "Notes: the client's sessions and action items")
        .hint("notes")
        .if_room(),
    row(
        "=",
        Compare,
        "Compare this role with yours (or with where the trail began)",
    )
    .hint("compare")
    .if_room(),
    row("M", Map, "Map: every role and move drawn as a graph")
        .hint("map")
        .if_room(),
];

pub(super) static COMPARE: &[Row] = &[
    row("<up>k", Up, "Scroll up").hint_pair("scroll"),
    row("<down>j", Down, "Scroll down"),
    row("g<home>", Top, "To the top"),
    row("G<end>", Bottom, "To the end"),
    row(
        "a",
        ToggleFilter,
        "Show every skill, or only the differences",
    )
    .hint("all"),
    row("x", Swap, "Swap A and B").hint("swap"),
    row("[", BandDown, "B: the band below on its track").hint_pair("band"),
    row("]", BandUp, "B: the next band up of its track"),
    row(
        "K",
        Keep,
        "Keep this comparison with the client (today's session and its report)",
    )
    .hint("keep"),
    row("/", Search, "Choose B by searching for a role").hint("choose B"),
    row("<esc><bs>", Close, "Back to the screen beneath").hint("back"),
];

pub(super) static SEARCH: &[Row] = &[
    row("<up><c-p>", Up, "Select the previous hit").hint_pair("select"),
    row("<down><c-n>", Down, "Select the next hit"),
    row("<pgup>", PageUp, "Up one page"),
    row("<pgdn>", PageDown, "Down one page"),
    row("<home>", Top, "To the best hit"),
    row("<end>", Bottom, "To the last hit"),
    row(
        "<enter>",
        Open,
        "Open the hit: a role becomes current, a skill shows its details",
    )
    .hint("open"),
    row("<bs>", DeleteChar, "Delete the last character"),
    row("<c-u>", ClearQuery, "Clear the query").hint("clear"),
    row("<esc>", Close, "Close the search").hint("close"),
    row("<f1>", Help, "Show every key of this screen").hint("help"),
];

pub(super) static CLIENTS: &[Row] = &[
    row("<up><c-p>", Up, "Select the previous client").hint_pair("select"),
    row("<down><c-n>", Down, "Select the next client"),
    row("<pgup>", PageUp, "Up one page"),
    row("<pgdn>", PageDown, "Down one page"),
    row("<home>", Top, "To the first client"),
    row("<end>", Bottom, "To the last client"),
    row(
        "<enter>",
        Open,
        "Open the selected client, or make the new one the last row offers",
    )
    .hint("open"),
    row("<c-a>", NewClient, "Make a new client of the name typed").hint("new"),
    row("<bs>", DeleteChar, "Delete the last character"),
    row("<c-u>", ClearQuery, "Clear the name typed"),
    row(
        "<esc><c-o>",
        Close,
        "Close the picker; the open client stays",
    )
    .hint("close"),
    row("<f1>", Help, "Show every key of this screen").hint("help"),
];

pub(super) static SKILL_UP_DOWN: &[Row] = &[
    row("<up>k", Up, "Select the previous role, or scroll up").hint_pair("select"),
    row("<down>j", Down, "Select the next role, or scroll down"),
];

pub(super) static SKILL: &[Row] = &[
    row("g<home>", Top, "To the first row"),
    row("G<end>", Bottom, "To the last row"),
    row("<tab>", FocusNext, "Focus the next pane (details, roles)").hint("pane"),
    row("<s-tab>", FocusPrev, "Focus the previous pane"),
    row("<enter>l<right>", Open, "Make the selected role current").hint("open role"),
    row(
        "<esc><bs>h<left>",
        Back,
        "Back to where the skill was opened from",
    )
    .hint("back"),
    row(
        "c",
        SetCurrent,
        "This is my role: make the selected role your current role",
    ),
    row(
        "t",
        SetTarget,
        "This is my goal: make the selected role your target role",
    ),
    row("/", Search, "Search roles and skills").hint("search"),
    row("s", Sources, "Sources of the figures on screen").hint("sources"),
];
