//! Markdown escaping for user text. The Markdown registry uses [`escape`] for every `{{value}}`,
//! so a gemeente name, a note or an actor's name can never open a heading, a list, a table cell, a
//! link, emphasis, code or raw HTML; raw control characters are dropped. Each line is trimmed and line breaks become `<br>`, so one value
//! always stays on one line (inside a table cell too).

/// Characters with a meaning anywhere in a line of GFM, escaped with a backslash.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '!', '{', '}'];

/// Escape `text` for use inside a line of GitHub-flavoured Markdown.
pub fn escape(text: &str) -> String {
    let text = super::drop_controls(text);
    let lines: Vec<String> = text.lines().map(|l| escape_line(l.trim())).filter(|l| !l.is_empty()).collect();
    lines.join("<br>")
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if ALWAYS.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(&out)
}

/// A value may start a line: keep `-`, `+`, `=` and `1.` from becoming a list or a heading underline.
fn escape_line_start(line: &str) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let mut rest = line[digits..].chars();
    let marker = matches!(rest.next(), Some('.' | ')'));
    if digits > 0 && marker && rest.next().is_none_or(char::is_whitespace) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("# kop"), "\\# kop");
        assert_eq!(escape("*vet* _schuin_ `code`"), "\\*vet\\* \\_schuin\\_ \\`code\\`");
        assert_eq!(escape("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(escape("[link](x)"), "\\[link\\](x)");
        assert_eq!(escape("{{gemeente}}"), "\\{\\{gemeente\\}\\}");
    }

    #[test]
    fn newlines_become_breaks_and_line_starts_are_safe() {
        assert_eq!(escape("een\ntwee\r\n\ndrie"), "een<br>twee<br>drie");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("12. item"), "12\\. item");
        assert_eq!(escape("3)"), "3\\)");
        assert_eq!(escape("0.9.0"), "0.9.0");
        assert_eq!(escape("=="), "\\==");
        assert_eq!(escape("2.5 VTE"), "2.5 VTE");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(escape("\x1b]0;pwned\x07Lier\0\x7f\u{9b}"), "\\]0;pwnedLier");
        assert_eq!(escape("a\tb\r\nc"), "a\tb<br>c");
        assert_eq!(crate::report::drop_controls("x\ny\tz\x1b"), "x\ny\tz");
        assert_eq!(crate::report::drop_controls("\u{202E}gnp.exe\u{202C} مرحبا"), "gnp.exe مرحبا");
        // A closed isolate with nothing else inside stays (the ontwerpbeslissing's RTL names); an
        // open one, or one holding an override, goes.
        assert_eq!(crate::report::drop_controls("van \u{2068}مرحبا\u{2069}.\u{7}"), "van \u{2068}مرحبا\u{2069}.");
        assert_eq!(crate::report::drop_controls("a\u{2068}b\u{202e}c\u{2069}d"), "abcd");
        assert_eq!(crate::report::drop_controls("a\u{2068}bc\u{7}"), "abc");
    }

    #[test]
    fn other_text_passes_unchanged() {
        assert_eq!(escape("Sint-Niklaas 🌍 مرحبا \"x\" 'y'"), "Sint-Niklaas 🌍 مرحبا \"x\" 'y'");
    }
}
