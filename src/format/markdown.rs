//! Text for Markdown documents (plans, notes, reports) that people open
//! wherever Markdown renders: every text from a pack, a profile or a note
//! is escaped to read as the text it is, never as a link, an image, an
//! entity or a tag.

/// Text from a pack or a profile for Markdown: on one line (a line break
/// could start a heading, a list item or a table row of its own), with
/// every character that Markdown or HTML reads as inline markup escaped, so
/// it reads as the text it is and never as a link, an image, an entity or a
/// tag. The marks of the autolinks that GitHub finds in bare text are
/// broken too: `@` (an e-mail address), `:` before `//` (`https://`) and
/// the dot of `www.`. It always follows other text on its line, so
/// line-start markers (`-`, `1.`, `=`) cannot take effect and are left as
/// they are.
pub fn md(text: &str) -> String {
    let line = crate::model::text::clean_line(text);
    let mut out = String::with_capacity(line.len());
    for (at, c) in line.char_indices() {
        let autolink = match c {
            '@' => true,
            ':' => line[at + 1..].starts_with("//"),
            '.' => out.as_bytes()[out.len().saturating_sub(3)..].eq_ignore_ascii_case(b"www"),
            _ => false,
        };
        if autolink || "\\`*_{}[]()<>#!|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A web address for Markdown, as an autolink; anything the loader would
/// not let through is shown as plain, escaped text.
pub fn md_url(url: &str) -> String {
    if crate::model::text::is_web_address(url) {
        format!("<{url}>")
    } else {
        md(url)
    }
}

/// Multi-line text (a note) for Markdown: each line escaped as by [`md`],
/// blank lines kept as paragraph breaks and the other line breaks kept as
/// hard breaks. A line that Markdown would read as the underline of a
/// heading or as a rule (`---`, `===`) is escaped too; list markers at the
/// start of a line stay, so a note written as a list reads as one.
pub fn md_text(text: &str) -> String {
    let cleaned = crate::model::text::clean(text);
    let lines: Vec<&str> = cleaned.lines().map(str::trim_end).collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let mut escaped = md(line.trim_start());
        let first = escaped.chars().next();
        let rule = first.is_some_and(|c| "-=*+_".contains(c))
            && escaped
                .chars()
                .all(|c| c == ' ' || Some(c) == first || c == '\\');
        let ordered = escaped
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let listed = escaped.starts_with("- ") || escaped.starts_with("+ ") || ordered;
        if rule || ((first == Some('>') || first == Some('+')) && !listed) {
            escaped.insert(0, '\\');
        }
        out.push_str(&escaped);
        let next_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        if i + 1 < lines.len() {
            out.push_str(if line.trim().is_empty() || next_blank {
                "\n"
            } else {
                "  \n"
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_their_lines_and_lists_but_no_markup() {
        assert_eq!(md_text("- - -\n- ---"), "\\- - -  \n\\- ---");
        let text = "Goal: lead <b>team</b>\nsecond line\n\n- read [book](http://x)\n---\n> quote\n# not a heading";
        assert_eq!(
            md_text(text),
            "Goal: lead \\<b\\>team\\</b\\>  \nsecond line\n\n- read \\[book\\]\\(http\\://x\\)  \n\\---  \n\\> quote  \n\\# not a heading"
        );
    }
}
