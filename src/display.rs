//! How values are shown to people, shared by the front ends and the CLI: local time, and the one
//! rule for text that reaches a terminal.
//!
//! Session files come from other people (workshops, consultants, the HTML form), questionnaires and
//! file names too, so their text is never printed raw. [`terminal_text`] and [`terminal_line`] make
//! it inert: C0 controls (ESC, BEL, NUL, …) and DEL become their visible Unicode pictures (`␛`, `␇`,
//! `␀`, `␡`), C1 controls become `�`, and the bidirectional embedding, override and isolate controls
//! (the "Trojan Source" characters, U+202A–U+202E and U+2066–U+2069) are dropped, so no text can
//! reorder what follows it on the line. Everything else — accents, right-to-left scripts, emoji with
//! their joiners — passes unchanged. [`terminal_line`] also folds line breaks and tabs into single
//! spaces, for names and table cells that must stay on one line. [`TerminalWriter`] applies the rule
//! to a whole output stream (the line mode), so it cannot be forgotten.

use std::borrow::Cow;
use std::io::{self, Write};

/// A timestamp as local date and time, `2026-11-25 16:05`.
pub fn local_time(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned_datetime(jiff::tz::TimeZone::system());
    zoned.strftime("%Y-%m-%d %H:%M").to_string()
}

/// `text` made safe for a terminal, keeping its line breaks and tabs (a CR LF pair becomes a line
/// break; a lone CR is shown as `␍`, since it would let text overwrite the start of its line).
pub fn terminal_text(text: &str) -> Cow<'_, str> {
    sanitize(text, false)
}

/// `text` made safe for a terminal and folded onto one line: line breaks (also CR LF, U+2028,
/// U+2029) and tabs become single spaces. For names, ids, file names and table cells.
pub fn terminal_line(text: &str) -> Cow<'_, str> {
    sanitize(text, true)
}

/// [`terminal_line`] as an owned string: for names, ids and file names from files.
pub fn safe(text: &str) -> String {
    terminal_line(text).into_owned()
}

/// Text from a file that may span lines (a note), each line made safe by [`terminal_line`].
pub fn safe_lines(text: &str) -> Vec<String> {
    text.split('\n').map(|line| safe(line.strip_suffix('\r').unwrap_or(line))).collect()
}

/// Whether `c` is one of the bidirectional embedding, override or isolate controls.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` passes unchanged in a terminal line (no control, no bidi control, no line break).
fn is_plain(c: char) -> bool {
    !(c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}'))
}

fn sanitize(text: &str, one_line: bool) -> Cow<'_, str> {
    let keeps = |c: char| is_plain(c) || (!one_line && matches!(c, '\n' | '\t'));
    if text.chars().all(keeps) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\u{2028}' | '\u{2029}' => out.push(if one_line { ' ' } else { '\n' }),
            '\t' | '\r' if one_line => out.push(' '),
            '\t' => out.push('\t'),
            c if is_bidi_control(c) => {}
            c => out.push(visible(c)),
        }
    }
    Cow::Owned(out)
}

/// The visible stand-in for a control character; other characters are returned as they are.
fn visible(c: char) -> char {
    match u32::from(c) {
        // U+2400 CONTROL PICTURES: ␀ … ␟ for C0, ␡ for DEL.
        n @ 0x00..=0x1F => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        0x80..=0x9F => '\u{FFFD}',
        _ => c,
    }
}

/// A writer that passes everything through [`terminal_text`] on its way to `inner`: our own output
/// (plain text and line breaks) is unchanged, text from files cannot steer the terminal. Bytes that
/// are not UTF-8 are shown as `�`; a UTF-8 sequence split over two writes is joined first.
#[derive(Debug)]
pub struct TerminalWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> TerminalWriter<W> {
    /// Wrap `inner`.
    pub fn new(inner: W) -> Self {
        Self { inner, pending: Vec::new() }
    }

    /// The wrapped writer.
    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    /// The wrapped writer (bytes of an unfinished UTF-8 sequence are dropped).
    pub fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: Write> Write for TerminalWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut start = 0;
        loop {
            match std::str::from_utf8(&self.pending[start..]) {
                Ok(text) => {
                    self.inner.write_all(terminal_text(text).as_bytes())?;
                    self.pending.clear();
                    break;
                }
                Err(e) => {
                    let valid = start + e.valid_up_to();
                    // Safe: `valid_up_to` marks the end of valid UTF-8.
                    let text = std::str::from_utf8(&self.pending[start..valid]).unwrap_or_default();
                    self.inner.write_all(terminal_text(text).as_bytes())?;
                    let Some(bad) = e.error_len() else {
                        // An unfinished sequence at the end: keep it for the next write.
                        self.pending.drain(..valid);
                        break;
                    };
                    self.inner.write_all("\u{FFFD}".as_bytes())?;
                    start = valid + bad;
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_messages_from_files_never_reach_the_terminal_raw() {
        assert_eq!(safe("Netevelde"), "Netevelde");
        assert_eq!(safe("Sint-Niklaas 🌍 مرحبا"), "Sint-Niklaas 🌍 مرحبا");
        assert_eq!(safe("a\u{1b}[31mrood"), "a␛[31mrood");
        assert_eq!(safe("twee\nregels\r"), "twee regels ");
        assert_eq!(safe("omgekeerd\u{202e}txt"), "omgekeerdtxt");
        assert_eq!(terminal_text("a\u{7}\n    tip: b"), "a␇\n    tip: b");
    }
    use proptest::prelude::*;

    #[test]
    fn escapes_and_controls_become_visible() {
        assert_eq!(terminal_line("\x1b]0;pwned\x07Lier"), "␛]0;pwned␇Lier");
        assert_eq!(terminal_line("\x1b[2J"), "␛[2J");
        assert_eq!(terminal_line("a\0b\x7f"), "a␀b␡");
        assert_eq!(terminal_line("\u{9b}31m\u{85}"), "\u{FFFD}31m\u{FFFD}");
    }

    #[test]
    fn names_are_folded_onto_one_line_and_text_keeps_its_lines() {
        assert_eq!(terminal_line("Lier\nBewaard.\r\nx\ty\rz\u{2028}"), "Lier Bewaard. x y z ");
        assert_eq!(terminal_text("Lier\nBewaard.\r\nx\ty\rz\u{2028}"), "Lier\nBewaard.\nx\ty␍z\n");
    }

    #[test]
    fn bidi_overrides_are_dropped_and_everything_else_is_intact() {
        assert_eq!(terminal_line("\u{202E}gnp.exe\u{202C} \u{2067}x\u{2069}"), "gnp.exe x");
        let kept = "Sint-Niklaas é ß مرحبا עברית \u{200F}🎉 👩\u{200D}👩\u{200D}👧 <script> {{x}} | ␛";
        assert!(matches!(terminal_line(kept), Cow::Borrowed(_)));
        assert_eq!(terminal_text(kept), kept);
    }

    #[test]
    fn the_writer_sanitises_across_split_writes() {
        let mut w = TerminalWriter::new(Vec::new());
        let text = "é\x1b[2J🎉\n".as_bytes();
        for byte in text {
            w.write_all(std::slice::from_ref(byte)).unwrap();
        }
        w.write_all(b"\xff ok\n").unwrap();
        assert_eq!(String::from_utf8(w.into_inner()).unwrap(), "é␛[2J🎉\n\u{FFFD} ok\n");
    }

    proptest! {
        #[test]
        fn nothing_unsafe_gets_through(text in "(\\PC|\\pC|\n|\r|\x1b|\u{9b}|\u{202e}){0,40}") {
            let line = terminal_line(&text);
            prop_assert!(line.chars().all(is_plain), "{line:?}");
            let block = terminal_text(&text);
            prop_assert!(block.chars().all(|c| is_plain(c) || c == '\n' || c == '\t'), "{block:?}");
            // One character out for each character in, at most (CR LF becomes one).
            prop_assert!(line.chars().count() <= text.chars().count());
            // Safe text passes unchanged.
            let safe: String = text.chars().filter(|c| is_plain(*c)).collect();
            prop_assert_eq!(terminal_line(&safe), safe.as_str());
        }
    }
}
