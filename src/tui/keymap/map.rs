//! The keys of the Map screen.

use super::{Row, row};
use crate::tui::action::Action::*;

pub(super) static MAP: &[Row] = &[
    row(
        "<left>h",
        Left,
        "Select the role to the left, in the same band",
    )
    .hint_pair("select"),
    row(
        "<right>l",
        Right,
        "Select the role to the right, in the same band",
    ),
    row("<up>k", Up, "Select the nearest role in the band above"),
    row("<down>j", Down, "Select the nearest role in the band below"),
    row(
        "[",
        TrackPrev,
        "Select a role of the track to the left (in the same band where it has one)",
    ),
    row("]", TrackNext, "Select a role of the track to the right"),
    row(
        "<tab>",
        NextMove,
        "Choose the next of the selected role's moves (those out of it, then those into it)",
    )
    .hint("move"),
    row("<s-tab>", PrevMove, "Choose the previous move"),
    row(
        "f<space>",
        FollowMove,
        "Go along the chosen move: select the role at its other end",
    )
    .hint("follow"),
    row("n", RouteNext, "Select the next role on your planned route").hint("route"),
    row(
        "N",
        RoutePrev,
        "Select the previous role on your planned route",
    ),
    row("<enter>", Open, "Open the selected role in Explore").hint("explore"),
    row(
        "z",
        Zoom,
        "Zoom: whole titles, or short labels so more fits",
    )
    .hint("zoom"),
    row(
        "a",
        ToggleFilter,
        "Draw every move, or only the selected role's and your route's",
    )
    .hint("lines")
    .if_room(),
    row("b", LineStyle, "Draw the lines in box drawing or in ASCII").if_room(),
    row("H", PanLeft, "Pan the map left"),
    row("L", PanRight, "Pan the map right"),
    row("K", PanUp, "Pan the map up"),
    row("J", PanDown, "Pan the map down"),
    row(
        "+",
        MoreHops,
        "Show roles one more move away (when a large pack shows a neighbourhood)",
    ),
    row("-", FewerHops, "Show roles one move fewer away"),
    row(
        "r",
        Recentre,
        "Centre the neighbourhood shown on the selected role",
    ),
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
    row("/", Search, "Find a role and select it on the map").hint("find"),
    row("<esc><bs>", Close, "Back to the screen beneath").hint("back"),
];
