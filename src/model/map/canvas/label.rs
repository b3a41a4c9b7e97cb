//! A role's title as a label of the map shows it.

use super::Zoom;

/// Words shortened, in order, until a title fits a short label.
const SHORTER: &[(&str, &str)] = &[
    ("Engineering", "Eng"),
    ("Engineer", "Eng"),
    ("Developer", "Dev"),
    ("Senior", "Sr"),
    ("Junior", "Jr"),
    ("Infrastructure", "Infra"),
    ("Programmer", "Prog"),
    ("Manager", "Mgr"),
    ("Principal", "Princ"),
    ("Architect", "Arch"),
    ("Systems", "Sys"),
    ("Software", "SW"),
    ("Reliability", "Rel"),
    ("Virtualisation", "Virt"),
    ("Embedded", "Emb"),
    ("Automotive", "Auto"),
    ("Networking", "Net"),
    ("Network", "Net"),
    ("Security", "Sec"),
    ("Database", "DB"),
    ("Director", "Dir"),
    ("WebAssembly", "Wasm"),
    ("Safety-Critical", "Safety"),
];

/// A title as a label of `width` columns shows it: whole when it fits,
/// else (for short labels) with long words shortened, and cut with `…`
/// when it still does not fit.
pub fn shown_title(title: &str, width: usize, zoom: Zoom) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut text = crate::model::text::clean_line(title).into_owned();
    if text.width() <= width {
        return text;
    }
    if zoom == Zoom::Short {
        for (long, short) in SHORTER {
            if text.width() <= width {
                break;
            }
            text = text
                .split(' ')
                .map(|w| if w == *long { *short } else { w })
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    crate::wrap::fit(&text, width).trim_end().to_string()
}
