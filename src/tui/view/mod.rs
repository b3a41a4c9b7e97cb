//! Drawing: one file per screen, each reading its screen's state and
//! never changing it, and the pieces they are drawn with. Styles come from
//! the theme by meaning. The whole frame is put together in `render`.

pub(super) mod assess;
pub(super) mod clients;
pub(super) mod compare;
pub(super) mod explore;
pub(super) mod map;
pub(super) mod notes;
pub(super) mod overlay;
pub(super) mod plan;
pub(super) mod presenter;
pub(super) mod profile;
pub(super) mod search;
pub(super) mod skill;
mod widgets;
