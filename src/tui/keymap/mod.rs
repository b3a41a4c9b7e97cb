//! The one table from keys to actions, per screen, with a description for
//! each binding. Help and the hint bar are generated from it, so they cannot
//! drift from what the keys really do.

use std::sync::LazyLock;

use super::action::Action;
use super::keys::Key;

/// Where a key is pressed; `Global` bindings apply under every other one
/// that does not bind the same key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Explore,
    Search,
    Skill,
    Help,
    Sources,
    Notice,
    Profile,
    Plan,
    Clients,
    Notes,
    /// A note or item being written on the Notes screen.
    NoteEditor,
    Presenter,
    Compare,
    Assess,
    /// The pack picker.
    Packs,
    Map,
}

impl Context {
    pub const SCREENS: [Context; 16] = [
        Context::Explore,
        Context::Search,
        Context::Skill,
        Context::Help,
        Context::Sources,
        Context::Notice,
        Context::Profile,
        Context::Plan,
        Context::Clients,
        Context::Notes,
        Context::NoteEditor,
        Context::Presenter,
        Context::Compare,
        Context::Assess,
        Context::Packs,
        Context::Map,
    ];

    /// Whether printable keys type into a text field here before any binding.
    pub fn has_text_input(self) -> bool {
        matches!(self, Context::Search | Context::Clients | Context::Help)
    }

    /// Whether a key bound everywhere does nothing here: the presenter view
    /// opens neither the picker (other clients' names) nor the notes.
    pub fn withholds(self, action: Action) -> bool {
        self == Context::Presenter && matches!(action, Action::Clients | Action::Notes)
    }

    /// Whether every key not bound here (or everywhere) goes to an editor.
    pub fn is_editor(self) -> bool {
        self == Context::NoteEditor
    }

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Explore => "Explore",
            Context::Search => "Search",
            Context::Skill => "Skill",
            Context::Help => "Help",
            Context::Sources => "Sources",
            Context::Notice => "Notice",
            Context::Profile => "Profile",
            Context::Plan => "Plan",
            Context::Clients => "Clients",
            Context::Notes => "Notes",
            Context::NoteEditor => "Writing a note",
            Context::Presenter => "Presenter view",
            Context::Compare => "Compare",
            Context::Assess => "Self-assessment",
            Context::Packs => "Packs",
            Context::Map => "Map",
        }
    }
}

/// Keys bound to one action in one context, as help and the hint bar
/// show them.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Key>,
    pub action: Action,
    pub description: &'static str,
    /// The hint bar's entry, its keys taken from the binding: `Enter
    /// follow`, `↑↓ select`. `None` keeps the binding to help only.
    pub hint: Option<String>,
    /// Hints shown only when the bar has room for them after the others.
    pub secondary: bool,
}

/// A row of the table as it is written: the keys as a key string (the
/// notation of [`super::keys::parse`], `"<up>k"`), the action, what help
/// says of it, and the word of its hint, if it has one.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    keys: &'static str,
    action: Action,
    description: &'static str,
    hint: Option<&'static str>,
    /// The hint names this row's first key and the next row's: `↑↓`, `<>`.
    pair: bool,
    secondary: bool,
}

const fn row(keys: &'static str, action: Action, description: &'static str) -> Row {
    Row {
        keys,
        action,
        description,
        hint: None,
        pair: false,
        secondary: false,
    }
}

impl Row {
    /// In the hint bar as its first key and `word`.
    const fn hint(self, word: &'static str) -> Row {
        Row {
            hint: Some(word),
            ..self
        }
    }

    /// In the hint bar as its first key, the next row's, and `word`.
    const fn hint_pair(self, word: &'static str) -> Row {
        Row {
            hint: Some(word),
            pair: true,
            ..self
        }
    }

    /// In the hint bar only when there is room after the others.
    const fn if_room(self) -> Row {
        Row {
            secondary: true,
            ..self
        }
    }
}

// The rows, in parts.
mod browse;
mod coaching;
mod map;
mod overlays;
mod planning;

/// Paging, alike on the screens that page with Ctrl-B and Ctrl-F too
/// (Search keeps letters and those keys for its query; a notice is short).
static PAGES: &[Row] = &[
    row("<pgup><c-b>", Action::PageUp, "Up one page"),
    row("<pgdn><c-f>", Action::PageDown, "Down one page"),
];

/// Help and quitting, alike on the screens where `?` and `q` are free.
static LEAVE: &[Row] = &[
    row("?", Action::Help, "Show every key of this screen").hint("help"),
    row("q", Action::Quit, "Quit rolemap").hint("quit"),
];

/// Each context's rows, in the order help lists them.
static SCREENS: &[(Context, &[&[Row]])] = &[
    (Context::Global, &[browse::GLOBAL]),
    (
        Context::Explore,
        &[browse::EXPLORE_UP_DOWN, PAGES, browse::EXPLORE, LEAVE],
    ),
    (Context::Search, &[browse::SEARCH]),
    (Context::Clients, &[browse::CLIENTS]),
    (
        Context::Notes,
        &[coaching::NOTES_UP_DOWN, PAGES, coaching::NOTES, LEAVE],
    ),
    (Context::NoteEditor, &[coaching::NOTE_EDITOR]),
    (Context::Presenter, &[coaching::PRESENTER]),
    (Context::Compare, &[browse::COMPARE, PAGES, LEAVE]),
    (Context::Map, &[map::MAP, PAGES, LEAVE]),
    (Context::Assess, &[planning::ASSESS, LEAVE]),
    (Context::Packs, &[overlays::PACKS]),
    (
        Context::Skill,
        &[browse::SKILL_UP_DOWN, PAGES, browse::SKILL, LEAVE],
    ),
    (
        Context::Help,
        &[overlays::HELP_UP_DOWN, PAGES, overlays::HELP],
    ),
    (
        Context::Sources,
        &[overlays::SOURCES_UP_DOWN, PAGES, overlays::SOURCES],
    ),
    (Context::Notice, &[overlays::NOTICE]),
    (
        Context::Profile,
        &[
            planning::PROFILE_UP_DOWN,
            PAGES,
            planning::PROFILE,
            planning::HOURS,
            planning::PROFILE_AFTER_HOURS,
            LEAVE,
        ],
    ),
    (
        Context::Plan,
        &[
            planning::PLAN_UP_DOWN,
            PAGES,
            planning::PLAN,
            planning::HOURS,
            planning::PLAN_AFTER_HOURS,
            LEAVE,
        ],
    ),
];

/// Every binding, in the order help lists them, made from the rows once.
fn all() -> impl Iterator<Item = &'static Binding> {
    static TABLE: LazyLock<Vec<Binding>> = LazyLock::new(|| {
        let mut table = Vec::new();
        for &(context, parts) in SCREENS {
            let rows: Vec<Row> = parts.iter().flat_map(|part| part.iter().copied()).collect();
            for (i, row) in rows.iter().enumerate() {
                table.push(binding(context, row, rows.get(i + 1)));
            }
        }
        table
    });
    TABLE.iter()
}

/// A row as a binding, its hint's keys from its own keys (and the next
/// row's, for a pair).
fn binding(context: Context, row: &Row, next: Option<&Row>) -> Binding {
    let keys = |row: &Row| {
        super::keys::parse(row.keys)
            .unwrap_or_else(|e| panic!("the keymap's {:?} row: {e}", row.action))
    };
    let own = keys(row);
    let hint = row.hint.map(|word| {
        let mut label = own.first().map_or(String::new(), Key::short_label);
        if row.pair
            && let Some(first) = next.and_then(|n| keys(n).first().copied())
        {
            label.push_str(&first.short_label());
        }
        format!("{label} {word}")
    });
    Binding {
        context,
        keys: own,
        action: row.action,
        description: row.description,
        hint,
        secondary: row.secondary,
    }
}

/// The action `key` stands for in `context`, if any.
/// The bindings of `context` followed by the global ones it does not shadow.
/// Bindings for keys the settings bind anew, described as the keymap
/// describes their action.
pub fn overrides(keys: &[(Context, Key, Action)]) -> Vec<Binding> {
    keys.iter()
        .map(|&(context, key, action)| {
            let described = all()
                .find(|b| b.action == action && b.context == context)
                .or_else(|| all().find(|b| b.action == action));
            Binding {
                context,
                keys: vec![key],
                action,
                description: described.map_or("An action bound in the settings", |b| b.description),
                hint: None,
                secondary: false,
            }
        })
        .collect()
}

/// [`bindings`] with the keys the settings bind anew first; a key they
/// bind is left out of the keymap's own bindings.
pub fn bindings_with(overrides: &[Binding], context: Context) -> Vec<Binding> {
    let mine: Vec<&Binding> = overrides
        .iter()
        .filter(|b| b.context == context || b.context == Context::Global)
        .collect();
    let taken = |k: &Key| mine.iter().any(|b| b.keys.contains(k));
    let mut list: Vec<Binding> = mine.iter().map(|b| (*b).clone()).collect();
    for b in bindings(context) {
        let keys: Vec<Key> = b.keys.iter().copied().filter(|k| !taken(k)).collect();
        if !keys.is_empty() {
            list.push(Binding { keys, ..b.clone() });
        }
    }
    list
}

/// [`action`] with the keys the settings bind anew: theirs on the screen,
/// then the keymap's there, then theirs everywhere, then the keymap's.
pub fn action_with(overrides: &[Binding], context: Context, key: Key) -> Option<Action> {
    let theirs = |ctx: Context| {
        overrides
            .iter()
            .find(|b| b.context == ctx && b.keys.contains(&key))
            .map(|b| b.action)
    };
    theirs(context)
        .or_else(|| {
            all()
                .find(|b| b.context == context && b.keys.contains(&key))
                .map(|b| b.action)
        })
        .or_else(|| theirs(Context::Global).filter(|a| !context.withholds(*a)))
        .or_else(|| action(context, key))
}

pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own = all().filter(move |b| b.context == context);
    let global = all().filter(move |b| {
        b.context == Context::Global
            && !context.withholds(b.action)
            && !b
                .keys
                .iter()
                .all(|k| all().any(|o| o.context == context && o.keys.contains(k)))
    });
    own.chain(global)
}

pub fn action(context: Context, key: Key) -> Option<Action> {
    let find = |ctx: Context| {
        all()
            .find(|b| b.context == ctx && b.keys.contains(&key))
            .map(|b| b.action)
    };
    find(context).or_else(|| find(Context::Global).filter(|a| !context.withholds(*a)))
}

/// `Enter, l, →`: every key of a binding.
pub fn key_labels(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The hint bar's entries for `context`: the main ones in table order,
/// then those shown only when there is room. Worked out once per context,
/// as the bar is drawn with every frame.
pub fn hints(context: Context) -> &'static [&'static str] {
    static HINTS: LazyLock<Vec<(Context, Vec<&'static str>)>> = LazyLock::new(|| {
        let all = Context::SCREENS.iter().copied().chain([Context::Global]);
        all.map(|context| (context, hints_of(context))).collect()
    });
    HINTS
        .iter()
        .find(|(c, _)| *c == context)
        .map_or(&[], |(_, hints)| hints.as_slice())
}

fn hints_of(context: Context) -> Vec<&'static str> {
    let (main, extra): (Vec<_>, Vec<_>) = bindings(context)
        .filter(|b| b.hint.is_some())
        .partition(|b| !b.secondary);
    main.into_iter()
        .chain(extra)
        .filter_map(|b| b.hint.as_deref())
        .collect()
}

#[cfg(test)]
mod tests;
