use super::*;
use crate::lexicon::Lexicon;

fn find(text: &str) -> Vec<QuantityExpr> {
    find_quantities(text, &Lexicon::defaults().hedges)
}

fn one(text: &str) -> QuantityExpr {
    let q = find(text);
    assert_eq!(q.len(), 1, "{text:?}: {q:#?}");
    q.into_iter().next().unwrap()
}

fn span<'a>(text: &'a str, q: &QuantityExpr) -> &'a str {
    &text[q.start..q.end]
}

#[test]
fn smoke() {
    let t = "The war has killed some 400,000 people.";
    let q = one(t);
    assert_eq!(q.value, 400_000.0);
    assert_eq!(span(t, &q), "some 400,000 people");
}
