//! Everything the screen shows, as plain data: the trail of roles walked,
//! the Explore screen beneath, the screens on top of it, and whom the
//! explorer is used for. Text that depends only on the data and the width
//! is laid out when they change, so drawing a frame only slices it.

use ratatui::layout::Rect;

use super::keymap::Context;
use super::layer::Layer;
use super::person::Person;
use super::prepared::Prepared;
use super::screen::{Explore, Given};
use crate::model::RoleIx;

#[derive(Debug)]
pub struct AppState {
    /// The terminal's size as last reported.
    pub area: Rect,
    /// Roles walked; `position` is the current one.
    pub trail: Vec<RoleIx>,
    pub position: usize,
    pub explore: Explore,
    pub layers: Vec<Layer>,
    /// Whom the explorer is used for.
    pub person: Person,
    /// A one-line message for the hint bar until the next key.
    pub status: Option<String>,
}

impl AppState {
    /// The start: the person's current role, else the pack's entry role,
    /// on a terminal of `area`.
    pub fn new(prepared: &Prepared, area: Rect, person: Person) -> AppState {
        let role = person
            .resolved
            .current
            .unwrap_or(prepared.model.info().entry_role);
        let status = (prepared.warnings > 0).then(|| {
            format!(
                "This pack has {} warning(s); `rolemap validate` lists them.",
                prepared.warnings
            )
        });
        let given = Given {
            prepared,
            person: &person,
            area,
        };
        AppState {
            area,
            trail: vec![role],
            position: 0,
            explore: Explore::new(&given, role),
            layers: Vec::new(),
            person,
            status,
        }
    }

    pub fn current_role(&self) -> RoleIx {
        self.trail[self.position]
    }

    /// Which keymap applies now.
    pub fn context(&self) -> Context {
        self.layers.last().map_or(Context::Explore, Layer::context)
    }
}
