//! The item a price is for: `$1,099 for the base 13-inch model`, `the
//! 15-inch model sells for $1,799`, `an eight-year deal worth $184
//! million`. A measure compound (a figure and a word joined by a hyphen)
//! names which of several products or offers a sum prices, so a sentence
//! giving several prices of several items keys each by its item, and two
//! sources' prices of one item compare (see `align::counted`).

use super::{broken, is_figure, SentenceView};

/// How an item scope starts: `for 13-inch`. `for` is no context word, so
/// no other figure's sentence ever names the scope: a price of an item
/// meets prices of that item only.
pub(crate) const ITEM_PREFIX: &str = "for ";

/// Most words between a price and its item.
const ITEM_REACH: usize = 6;

/// The item scope of the sum at words `first_before..first_after` (`end`:
/// where its words end): the compound after a `for` right after it (`$1,099
/// for the base 13-inch version`), else the nearest one before it in its
/// clause (`the 15-inch will sell for $1,499`, `the 13-inch has dropped
/// $100 to $1,199`).
pub(super) fn item_scope(
    sentence: &str,
    view: &SentenceView,
    (end, first_before, first_after): (usize, usize, usize),
) -> Option<String> {
    after_for(sentence, view, end, first_after)
        .or_else(|| before(sentence, view, first_before))
        .map(|c| format!("{ITEM_PREFIX}{c}"))
}

/// `for the base 13-inch version`: the compound after `for`, across
/// determiners and modifiers, within the clause.
fn after_for(
    sentence: &str,
    view: &SentenceView,
    end: usize,
    first_after: usize,
) -> Option<String> {
    let &(s, e) = view.words.get(first_after)?;
    if view.word(first_after) != "for" || broken(sentence, end, s) {
        return None;
    }
    let mut prev_end = e;
    let last = (first_after + 1 + ITEM_REACH).min(view.words.len());
    for k in first_after + 1..last {
        let (s, e) = view.words[k];
        if broken(sentence, prev_end, s) {
            return None;
        }
        if let Some(c) = compound_at(sentence, view, k) {
            return Some(c);
        }
        // Another figure is another thing's (`for 20 minutes`).
        if is_figure(view.word(k)) {
            return None;
        }
        prev_end = e;
    }
    None
}

/// The nearest compound before the figure in its clause.
fn before(sentence: &str, view: &SentenceView, first_before: usize) -> Option<String> {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    for k in (first_before.saturating_sub(ITEM_REACH + 2)..first_before).rev() {
        let (s, e) = view.words[k];
        if broken(sentence, e, next_start) {
            return None;
        }
        // The compound's word follows its figure: `13` `inch`.
        if k + 1 < first_before {
            if let Some(c) = compound_at(sentence, view, k) {
                return Some(c);
            }
        }
        next_start = s;
    }
    None
}

/// The compound at word `k`: a figure, a hyphen and one word of letters
/// (`13-inch`, `eight-year`, `64gb`), lower case. An age or a height
/// (`60-year-old`, `5-foot-8`) goes on past its word and is no item.
fn compound_at(sentence: &str, view: &SentenceView, k: usize) -> Option<String> {
    let gap = |j: usize| {
        let (a, b) = (view.words.get(j)?.1, view.words.get(j + 1)?.0);
        sentence.get(a..b)
    };
    let figure = view.word(k);
    if !is_figure(figure) || gap(k)? != "-" {
        return None;
    }
    let word = view.word(k + 1);
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    if gap(k + 1) == Some("-") {
        return None;
    }
    Some(format!("{figure}-{word}"))
}

/// The item a figure's scopes name (`13-inch`), if any.
pub(crate) fn item_of(scope: &[String]) -> Option<&str> {
    scope.iter().find_map(|s| s.strip_prefix(ITEM_PREFIX))
}

#[cfg(test)]
mod tests {

    use crate::claims::quantity_at as price;

    fn item(text: &str, figure: &str) -> Option<String> {
        let c = price(text, figure);
        let scope = c.subject.counted.as_deref().map(|k| k.scope.clone());
        scope.and_then(|s| super::item_of(&s).map(str::to_string))
    }

    #[test]
    fn each_price_takes_its_own_item() {
        let text = "The maker will charge $499 for the base 10-inch model and \
                    $799 for a 12-inch model, with an upgraded 12-inch model going for $999.";
        assert_eq!(item(text, "$499").as_deref(), Some("10-inch"));
        assert_eq!(item(text, "$799").as_deref(), Some("12-inch"));
        assert_eq!(item(text, "$999").as_deref(), Some("12-inch"));
    }

    #[test]
    fn an_item_before_the_price_in_its_clause() {
        let text = "The 10-inch tablet costs $449, while the 12-inch will sell for $649.";
        assert_eq!(item(text, "$449").as_deref(), Some("10-inch"));
        assert_eq!(item(text, "$649").as_deref(), Some("12-inch"));
        assert_eq!(
            item(
                "The lender offers a 30-year loan at $1,200 a month.",
                "$1,200"
            )
            .as_deref(),
            Some("30-year")
        );
    }

    #[test]
    fn ages_heights_and_other_clauses_name_no_item() {
        assert_eq!(item("A 60-year-old man paid $500 in cash.", "$500"), None);
        assert_eq!(
            item("The 12-inch model is heavy, and it costs $649.", "$649"),
            None
        );
        assert_eq!(item("He paid $20 for 10 minutes of time.", "$20"), None);
        assert_eq!(item("Tickets cost $20 each.", "$20"), None);
    }
}
