use super::*;
use crate::model::profile::Profile;
use ratatui::layout::Rect;

fn parts() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("exe", b"/usr/bin/rolemap 1 2 3".to_vec()),
        ("size", vec![80, 0, 24, 0]),
        ("NO_COLOR", vec![0]),
        (
            "settings",
            b"/home/ana/config.ron\0\x01(theme: \"dark\")".to_vec(),
        ),
        ("profile file", b"(name: \"ana\")".to_vec()),
    ]
}

#[test]
fn every_part_changes_the_key_and_parts_never_run_together() {
    let base = key(&parts());
    assert_eq!(key(&parts()), base, "the same conditions give the same key");
    for at in 0..parts().len() {
        let mut changed = parts();
        changed[at].1.push(b'!');
        assert_ne!(key(&changed), base, "{} changed", changed[at].0);
    }
    let run_together = |a: &[u8], b: &[u8]| key(&[("a", a.to_vec()), ("b", b.to_vec())]);
    assert_ne!(run_together(b"xy", b"z"), run_together(b"x", b"yz"));
}

#[test]
fn a_file_is_told_apart_from_no_file_and_a_file_that_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    let absent = file(Some(path.clone())).unwrap();
    std::fs::write(&path, "").unwrap();
    let empty = file(Some(path.clone())).unwrap();
    std::fs::write(&path, "(theme: \"light\")").unwrap();
    let light = file(Some(path.clone())).unwrap();
    assert!(absent != empty && empty != light && absent != light);
    // A folder where the file should be: the explorer says what is wrong.
    assert_eq!(file(Some(dir.path().to_path_buf())), None);
}

#[test]
fn only_a_profile_on_the_bundled_pack_or_on_none_is_kept() {
    let mut profile = Profile::new("ana", "2026-12-04T00:00:00Z");
    let on = |profile: &Profile| names_no_other_pack(profile.to_text().as_bytes());
    assert!(on(&profile), "{}", profile.to_text());
    profile.pack = Some(crate::bundled::ID.to_string());
    assert!(on(&profile), "{}", profile.to_text());
    profile.pack = Some("acme-ladder".to_string());
    assert!(!on(&profile), "{}", profile.to_text());
    // Another mention of a pack is the parser's to read: not kept.
    let bundled = format!("pack: Some(\"{}\")", crate::bundled::ID);
    let base = Profile::new("b", "x").to_text();
    let commented = format!(
        "// {bundled}\n{}",
        base.replacen('(', "(pack : Some(\"acme\"),", 1)
    );
    assert!(!names_no_other_pack(commented.as_bytes()), "{commented}");
    let webpack = base.replacen('(', &format!("({bundled}, skills: {{\"webpack\": 1}},"), 1);
    assert!(!names_no_other_pack(webpack.as_bytes()), "{webpack}");
}

fn conditions(file: PathBuf) -> Conditions {
    Conditions {
        key: [3; 32],
        parts: Vec::new(),
        file,
        size: Size::new(4, 2),
        shown: None,
        keeping: None,
    }
}

#[test]
fn a_first_frame_is_kept_unless_it_is_the_one_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache").join("first-frame");
    let frame = Buffer::with_lines(["abcd", "efgh"]);

    let mut first = conditions(path.clone());
    first.drawn(&frame);
    first.wait();
    let kept = std::fs::read(&path).unwrap();
    assert_eq!(
        cells::decode(&kept, &[3; 32], 4, 2).map(|(_, f)| f),
        Some(frame.clone())
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "the frame shows the profile: owner-only"
    );

    // Shown and drawn the same: nothing is written.
    std::fs::remove_file(&path).unwrap();
    let mut same = conditions(path.clone());
    same.shown = Some(frame.clone());
    same.drawn(&frame);
    same.wait();
    assert!(!path.exists());

    // Shown, but the explorer drew another frame: that one is kept.
    let mut other = Buffer::with_lines(["abcd", "efgX"]);
    let mut differs = conditions(path.clone());
    differs.shown = Some(frame.clone());
    differs.drawn(&other);
    differs.wait();
    let kept = std::fs::read(&path).unwrap();
    assert_eq!(
        cells::decode(&kept, &[3; 32], 4, 2).map(|(_, f)| f),
        Some(other.clone())
    );

    // Drawn on another size (the terminal was resized): not kept.
    let mut resized = conditions(path.clone());
    resized.drawn(&Buffer::empty(Rect::new(0, 0, 5, 2)));
    resized.wait();
    assert_eq!(std::fs::read(&path).unwrap(), kept);

    // A frame that cannot be kept takes the older one away.
    other.content[0].set_diff_option(ratatui::buffer::CellDiffOption::Skip);
    let mut unkept = conditions(path.clone());
    unkept.drawn(&other);
    unkept.wait();
    assert!(!path.exists());
}

#[test]
fn a_frame_is_drawn_again_at_a_quit_only_when_just_the_profile_changed() {
    let then = parts();
    assert!(!only_the_profile_changed(&then, &then), "nothing changed");
    let mut edited = parts();
    edited[4].1.push(b'!');
    assert!(only_the_profile_changed(&then, &edited));
    let mut settings = edited.clone();
    settings[3].1.push(b'!');
    assert!(
        !only_the_profile_changed(&then, &settings),
        "the settings changed too"
    );
    let mut resized = parts();
    resized[1].1[0] = 100;
    assert!(!only_the_profile_changed(&then, &resized));
}
