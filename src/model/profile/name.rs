//! What may name a profile: the name is also its file's name, so it must
//! stay one plain file name (no folders, no hidden files, room left for the
//! suffix of a damaged file moved aside) and be safe to print.

/// The longest profile name.
pub const MAX_NAME_CHARS: usize = 64;

/// The most bytes a name may take in a file name, leaving room under the
/// usual 255 for `.ron` and for the suffix a damaged file is moved aside with.
pub const MAX_NAME_BYTES: usize = 160;

/// Whether `name` can name a profile (and its file): 1 to 64 letters,
/// digits, spaces, `.`, `-` or `_`, not starting with a dot, a dash or a
/// space and not ending with a space. Says what is wrong otherwise.
pub fn check_name(name: &str) -> Result<(), String> {
    let count = name.chars().count();
    if count == 0 {
        return Err("a profile needs a name".into());
    }
    if count > MAX_NAME_CHARS {
        return Err(format!(
            "a profile name has at most {MAX_NAME_CHARS} characters; this one has {count}"
        ));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "this name takes {} bytes in a file name, and at most {MAX_NAME_BYTES} fit; use a shorter one",
            name.len()
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|&c| !(c.is_alphanumeric() || " .-_".contains(c)))
    {
        let shown = if bad.is_control() || bad.is_whitespace() || crate::model::text::is_unsafe(bad)
        {
            format!("U+{:04X}", u32::from(bad))
        } else {
            format!("`{bad}`")
        };
        return Err(format!(
            "a profile name may hold letters, digits, spaces, `.`, `-` and `_`, not {shown}"
        ));
    }
    if name.starts_with(['.', '-', ' ']) || name.ends_with(' ') {
        return Err(
            "a profile name may not start with `.`, `-` or a space, nor end with a space".into(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_file_names() {
        for good in ["ana", "Ana García", "client-07", "j.doe_2", "李"] {
            assert_eq!(check_name(good), Ok(()), "{good}");
        }
        for bad in [
            "", ".hidden", "-x", " x", "x ", "a/b", "a\\b", "a\u{1b}b", "a:b",
        ] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
        assert!(check_name(&"a".repeat(65)).is_err());
        // 64 characters, but 256 bytes: too long for a file name.
        assert!(check_name(&"𠀀".repeat(64)).unwrap_err().contains("bytes"));
        assert_eq!(check_name(&"é".repeat(64)), Ok(()));
        assert!(check_name("a\u{7}").unwrap_err().contains("U+0007"));
    }
}
