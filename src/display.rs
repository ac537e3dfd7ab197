//! How values are shown to people, shared by the front ends and the CLI: local times, and text from
//! files (names, notes, motivations) made safe for a terminal.

/// A timestamp as local date and time, `2026-11-25 16:05`.
pub fn local_time(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned_datetime(jiff::tz::TimeZone::system());
    zoned.strftime("%Y-%m-%d %H:%M").to_string()
}

/// Text from a file on one line, safe to show: control characters (line breaks included) and the
/// Unicode format characters that reorder or hide text are shown escaped (`\n`, `\u{202e}`), so a
/// name or note in a session file can never move the cursor, recolour the terminal or fake output.
pub fn safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else if is_format_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Text from a file that may span lines (a note): each line made [`safe`], the line breaks kept as
/// separate lines (a trailing `\r` dropped).
pub fn safe_lines(text: &str) -> Vec<String> {
    text.split('\n').map(|line| safe(line.strip_suffix('\r').unwrap_or(line))).collect()
}

/// Bidirectional and invisible format characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF).
fn is_format_control(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_text_never_reaches_the_terminal_raw() {
        assert_eq!(safe("Sint-Niklaas 🌍 مرحبا"), "Sint-Niklaas 🌍 مرحبا");
        assert_eq!(safe("a\u{1b}[31mrood"), "a\\u{1b}[31mrood");
        assert_eq!(safe("twee\nregels"), "twee\\nregels");
        assert_eq!(safe("omgekeerd\u{202e}txt"), "omgekeerd\\u{202e}txt");
        assert_eq!(safe_lines("een\r\ntwee\u{7}"), ["een", "twee\\u{7}"]);
    }
}
