//! The figures the external scorers in `../shared/eval` print, read back
//! from their output (`tests/accuracy.rs` runs them on the release build and
//! checks these figures against [`crate::eval::goals::labels`]).
//!
//! * `score-labels.py FACTLINT [--mode group]`: [`label_scores`];
//! * `score-labels.py FACTLINT --extraction`: [`extraction_scores`];
//! * `stories.py FACTLINT 0 0`: [`story_scores`].

use super::Tally;
use std::collections::BTreeMap;

/// `score-labels.py` in pair or group mode.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelScores {
    /// Contradictions caught, by kind (`date`, `location`, `quantity`).
    pub caught: BTreeMap<String, Tally>,
    /// Updates flagged (reported apart: a tool may mention them).
    pub updates: Tally,
    /// Contradictions caught, of all.
    pub recall: Tally,
    /// Approximation and different-fact pairs flagged, of all.
    pub false_alarms: Tally,
    /// Group mode only: the volume of errors and warnings.
    pub group: Option<GroupVolume>,
    /// Pairs (or groups) for which factlint gave no JSON report.
    pub broken: usize,
}

/// Group mode's `40 groups, 449 articles, 11 errors+warnings`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupVolume {
    /// Same-event groups checked.
    pub groups: usize,
    /// Articles in them.
    pub articles: usize,
    /// Errors and warnings reported.
    pub findings: usize,
}

impl GroupVolume {
    /// Errors and warnings per article.
    pub fn per_article(&self) -> f64 {
        self.findings as f64 / self.articles.max(1) as f64
    }
}

/// `score-labels.py --extraction`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtractionScores {
    /// Labelled spans with a claim of their kind, by kind.
    pub by_kind: BTreeMap<String, Tally>,
    /// Of all labelled spans.
    pub all: Tally,
}

/// `stories.py`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StoryScores {
    /// ECB+ topics scored.
    pub topics: usize,
    /// Same-event article pairs put in one story (0 to 1).
    pub recall: f64,
    /// Article pairs in one story that are the same event (0 to 1).
    pub precision: f64,
}

/// `12/80` as a tally.
fn tally(s: &str) -> Result<Tally, String> {
    let (hit, total) = s
        .trim()
        .split_once('/')
        .ok_or_else(|| format!("no `hit/total` in {s:?}"))?;
    let n = |x: &str| {
        x.trim()
            .parse::<usize>()
            .map_err(|e| format!("{x:?} in {s:?}: {e}"))
    };
    Ok(Tally {
        hit: n(hit)?,
        total: n(total)?,
    })
}

/// `date 0/18, location 0/11` (possibly empty) by kind.
fn by_kind(s: &str) -> Result<BTreeMap<String, Tally>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (kind, t) = p
                .split_once(' ')
                .ok_or_else(|| format!("no `kind hit/total` in {p:?}"))?;
            Ok((kind.to_string(), tally(t)?))
        })
        .collect()
}

/// The rest of the first line starting with `prefix`.
fn line<'a>(out: &'a str, prefix: &str) -> Result<&'a str, String> {
    out.lines()
        .find_map(|l| l.trim().strip_prefix(prefix))
        .ok_or_else(|| format!("no line starting {prefix:?} in:\n{out}"))
}

/// The number before `word` in `s` (`449 articles`).
fn count_before(s: &str, word: &str) -> Result<usize, String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[1].trim_end_matches(',') == word)
        .and_then(|w| w[0].parse().ok())
        .ok_or_else(|| format!("no count of {word:?} in {s:?}"))
}

/// `32.3%` as 0.323.
fn percent(s: &str) -> Result<f64, String> {
    s.trim()
        .trim_end_matches(',')
        .strip_suffix('%')
        .and_then(|p| p.parse::<f64>().ok())
        .map(|p| p / 100.0)
        .ok_or_else(|| format!("no percentage in {s:?}"))
}

/// Reads `score-labels.py`'s output in pair or group mode.
pub fn label_scores(out: &str) -> Result<LabelScores, String> {
    let caught = by_kind(line(out, "by kind (caught/contradictions):")?)?;
    let updates = tally(line(out, "updates flagged:")?)?;
    // `recall 0/82 = 0%, false alarms 1/107 = 1%`
    let last = line(out, "recall ")?;
    let (recall, alarms) = last
        .split_once(", false alarms ")
        .ok_or_else(|| format!("no false alarms in {last:?}"))?;
    let first = |s: &str| s.split_whitespace().next().unwrap_or("").to_string();
    let group = match line(out, "group mode:") {
        Ok(g) => Some(GroupVolume {
            groups: count_before(g, "groups")?,
            articles: count_before(g, "articles")?,
            findings: count_before(g, "errors+warnings")?,
        }),
        Err(_) => None,
    };
    let broken = out
        .lines()
        .find_map(|l| l.trim().strip_suffix(" pairs: no JSON report"))
        .map_or(Ok(0), |n| {
            n.trim().parse().map_err(|e| format!("{n:?}: {e}"))
        })?;
    Ok(LabelScores {
        caught,
        updates,
        recall: tally(&first(recall))?,
        false_alarms: tally(&first(alarms))?,
        group,
        broken,
    })
}

/// Reads `score-labels.py --extraction`'s output.
pub fn extraction_scores(out: &str) -> Result<ExtractionScores, String> {
    let by_kind = by_kind(line(out, "labelled spans with a claim of their kind:")?)?;
    let all = line(out, "extraction ")?;
    Ok(ExtractionScores {
        by_kind,
        all: tally(all.split_whitespace().next().unwrap_or(""))?,
    })
}

/// Reads `stories.py`'s last line.
pub fn story_scores(out: &str) -> Result<StoryScores, String> {
    // `stories over 43 topics: pairwise recall 32.3% (bar 95%), precision 82.6% (bar 98%)`
    let l = line(out, "stories over ")?;
    let after = |key: &str| {
        l.split_once(key)
            .and_then(|(_, r)| r.split_whitespace().next())
            .ok_or_else(|| format!("no {key:?} in {l:?}"))
    };
    Ok(StoryScores {
        topics: count_before(l, "topics:")?,
        recall: percent(after("pairwise recall ")?)?,
        precision: percent(after("precision ")?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(hit: usize, total: usize) -> Tally {
        Tally { hit, total }
    }

    #[test]
    fn pair_mode() {
        let s = label_scores(
            "by kind (caught/contradictions): date 0/18, location 0/11, quantity 2/53\n\
             updates flagged: 1/9\n\
             recall 2/82 = 2%, false alarms 1/107 = 1%\n",
        )
        .unwrap();
        assert_eq!(s.caught["date"], t(0, 18));
        assert_eq!(s.caught["quantity"], t(2, 53));
        assert_eq!(s.updates, t(1, 9));
        assert_eq!(s.recall, t(2, 82));
        assert_eq!(s.false_alarms, t(1, 107));
        assert_eq!(s.group, None);
        assert_eq!(s.broken, 0);
    }

    #[test]
    fn group_mode_and_broken_pairs() {
        let s = label_scores(
            "group mode: 40 groups, 449 articles, 11 errors+warnings (0.02 per article)\n\
             by kind (caught/contradictions): \n\
             3 pairs: no JSON report\n\
             updates flagged: 0/0\n\
             recall 0/0 = 0%, false alarms 0/2 = 0%\n",
        )
        .unwrap();
        let g = s.group.unwrap();
        assert_eq!((g.groups, g.articles, g.findings), (40, 449, 11));
        assert!((g.per_article() - 11.0 / 449.0).abs() < 1e-12);
        assert!(s.caught.is_empty());
        assert_eq!(s.broken, 3);
        assert_eq!(s.false_alarms, t(0, 2));
    }

    #[test]
    fn extraction() {
        let s = extraction_scores(
            "labelled spans with a claim of their kind: date 12/80, location 0/36, ordinal 0/4, quantity 215/270, quote 5/6\n\
             extraction 232/396 = 59%\n",
        )
        .unwrap();
        assert_eq!(s.by_kind.len(), 5);
        assert_eq!(s.by_kind["quantity"], t(215, 270));
        assert_eq!(s.all, t(232, 396));
    }

    #[test]
    fn stories() {
        let s = story_scores(
            "stories over 43 topics: pairwise recall 32.3% (bar 0%), precision 82.6% (bar 0%)\n",
        )
        .unwrap();
        assert_eq!(s.topics, 43);
        assert!((s.recall - 0.323).abs() < 1e-9);
        assert!((s.precision - 0.826).abs() < 1e-9);
    }

    #[test]
    fn missing_lines_are_errors() {
        assert!(label_scores("").is_err());
        assert!(extraction_scores("extraction 1/2 = 50%").is_err());
        assert!(story_scores("topic 3: no JSON from factlint sources").is_err());
    }
}
