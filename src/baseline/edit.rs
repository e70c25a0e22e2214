//! Rewriting the baseline file as a person left it. factlint owns some
//! keys of each `[[finding]]` table (and of its `[[finding.history]]`
//! tables); comments anywhere, keys it does not own, blank lines and the
//! layout of values it does not change are kept (`toml_edit`), so a desk
//! can annotate its baseline and factlint's next write keeps the notes.

use super::Entry;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

/// The keys of a `[[finding]]` table factlint writes.
pub(super) const ENTRY_KEYS: &[&str] = &[
    "fingerprint",
    "rule",
    "summary",
    "reason",
    "reviewer",
    "expires",
    "decision",
    "note",
    "decided",
    "wrong",
    "correction",
    "history",
];

/// The keys of a `[[finding.history]]` table factlint writes.
pub(super) const EVENT_KEYS: &[&str] = &[
    "decision",
    "reviewer",
    "time",
    "reason",
    "wrong",
    "correction",
    "note",
];

/// A key of a desk's own that looks like a misspelt key factlint owns
/// (`decison`, `expire`): the key factlint owns it is probably meant as.
/// Keys of one's own are kept, but a misspelt `expires` would silently
/// never expire.
pub(super) fn misspelt(key: &str, owned: &[&'static str]) -> Option<&'static str> {
    if owned.contains(&key) {
        return None;
    }
    owned
        .iter()
        .copied()
        .find(|o| strsim::levenshtein(key, o) <= 2.min(o.len() / 3))
}

/// `text` (the file as it was read) with `entries` written into it: each
/// entry's table found by its fingerprint and only its owned keys set or
/// removed, new entries appended, entries no longer listed dropped.
/// `None` when `text` is not a baseline this can edit (the caller writes
/// the file afresh).
pub(super) fn edit(text: &str, entries: &[Entry]) -> Option<String> {
    let mut doc: DocumentMut = text.parse().ok()?;
    let fresh = fresh_tables(entries)?;
    let item = doc
        .as_table_mut()
        .entry("finding")
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
    let array = item.as_array_of_tables_mut()?;
    let mut old: Vec<Option<Table>> = array.iter().cloned().map(Some).collect();
    array.clear();
    for new in fresh {
        let fingerprint = new.get("fingerprint").and_then(|v| v.as_str());
        let same = old.iter_mut().find(|t| {
            t.as_ref()
                .and_then(|t| t.get("fingerprint"))
                .and_then(|v| v.as_str())
                == fingerprint
        });
        match same.and_then(Option::take) {
            Some(t) => array.push(updated(t, &new)),
            None => array.push(new),
        }
    }
    if array.is_empty() {
        doc.as_table_mut().remove("finding");
    }
    Some(doc.to_string())
}

/// The entries as factlint writes them, one table each.
fn fresh_tables(entries: &[Entry]) -> Option<Vec<Table>> {
    let text = toml::to_string(&super::File {
        findings: entries.to_vec(),
    })
    .ok()?;
    let doc: DocumentMut = text.parse().ok()?;
    Some(match doc.get("finding") {
        Some(item) => item.as_array_of_tables()?.iter().cloned().collect(),
        None => Vec::new(),
    })
}

/// `old` with its owned keys set as in `new`: a value that did not change
/// keeps its layout and comment, one that changed keeps its key's comment.
fn updated(mut old: Table, new: &Table) -> Table {
    for &key in ENTRY_KEYS {
        match new.get(key) {
            None => {
                old.remove(key);
            }
            Some(value) => match old.get_mut(key) {
                Some(current) if key == "history" => {
                    *current = history(current, value);
                }
                Some(current) => {
                    if !same(current, value) {
                        replace(current, value);
                    }
                }
                None => {
                    old.insert(key, value.clone());
                }
            },
        }
    }
    old
}

/// The new history, each decision that was already written kept as it was
/// (its comments and other keys with it).
fn history(old: &Item, new: &Item) -> Item {
    let (Some(old), Some(new)) = (old.as_array_of_tables(), new.as_array_of_tables()) else {
        return new.clone();
    };
    let mut unused: Vec<Option<&Table>> = old.iter().map(Some).collect();
    let mut out = ArrayOfTables::new();
    for event in new.iter() {
        let same_event = unused.iter_mut().find(|t| {
            t.is_some_and(|t| {
                EVENT_KEYS.iter().all(|k| match (t.get(k), event.get(k)) {
                    (None, None) => true,
                    (Some(a), Some(b)) => same(a, b),
                    _ => false,
                })
            })
        });
        match same_event.and_then(Option::take) {
            Some(t) => out.push(t.clone()),
            None => out.push(event.clone()),
        }
    }
    Item::ArrayOfTables(out)
}

/// Whether two items hold the same value, whatever their layout.
fn same(a: &Item, b: &Item) -> bool {
    match (a.as_value(), b.as_value()) {
        (Some(a), Some(b)) => plain(a) == plain(b),
        _ => false,
    }
}

/// A value without its layout: no decor, arrays laid out the default way.
fn plain(v: &toml_edit::Value) -> String {
    let mut v = v.clone();
    v.decor_mut().clear();
    if let Some(a) = v.as_array_mut() {
        a.fmt();
    }
    v.to_string()
}

/// Sets `current` to `value`, keeping the comment after the old value.
fn replace(current: &mut Item, value: &Item) {
    let decor = current.as_value().map(|v| v.decor().clone());
    *current = value.clone();
    if let (Some(decor), Some(v)) = (decor, current.as_value_mut()) {
        *v.decor_mut() = decor;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Baseline, Event};

    const HAND_WRITTEN: &str = "\
# Our desk's baseline. Ask Kim before pruning.

# The summit date: checked twice.
[[finding]]
fingerprint = \"abc\"
rule = \"event-date\"
summary = \"s\"
# who looked at it
reviewer = \"jdoe\"   # the night editor
desk = \"Foreign\"
decision = \"dismissed\"
reason = \"checked with the desk\"

[finding.extra]
ticket = \"NEWS-12\"

[[finding.history]]
# the first look
decision = \"dismissed\"
reviewer = \"jdoe\"
time = \"2026-12-01T09:00:00Z\"
reason = \"checked with the desk\"
source = \"phone call\"

[[finding]]
fingerprint = \"def\"
rule = \"quote-speaker\"
summary = \"t\"
";

    #[test]
    fn comments_and_foreign_fields_survive_a_decision() {
        let mut b = Baseline::parse(HAND_WRITTEN, "b.toml").unwrap();
        let mut e = b.entry("abc").cloned().unwrap();
        e.record(Event::now(Action::Reopened, "kim"));
        b.upsert(e);
        let mut def = b.entry("def").cloned().unwrap();
        let mut confirm = Event::now(Action::Confirmed, "kim");
        confirm.wrong = vec!["news/a.md".into()];
        def.record(confirm);
        b.upsert(def);
        let text = b.to_toml();
        for kept in [
            "# Our desk's baseline. Ask Kim before pruning.\n",
            "# The summit date: checked twice.\n[[finding]]\n",
            "# who looked at it\nreviewer = \"kim\"",
            "desk = \"Foreign\"\n",
            "[finding.extra]\nticket = \"NEWS-12\"\n",
            "# the first look\ndecision = \"dismissed\"\n",
            "source = \"phone call\"\n",
        ] {
            assert!(text.contains(kept), "{kept:?} lost:\n{text}");
        }
        let again = Baseline::parse(&text, "b.toml").unwrap();
        assert_eq!(again.entries, b.entries, "{text}");
        let abc = again.entry("abc").unwrap();
        assert_eq!(abc.decision, None);
        assert_eq!(abc.history.len(), 2);
        assert!(abc.reason.is_none(), "reopening clears the reason: {text}");
        // The history stays with its entry.
        let def_at = text.find("fingerprint = \"def\"").unwrap();
        assert!(
            text[def_at..].contains("decision = \"confirmed\""),
            "{text}"
        );
        assert!(!text[..def_at].contains("confirmed"), "{text}");
    }

    #[test]
    fn an_unchanged_file_is_written_back_byte_for_byte() {
        let b = Baseline::parse(HAND_WRITTEN, "b.toml").unwrap();
        assert_eq!(b.to_toml(), HAND_WRITTEN);
    }

    #[test]
    fn new_entries_are_appended_and_dropped_ones_removed() {
        let mut b = Baseline::parse(HAND_WRITTEN, "b.toml").unwrap();
        b.entries.retain(|e| e.fingerprint != "def");
        let mut new = b.entries[0].clone();
        new.fingerprint = "ghi".into();
        new.history.clear();
        b.upsert(new);
        let text = b.to_toml();
        assert!(!text.contains("\"def\""), "{text}");
        let again = Baseline::parse(&text, "b.toml").unwrap();
        assert_eq!(again.entries, b.entries, "{text}");
        assert!(text.starts_with("# Our desk's baseline."), "{text}");
    }
}
