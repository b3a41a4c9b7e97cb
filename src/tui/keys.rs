//! Keys as people write them: `q`, `<enter>`, `<c-c>`, `<s-tab>`. The keymap,
//! the help overlay and the tests all speak this one notation.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// A key with the modifiers that matter for bindings. Shift is part of the
/// character for printable keys (`G`, `?`), so it is dropped there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
            shift: false,
        }
    }

    /// The key a terminal event stands for, or `None` for releases and
    /// repeats of kinds the app does not act on.
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let m = event.modifiers;
        let code = match event.code {
            // Some terminals send Shift-Tab as Tab with Shift.
            KeyCode::Tab if m.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            KeyCode::Char(c) if m.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        let printable = matches!(code, KeyCode::Char(_) | KeyCode::BackTab);
        Some(Key {
            code,
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            shift: m.contains(KeyModifiers::SHIFT) && !printable,
        })
    }

    /// The character this key types into a text field, if any.
    pub fn typed(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// How the hint bar, where room is short, shows the key: as
    /// [`Key::label`] does, Backspace as `Bksp`.
    pub fn short_label(&self) -> String {
        match self.code {
            KeyCode::Backspace if !self.ctrl && !self.alt && !self.shift => "Bksp".into(),
            _ => self.label(),
        }
    }

    /// How help and the hint bar show the key: `Enter`, `Ctrl-C`, `g`.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PageUp".into(),
            KeyCode::PageDown => "PageDown".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.ctrl {
            label.push_str("Ctrl-");
        }
        if self.alt {
            label.push_str("Alt-");
        }
        if self.shift {
            label.push_str("Shift-");
        }
        label.push_str(&name);
        label
    }
}

/// Parses a key string such as `"/compiler<enter>"` or `"<c-c>"`.
/// Unknown `<names>` are an error so a typo in a test cannot pass silently.
pub fn parse(keys: &str) -> Result<Vec<Key>, String> {
    let mut out = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            out.push(named(&rest[1..end])?);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(Key::char(c));
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

fn named(name: &str) -> Result<Key, String> {
    let lower = name.to_ascii_lowercase();
    if let Some(c) = lower.strip_prefix("c-")
        && let [ch] = c.chars().collect::<Vec<_>>()[..]
    {
        return Ok(Key::ctrl(ch));
    }
    let code = match lower.as_str() {
        "enter" | "cr" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "bs" | "backspace" => KeyCode::Backspace,
        "tab" => KeyCode::Tab,
        "s-tab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" => KeyCode::PageUp,
        "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "lt" => KeyCode::Char('<'),
        "gt" => KeyCode::Char('>'),
        "space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => KeyCode::F(n),
            _ => return Err(format!("unknown key <{name}>")),
        },
        _ => return Err(format!("unknown key <{name}>")),
    };
    Ok(Key::plain(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_strings_parse_into_keys() {
        let keys = parse("/co<enter><c-c><s-tab><lt>").unwrap();
        assert_eq!(
            keys,
            [
                Key::char('/'),
                Key::char('c'),
                Key::char('o'),
                Key::plain(KeyCode::Enter),
                Key::ctrl('c'),
                Key::plain(KeyCode::BackTab),
                Key::char('<'),
            ]
        );
        assert!(parse("<entr>").is_err());
        assert_eq!(parse("<f5>").unwrap(), [Key::plain(KeyCode::F(5))]);
        assert!(parse("<f13>").is_err() && parse("<fx>").is_err());
        // A lone `<` is just the character.
        assert_eq!(parse("<").unwrap(), [Key::char('<')]);
    }

    #[test]
    fn events_become_keys_without_redundant_shift() {
        let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&shifted_g), Some(Key::char('G')));
        let ctrl_c = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL);
        assert_eq!(Key::from_event(&ctrl_c), Some(Key::ctrl('c')));
        let shift_tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
        assert_eq!(
            Key::from_event(&shift_tab),
            Some(Key::plain(KeyCode::BackTab))
        );
        assert_eq!(Key::ctrl('u').typed(), None);
        assert_eq!(Key::char('é').typed(), Some('é'));
        assert_eq!(Key::ctrl('c').label(), "Ctrl-C");
        assert_eq!(Key::char('G').label(), "G");
    }
}
