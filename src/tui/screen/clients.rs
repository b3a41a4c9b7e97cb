//! The client picker: every profile with its roles and the date of its
//! last session, filtered as the coach types, newest session first; Enter opens the
//! chosen client, and a name that is no client's can be made one.

use super::{Ask, Given};
use crate::model::Model;
use crate::model::profile::check_name;
use crate::model::search::Filter;
use crate::store::Listed;
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::{self, ListView};

/// A client as the picker lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    pub name: String,
    /// `Junior Systems Programmer → Senior Backend Engineer`, or what is unset.
    pub roles: String,
    /// When the profile last changed (RFC 3339), for the order; empty when
    /// it cannot be read.
    pub updated: String,
    /// The date of the client's last session, if they had one.
    pub last_session: Option<String>,
    /// Why the profile cannot be read, when it cannot.
    pub problem: Option<String>,
}

impl Client {
    /// What the store listed, read against the pack, with the date of
    /// the last session.
    pub fn listed(model: &Model, listed: &Listed, last_session: Option<String>) -> Client {
        let title = |ix: Option<crate::model::RoleIx>, id: &Option<String>| match (ix, id) {
            (Some(ix), _) => model.role(ix).title.clone(),
            (None, Some(id)) => format!("{id} (not in this pack)"),
            (None, None) => "not set".to_string(),
        };
        match &listed.profile {
            Ok(profile) => {
                let r = profile.resolve(model);
                let roles = match (&profile.current_role, &profile.target_role) {
                    (None, None) => "no role or goal yet".to_string(),
                    _ => format!(
                        "{} → {}",
                        title(r.current, &profile.current_role),
                        title(r.target, &profile.target_role)
                    ),
                };
                Client {
                    name: listed.name.clone(),
                    roles,
                    updated: profile.updated.clone(),
                    last_session,
                    problem: None,
                }
            }
            Err(e) => Client {
                name: listed.name.clone(),
                roles: String::new(),
                updated: String::new(),
                last_session,
                problem: Some(e.to_string()),
            },
        }
    }
}

/// What the row after the clients offers for the name typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// The query is empty or names a client already.
    Nothing,
    /// Enter (or Ctrl-N) makes a new client of this name.
    New(String),
    /// The query cannot name a client; says why.
    Invalid(String),
}

/// The picker's state.
#[derive(Debug, Clone)]
pub struct ClientsView {
    clients: Vec<Client>,
    /// The client open now, marked in the list.
    pub active: String,
    pub query: String,
    /// The clients that match the query, best first: indices into `clients`.
    shown: Vec<usize>,
    pub offer: Offer,
    pub list: ListView,
}

impl ClientsView {
    /// The picker over `clients`, `query` typed already.
    pub fn new(mut clients: Vec<Client>, active: &str, query: &str) -> ClientsView {
        // Newest session first, then those without one by their last
        // change; unreadable ones last; by name within a day.
        clients.sort_by(|a, b| {
            (a.problem.is_some().cmp(&b.problem.is_some()))
                .then_with(|| b.last_session.cmp(&a.last_session))
                .then_with(|| b.updated.cmp(&a.updated))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let mut view = ClientsView {
            clients,
            active: active.to_string(),
            query: query.to_string(),
            shown: Vec::new(),
            offer: Offer::Nothing,
            list: ListView::default(),
        };
        view.refresh();
        view
    }

    /// The clients shown, best match first.
    pub fn shown(&self) -> impl Iterator<Item = &Client> {
        self.shown.iter().map(|&i| &self.clients[i])
    }

    /// How many rows the list has: the clients shown and the offer.
    pub fn rows(&self) -> usize {
        self.shown.len() + usize::from(self.offer != Offer::Nothing)
    }

    /// Filters again for the query: fuzzy on the name, the best first and,
    /// among equals, the newest.
    fn refresh(&mut self) {
        let query = self.query.trim();
        if query.is_empty() {
            self.shown = (0..self.clients.len()).collect();
            self.offer = Offer::Nothing;
        } else {
            let mut filter = Filter::ignoring_case(query);
            let mut scored: Vec<(u16, usize)> = self
                .clients
                .iter()
                .enumerate()
                .filter_map(|(i, c)| filter.score(&c.name).map(|s| (s, i)))
                .collect();
            // Stable: equal scores keep the newest-first order.
            scored.sort_by_key(|s| std::cmp::Reverse(s.0));
            self.shown = scored.into_iter().map(|(_, i)| i).collect();
            let taken = self
                .clients
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case(query));
            self.offer = match check_name(query) {
                _ if taken => Offer::Nothing,
                Ok(()) => Offer::New(query.to_string()),
                Err(why) => Offer::Invalid(why),
            };
        }
        self.list = ListView::default();
    }

    pub fn typed(&mut self, c: char) {
        self.query.push(c);
        self.refresh();
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::Open => return self.open(self.list.selected),
            Action::NewClient => {
                return match &self.offer {
                    Offer::Nothing if self.query.trim().is_empty() => {
                        Ask::Say("Type the new client's name, then Ctrl-A.".into())
                    }
                    Offer::Nothing => Ask::Say(format!(
                        "There is a client `{}` already: Enter opens them.",
                        self.query.trim()
                    )),
                    _ => self.offered(),
                };
            }
            Action::DeleteChar => {
                self.query.pop();
                self.refresh();
            }
            Action::ClearQuery => {
                self.query.clear();
                self.refresh();
            }
            Action::Close => return Ask::Close,
            _ => {
                let (height, rows) = (list::height(layout::search(g.area).hits), self.rows());
                list::move_in_list(&mut self.list, rows, action, height);
            }
        }
        Ask::Nothing
    }

    /// What choosing row `row` asks for.
    fn open(&self, row: usize) -> Ask {
        if let Some(&i) = self.shown.get(row) {
            let client = &self.clients[i];
            return match &client.problem {
                None if client.name == self.active => Ask::Close,
                None => Ask::Switch(client.name.clone()),
                Some(problem) => Ask::Say(format!("`{}` cannot be opened: {problem}", client.name)),
            };
        }
        self.offered()
    }

    /// What taking the offer of the last row asks for.
    fn offered(&self) -> Ask {
        match &self.offer {
            Offer::New(name) => Ask::NewClient(name.clone()),
            Offer::Invalid(why) => Ask::Say(format!("Not a client's name: {why}.")),
            Offer::Nothing => Ask::Nothing,
        }
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let rows = layout::inner(layout::search(g.area).hits);
        if let Some(i) = list::row_at(rows, self.list.offset, column, row)
            && i < self.rows()
        {
            self.list.selected = i;
            if double {
                return self.open(i);
            }
        }
        Ask::Nothing
    }

    pub fn relayout(&mut self, g: &Given) {
        list::settle_list(&mut self.list, list::height(layout::search(g.area).hits));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(name: &str, updated: &str) -> Client {
        Client {
            name: name.into(),
            roles: String::new(),
            updated: updated.into(),
            last_session: None,
            problem: None,
        }
    }

    fn names(view: &ClientsView) -> Vec<&str> {
        view.shown().map(|c| c.name.as_str()).collect()
    }

    #[test]
    fn newest_first_then_filtered_fuzzily_with_an_offer_to_make_one() {
        let clients = vec![
            client("ana", "2026-11-01T10:00:00Z"),
            client("bo", "2026-12-01T10:00:00Z"),
            client("alice", "2026-10-01T10:00:00Z"),
        ];
        let mut view = ClientsView::new(clients, "ana", "");
        assert_eq!(names(&view), ["bo", "ana", "alice"]);
        assert_eq!(view.offer, Offer::Nothing);
        for c in "alcie".chars() {
            view.typed(c);
        }
        assert_eq!(names(&view), Vec::<&str>::new(), "no fuzzy match");
        assert_eq!(view.offer, Offer::New("alcie".into()));
        assert_eq!(view.open(0), Ask::NewClient("alcie".into()));
        view.query = "al".into();
        view.refresh();
        assert_eq!(names(&view), ["alice"]);
        assert_eq!(view.open(0), Ask::Switch("alice".into()));
        assert_eq!(view.open(1), Ask::NewClient("al".into()));
        view.query = "ANA".into();
        view.refresh();
        assert_eq!(view.offer, Offer::Nothing, "a client's name, any case");
        assert_eq!(view.open(0), Ask::Close, "the open client stays open");
        view.query = "../x".into();
        view.refresh();
        assert!(matches!(view.offer, Offer::Invalid(_)));
        assert!(matches!(view.open(0), Ask::Say(_)));
    }

    #[test]
    fn an_unreadable_profile_is_listed_last_and_says_why() {
        let mut broken = client("zed", "");
        broken.problem = Some("line 1: expected `(`".into());
        let view = ClientsView::new(
            vec![broken, client("ana", "2026-11-01T10:00:00Z")],
            "ana",
            "",
        );
        assert_eq!(names(&view), ["ana", "zed"]);
        assert!(matches!(view.open(1), Ask::Say(s) if s.contains("expected")));
    }
}
