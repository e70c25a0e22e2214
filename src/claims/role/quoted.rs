//! The words of a sentence outside its quotations: what the writer says,
//! not what a speaker is quoted saying.

/// `text` with every quoted character (and the quote marks) blanked out
/// as spaces, byte for byte (so its words stay where they were). Curly
/// quotes pair by their shape; straight ones in order. A sentence that
/// ends a quote opened before it (`it ran all winter," Roe said.`) has
/// its words up to the closing mark quoted; one that opens a quote it
/// does not close, its words from the opening mark on.
pub(super) fn outside_quotes(text: &str) -> String {
    if !text.contains(['"', '“', '”']) {
        return text.to_string();
    }
    let straight = text.matches('"').count();
    // An odd straight quote after punctuation (`…winter," Roe said`)
    // closes a quote opened in an earlier sentence.
    let closes_first = straight % 2 == 1
        && text.find('"').is_some_and(|k| {
            text[..k]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '—'))
        });
    let opens_first = !text.contains('“') && text.contains('”');
    let mut inside = closes_first || opens_first;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mark = match c {
            '"' => {
                inside = !inside;
                true
            }
            '“' => {
                inside = true;
                true
            }
            '”' => {
                inside = false;
                true
            }
            _ => false,
        };
        if mark || inside {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::outside_quotes;

    #[test]
    fn quoted_words_are_blanked() {
        let t = "\"We kept it running all winter,\" union president Ana Ruiz said.";
        let out = outside_quotes(t);
        assert_eq!(out.len(), t.len());
        assert!(!out.contains("running"));
        assert!(out.contains("union president Ana Ruiz said."));
        let t = "Ruiz said the plan was “a step back since 2019” for the town.";
        assert!(!outside_quotes(t).contains("since"));
        assert!(outside_quotes(t).contains("for the town."));
    }

    #[test]
    fn a_quote_closed_or_opened_across_sentences() {
        let t = "I served two terms,\" Mayor Ana Ruiz said.";
        let out = outside_quotes(t);
        assert!(!out.contains("served"));
        assert!(out.contains("Mayor Ana Ruiz said."));
        let t = "Mayor Ana Ruiz said: \"We stayed open during the storm.";
        let out = outside_quotes(t);
        assert!(out.contains("Mayor Ana Ruiz said:"));
        assert!(!out.contains("during"));
        // No quote marks: the text as it is.
        assert_eq!(outside_quotes("Roe spoke."), "Roe spoke.");
    }
}
