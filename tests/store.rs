//! The profile store on real folders: atomic saves, permissions, damaged
//! files moved aside, the lock, and the first file format.

use std::fs;
use std::io;
use std::path::Path;
use std::time::Duration;

use rolemap::model::profile::{Edit, Profile};
use rolemap::store::{Replace, Store, StoreError, write_atomic, write_atomic_with};

const NOW: &str = "2026-12-01T07:33:45Z";

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path().join("home"));
    (dir, store)
}

fn level(skill: &str, level: u8) -> Edit {
    Edit::Level(skill.into(), level)
}

#[test]
fn the_app_opens_a_missing_profile_in_memory_and_an_existing_one_from_disk() {
    let (_dir, store) = store();
    let first = store.open_for_app("default", NOW, "x").unwrap();
    assert!(first.is_new && first.moved.is_none());
    assert!(!store.path_of("default").exists());
    store
        .update("default", &[level("git", 2)], NOW, Some(&first.profile))
        .unwrap();
    let second = store.open_for_app("default", NOW, "x").unwrap();
    assert!(!second.is_new);
    assert_eq!(second.profile.level("git"), 2);
}

#[test]
fn profiles_are_made_listed_changed_and_deleted() {
    let (_dir, store) = store();
    assert!(
        store.list().unwrap().is_empty(),
        "no folder yet is no profiles"
    );
    store.create("ana", NOW).unwrap();
    store.create("Bo", NOW).unwrap();
    assert!(matches!(store.create("ANA", NOW), Err(StoreError::Exists { name }) if name == "ana"));
    assert!(matches!(
        store.create("a/b", NOW),
        Err(StoreError::BadName(_))
    ));
    let names: Vec<String> = store.list().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["ana", "Bo"]);

    let changed = store
        .update("ana", &[level("rust-fundamentals", 2)], "later", None)
        .unwrap();
    assert_eq!(changed.level("rust-fundamentals"), 2);
    let again = store.load("ana").unwrap();
    assert_eq!(again, changed);
    assert_eq!(
        (again.created.as_str(), again.updated.as_str()),
        (NOW, "later")
    );

    store.delete_client("ana").unwrap();
    assert!(matches!(
        store.load("ana"),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.delete_client("ana"),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.update("ana", &[], NOW, None),
        Err(StoreError::NotFound { .. })
    ));
}

#[cfg(unix)]
#[test]
fn files_are_owner_only_and_folders_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    store.set_last_used("ana").unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&store.path_of("ana")), 0o600);
    assert_eq!(mode(&store.root().join("profiles/.lock")), 0o600);
    assert_eq!(mode(&store.root().join("last-profile")), 0o600);
    assert_eq!(mode(store.root()), 0o700);
    assert_eq!(mode(&store.root().join("profiles")), 0o700);
    // A save replaces the file and keeps it private.
    store.update("ana", &[level("git", 1)], NOW, None).unwrap();
    assert_eq!(mode(&store.path_of("ana")), 0o600);
}

#[test]
fn a_crash_between_write_and_rename_leaves_the_old_file() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let path = store.path_of("ana");
    let before = fs::read_to_string(&path).unwrap();
    let mut leftover = None;
    let crash = write_atomic_with(&path, b"half a new fil", Replace::Yes, |temp| {
        // The new text is complete and synced in the temp file, beside the target.
        assert_eq!(fs::read(temp).unwrap(), b"half a new fil");
        assert_eq!(temp.parent(), path.parent());
        // A real crash would leave the temp file behind: keep a copy as one.
        let copy = temp.with_extension("left");
        fs::copy(temp, &copy).unwrap();
        leftover = Some(copy);
        Err(io::Error::other("power cut"))
    });
    assert!(crash.is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    // What a crash leaves behind is not taken for a profile.
    let leftover = leftover.unwrap();
    assert!(leftover.exists());
    let names: Vec<String> = store.list().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["ana"]);
    assert!(store.load("ana").is_ok());
    // No temp file of the failed save itself stays.
    let temps = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(temps, 0);
}

#[test]
fn writes_that_must_not_replace_refuse_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.md");
    write_atomic(&path, b"first", Replace::No).unwrap();
    let e = write_atomic(&path, b"second", Replace::No).unwrap_err();
    assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&path).unwrap(), b"first");
    // A file that appears while the new one is written is not replaced either.
    let late = dir.path().join("late.md");
    let e =
        write_atomic_with(&late, b"mine", Replace::No, |_| fs::write(&late, "theirs")).unwrap_err();
    assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&late).unwrap(), b"theirs");
    write_atomic(&path, b"second", Replace::Yes).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"second");
}

#[test]
fn a_damaged_profile_is_reported_where_it_breaks_and_never_overwritten() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let path = store.path_of("ana");
    let damaged = "(\n    version: 1,\n    name: \"ana\",\n    skills: {\"git\": 2,,},\n)";
    fs::write(&path, damaged).unwrap();

    let Err(StoreError::Damaged { problem, .. }) = store.load("ana") else {
        panic!("a damaged file is an error");
    };
    let at = problem.location.as_ref().unwrap();
    assert_eq!((at.line, at.column), (4, 23), "{problem:?}");
    assert!(at.file.ends_with("ana.ron"));
    assert!(matches!(
        store.update(
            "ana",
            &[level("git", 3)],
            NOW,
            Some(&Profile::new("ana", NOW))
        ),
        Err(StoreError::Damaged { .. })
    ));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        damaged,
        "left as it was"
    );

    // The explorer goes on: the file is moved aside, a new one made.
    let opened = store.open_for_app("ana", NOW, "20261201T073345Z").unwrap();
    let moved = opened.moved.expect("it says where the file went");
    assert!(opened.is_new);
    assert!(
        moved
            .to
            .to_string_lossy()
            .ends_with("ana.ron.damaged-20261201T073345Z")
    );
    assert_eq!(fs::read_to_string(&moved.to).unwrap(), damaged);
    assert!(!path.exists(), "the new profile is not written until saved");
    let fresh = store
        .update("ana", &[], NOW, Some(&opened.profile))
        .unwrap();
    assert_eq!(fresh, store.load("ana").unwrap());
    assert!(fresh.skills.is_empty());
    // A second damaged file in the same second does not replace the first.
    fs::write(&path, "garbage").unwrap();
    let again = store.open_for_app("ana", NOW, "20261201T073345Z").unwrap();
    let again = again.moved.unwrap().to;
    assert!(
        again
            .to_string_lossy()
            .ends_with("damaged-20261201T073345Z-2")
    );
    assert_eq!(fs::read_to_string(&moved.to).unwrap(), damaged);
    // Neither is listed as a profile (and the new one is not saved yet).
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn a_profile_from_a_newer_rolemap_is_left_alone() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let path = store.path_of("ana");
    let newer = "(version: 3, name: \"ana\", wishes: [\"all\"])";
    fs::write(&path, newer).unwrap();
    assert!(matches!(store.load("ana"), Err(StoreError::Newer { .. })));
    assert!(matches!(
        store.open_for_app("ana", NOW, "x"),
        Err(StoreError::Newer { .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn files_that_are_not_profiles_are_refused_unread() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let path = store.path_of("ana");
    fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    assert!(matches!(store.load("ana"), Err(StoreError::Damaged { .. })));
    fs::remove_file(&path).unwrap();
    fs::create_dir(&path).unwrap();
    assert!(matches!(store.load("ana"), Err(StoreError::Damaged { .. })));
}

#[test]
fn an_edit_is_applied_to_what_another_process_saved_meanwhile() {
    let (_dir, store) = store();
    let mine = store.create("ana", NOW).unwrap();
    // Another process raises git while this one still holds its old copy.
    store.update("ana", &[level("git", 2)], NOW, None).unwrap();
    let saved = store
        .update("ana", &[level("tokio", 1)], NOW, Some(&mine))
        .unwrap();
    assert_eq!((saved.level("git"), saved.level("tokio")), (2, 1));
    // Deleted meanwhile: saved again from this process's copy.
    store.delete_client("ana").unwrap();
    let back = store
        .update("ana", &[level("tokio", 2)], NOW, Some(&saved))
        .unwrap();
    assert_eq!((back.level("git"), back.level("tokio")), (2, 2));
}

#[test]
fn two_writers_at_once_lose_nothing() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let writers: Vec<_> = (0..4)
        .map(|w| {
            // Each writer has its own handle, as a separate process would.
            let store = Store::at(store.root().to_path_buf());
            std::thread::spawn(move || {
                for i in 0..25 {
                    store
                        .update(
                            "ana",
                            &[level(&format!("s{w}-{i}"), 1 + (i % 3) as u8)],
                            NOW,
                            None,
                        )
                        .unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let ana = store.load("ana").unwrap();
    assert_eq!(ana.skills.len(), 100, "every writer's every edit is kept");
}

#[test]
fn a_held_lock_makes_a_save_wait_then_give_up_clearly() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let lock = fs::File::open(store.root().join("profiles/.lock")).unwrap();
    lock.lock().unwrap();
    let quick = store.clone().with_lock_wait(Duration::from_millis(50));
    let e = quick
        .update("ana", &[level("git", 1)], NOW, None)
        .unwrap_err();
    assert!(matches!(e, StoreError::Locked { .. }));
    assert!(e.to_string().contains("another rolemap"), "{e}");
    lock.unlock().unwrap();
    quick.update("ana", &[level("git", 1)], NOW, None).unwrap();
}

#[test]
fn the_last_used_profile_is_remembered() {
    let (_dir, store) = store();
    assert_eq!(store.last_used(), None);
    store.set_last_used("Ana García").unwrap();
    assert_eq!(store.last_used().as_deref(), Some("Ana García"));
    fs::write(store.root().join("last-profile"), "../../etc/passwd\n").unwrap();
    assert_eq!(
        store.last_used(),
        None,
        "a name that is not a name is ignored"
    );
}

#[test]
fn rolemap_home_wins_over_the_platform_folder() {
    let home = Store::locate(Some("/tmp/coach-usb".into())).unwrap();
    assert_eq!(home.root(), Path::new("/tmp/coach-usb"));
    // Empty means unset: the platform folder, which needs a home folder.
    match Store::locate(Some("".into())) {
        Ok(platform) => assert!(platform.root().ends_with("rolemap"), "{platform:?}"),
        Err(e) => {
            assert!(matches!(e, StoreError::NoHome));
            assert!(std::env::var_os("HOME").is_none(), "HOME is set, yet: {e}");
        }
    }
}

#[test]
fn a_profile_in_the_first_format_still_loads() {
    let (_dir, store) = store();
    let fixture = include_str!("fixtures/profiles/v1.ron");
    fs::create_dir_all(store.root().join("profiles")).unwrap();
    fs::write(store.path_of("ana"), fixture).unwrap();
    let ana = store.load("ana").unwrap();
    assert_eq!(ana.version, 1);
    assert_eq!(
        ana.current_role.as_deref(),
        Some("junior-systems-programmer")
    );
    assert_eq!(ana.target_role.as_deref(), Some("senior-backend-engineer"));
    assert_eq!(ana.hours_per_week, 6);
    assert_eq!(ana.level("rust-fundamentals"), 2);
    assert!(ana.is_marked("tokio"));
    assert_eq!(ana.created, "2026-11-30T09:00:00Z");
    // And it resolves against the bundled pack with nothing unknown.
    let model = rolemap::bundled::model().unwrap();
    assert!(ana.resolve(&model).unknown.is_empty());
}

/// Runs `f` in a thread and gives its answer, or `None` if it takes longer
/// than a few seconds (it hangs).
fn within_seconds<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(3)).ok()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[cfg(unix)]
#[test]
fn a_lock_that_is_not_a_regular_file_is_refused_at_once() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let lock = store.root().join("profiles/.lock");
    let elsewhere = store.root().join("elsewhere");
    let bad: [(&str, &dyn Fn()); 3] = [
        ("pipe", &|| mkfifo(&lock)),
        ("symbolic link", &|| {
            std::os::unix::fs::symlink(&elsewhere, &lock).unwrap()
        }),
        ("folder", &|| fs::create_dir(&lock).unwrap()),
    ];
    for (kind, make) in bad {
        fs::remove_file(&lock).unwrap();
        make();
        let s = store.clone();
        let e = within_seconds(move || s.update("ana", &[level("git", 1)], NOW, None))
            .unwrap_or_else(|| panic!("a {kind} as the lock hangs a save"))
            .unwrap_err();
        assert!(matches!(e, StoreError::BadLock { .. }), "{kind}: {e:?}");
        let message = e.to_string();
        for part in [lock.to_str().unwrap(), kind, "remove it"] {
            assert!(message.contains(part), "{kind}: {message}");
        }
        let s = store.clone();
        let opened = within_seconds(move || s.open_for_app("ana", NOW, "x"))
            .unwrap_or_else(|| panic!("a {kind} as the lock hangs the explorer"));
        assert!(matches!(opened, Err(StoreError::BadLock { .. })), "{kind}");
        assert!(!elsewhere.exists(), "nothing is made through a link");
        assert_eq!(store.load("ana").unwrap().level("git"), 0);
        if lock.is_dir() {
            fs::remove_dir(&lock).unwrap();
            fs::write(&lock, "").unwrap();
        }
    }
    fs::remove_file(&lock).unwrap();
    store.update("ana", &[level("git", 1)], NOW, None).unwrap();
}

#[cfg(unix)]
#[test]
fn a_pipe_as_the_last_used_profile_is_not_waited_on() {
    let (_dir, store) = store();
    fs::create_dir_all(store.root()).unwrap();
    mkfifo(&store.root().join("last-profile"));
    let s = store.clone();
    let last = within_seconds(move || s.last_used()).expect("reading a pipe hangs");
    assert_eq!(last, None);
}

/// The temp files in the profiles folder: what a killed save leaves.
fn temps(store: &Store) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(store.root().join("profiles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    found.sort();
    found
}

#[test]
fn copies_left_by_killed_saves_go_with_the_next_save_open_or_delete() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    store.create("bo", NOW).unwrap();
    let folder = store.root().join("profiles");
    let copy = fs::read_to_string(store.path_of("ana")).unwrap();
    // What a save killed between writing and renaming leaves behind, as
    // tempfile names them, and files that only look a little like that.
    let plant = || {
        for n in [
            ".ana.ron.Ab3xZ9.tmp",
            ".bo.ron.000000.tmp",
            ".ana.ron.qQ7wE1.tmp",
        ] {
            fs::write(folder.join(n), &copy).unwrap();
        }
    };
    let keep = [
        "notes.tmp",
        ".ana.ron.tmp",
        ".ana.md.Ab3xZ9.tmp",
        ".x.ron.toolong1.tmp",
    ];
    for n in keep {
        fs::write(folder.join(n), "mine").unwrap();
    }
    plant();
    store.update("ana", &[level("git", 1)], NOW, None).unwrap();
    let mut kept: Vec<String> = keep.iter().map(|k| k.to_string()).collect();
    kept.sort();
    assert_eq!(temps(&store), kept, "a save removes what killed saves left");

    plant();
    store.open_for_app("bo", NOW, "x").unwrap();
    assert_eq!(temps(&store), kept, "so does opening in the explorer");

    plant();
    store.list().unwrap();
    assert_eq!(temps(&store), kept, "and listing, when no one is saving");

    plant();
    store.delete_client("bo").unwrap();
    assert_eq!(temps(&store), kept, "and deleting");
    assert_eq!(store.load("ana").unwrap().level("git"), 1);
}

#[test]
fn listing_leaves_the_copy_of_a_save_under_way() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let temp = store.root().join("profiles/.ana.ron.Ab3xZ9.tmp");
    fs::write(&temp, "being written").unwrap();
    // Another process is saving: its temp file is not stale.
    let lock = fs::File::open(store.root().join("profiles/.lock")).unwrap();
    lock.lock().unwrap();
    assert_eq!(store.list().unwrap().len(), 1);
    assert!(temp.exists());
    lock.unlock().unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlinked_profile_is_neither_followed_nor_replaced() {
    let (_dir, store) = store();
    store.create("ana", NOW).unwrap();
    let path = store.path_of("ana");
    let real = store.root().join("ana-elsewhere.ron");
    fs::rename(&path, &real).unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();
    let before = fs::read_to_string(&real).unwrap();
    let fallback = Profile::new("ana", NOW);
    let refused = |e: &StoreError, what: &str| {
        assert!(matches!(e, StoreError::Symlink { .. }), "{what}: {e:?}");
        let message = e.to_string();
        assert!(message.contains("symbolic link"), "{what}: {message}");
        assert!(
            message.contains(path.to_str().unwrap()),
            "{what}: {message}"
        );
    };
    let e = store
        .update("ana", &[level("git", 2)], NOW, Some(&fallback))
        .unwrap_err();
    refused(&e, "update");
    refused(&store.load("ana").unwrap_err(), "load");
    refused(&store.open_for_app("ana", NOW, "x").unwrap_err(), "open");
    assert!(
        fs::symlink_metadata(&path).unwrap().is_symlink(),
        "the link stays"
    );
    assert_eq!(
        fs::read_to_string(&real).unwrap(),
        before,
        "and what it leads to"
    );
    // A loop of links, or a link to nothing, is refused the same way.
    fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(&path, &path).unwrap();
    refused(&store.load("ana").unwrap_err(), "loop");
    let e = store
        .update("ana", &[level("git", 2)], NOW, Some(&fallback))
        .unwrap_err();
    refused(&e, "update of a loop");
    fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(store.root().join("gone.ron"), &path).unwrap();
    let e = store
        .update("ana", &[level("git", 2)], NOW, Some(&fallback))
        .unwrap_err();
    refused(&e, "dangling");
    assert!(
        !store.root().join("gone.ron").exists(),
        "not written through"
    );
    // Deleting removes the link only.
    store.delete_client("ana").unwrap();
    assert!(fs::symlink_metadata(&path).is_err());
    assert_eq!(fs::read_to_string(&real).unwrap(), before);
}

#[test]
fn paths_in_messages_carry_no_control_or_invisible_characters() {
    let dir = tempfile::tempdir().unwrap();
    let hostile =
        "ro\u{202e}le\u{200b}map\u{2028}\u{feff}\u{61c}\u{2066}\u{1b}[31m\n\t\u{200f}home";
    let store = Store::at(dir.path().join(hostile));
    store.create("ana", NOW).unwrap();
    fs::write(store.path_of("ana"), "(version: 1,,)").unwrap();
    let messages = [
        store.load("ana").unwrap_err().to_string(),
        store.update("bo", &[], NOW, None).unwrap_err().to_string(),
        StoreError::Locked {
            path: store.root().join(".lock"),
        }
        .to_string(),
        StoreError::Io {
            path: store.path_of("ana"),
            error: io::Error::other("disk full"),
        }
        .to_string(),
        rolemap::model::text::path(store.root()),
    ];
    let Err(StoreError::Damaged { problem, .. }) = store.load("ana") else {
        panic!("damaged");
    };
    let file = problem.location.as_ref().unwrap().file.clone();
    for text in messages.iter().chain([&problem.message, &file]) {
        let bad: Vec<char> = text
            .chars()
            .filter(|&c| {
                c.is_control()
                    || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{61c}' | '\u{feff}')
            })
            .collect();
        assert!(bad.is_empty(), "{bad:?} in {text:?}");
    }
    // Line breaks and tabs fold to spaces, as in all single-line text.
    assert!(
        messages[2].contains("rolemap [31m  home"),
        "{}",
        messages[2]
    );
}

/// Deleting a client removes their profile, notes, copies moved aside and
/// reports in the data folder, and nothing of anyone else's.
#[test]
fn deleting_a_client_leaves_nothing_of_theirs() {
    use rolemap::model::notes::Edit as NoteEdit;
    let (_dir, store) = store();
    for name in ["ana", "ana-maria"] {
        store.create(name, NOW).unwrap();
        store
            .update_notes(
                name,
                &[NoteEdit::AddNote {
                    session: "2026-12-02".into(),
                    text: "private".into(),
                    shared: false,
                }],
                NOW,
            )
            .unwrap();
    }
    store.set_last_used("ana").unwrap();
    let aside = store.root().join("notes/ana.ron.damaged-20261201T000000Z");
    fs::write(&aside, "old").unwrap();
    let reports = store.reports_dir();
    fs::create_dir_all(&reports).unwrap();
    for file in ["ana-2026-12-02.md", "ana-maria-2026-12-02.md"] {
        fs::write(reports.join(file), "report").unwrap();
    }

    let listed = store.files_of("ana").unwrap();
    assert_eq!(
        listed,
        [
            store.path_of("ana"),
            store.notes_path("ana"),
            aside.clone(),
            reports.join("ana-2026-12-02.md")
        ]
    );
    assert_eq!(store.delete_client("ana").unwrap(), listed);
    for file in &listed {
        assert!(fs::symlink_metadata(file).is_err(), "{}", file.display());
    }
    assert_eq!(store.last_used(), None);
    assert_eq!(store.files_of("ana-maria").unwrap().len(), 3);
    assert!(matches!(
        store.delete_client("ana"),
        Err(StoreError::NotFound { .. })
    ));
}

/// Two processes rewrite one note, each from the revision it read: the
/// first rewrite wins the note, the second is kept beside it, and a note
/// added meanwhile by a third stays. Nothing typed is lost.
#[test]
fn two_rewrites_of_one_note_keep_both_texts() {
    use rolemap::model::notes::{Applied, Edit as NoteEdit};
    let (_dir, store) = store();
    let day = "2026-12-02";
    let (_, made) = store
        .update_notes(
            "ana",
            &[NoteEdit::AddNote {
                session: day.into(),
                text: "start".into(),
                shared: false,
            }],
            NOW,
        )
        .unwrap();
    let Applied::Made(id) = made[0] else { panic!() };
    let rewrite = |text: &str| NoteEdit::Text {
        id,
        base: 0,
        session: day.into(),
        text: text.into(),
    };
    // The explorer and `rolemap notes --edit` both opened revision 0.
    store
        .update_notes("ana", &[rewrite("from the explorer")], NOW)
        .unwrap();
    store
        .update_notes(
            "ana",
            &[NoteEdit::AddNote {
                session: day.into(),
                text: "added by --add".into(),
                shared: false,
            }],
            NOW,
        )
        .unwrap();
    let (notes, applied) = store
        .update_notes("ana", &[rewrite("from the editor")], NOW)
        .unwrap();
    assert!(matches!(applied[0], Applied::KeptBeside(_)));
    let texts: Vec<&str> = notes.sessions[0]
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["from the explorer", "added by --add", "from the editor"]
    );
}
