//! The result in the line mode: the same summary as the TUI's result screen, as plain lines, and
//! `rapport [MAP]` to write the report.

use std::io::{self, BufRead, Write};

use super::{Command, Flow, LineMode, Step, command};
use crate::strings;
use crate::wizard::result::{self, Item};
use crate::wizard::{Status, Wizard};

/// `rapport` or `rapport MAP` (only on the result, so it is never taken from a text answer): the
/// folder as typed, case kept.
pub(super) fn report_command(line: &str) -> Option<&str> {
    let line = line.trim();
    let word = line.get(..7)?;
    let rest = &line[7..];
    (word.eq_ignore_ascii_case("rapport") && (rest.is_empty() || rest.starts_with(char::is_whitespace)))
        .then(|| rest.trim())
}

/// One result line as plain text (the strategy grid is named in the lines around it).
fn plain_item(item: &Item) -> Option<String> {
    Some(match item {
        Item::Field(label, value) => format!("{label}: {value}"),
        Item::Text(text) => text.clone(),
        Item::Warning(text) => format!("{}: {text}", strings::RESULT_WARNING),
        Item::Quadrants(_) => return None,
        Item::Action { number, horizon, title, owner } => {
            format!("{number}. [{horizon}] {title} ({}: {owner})", strings::RESULT_OWNER)
        }
    })
}

impl<R: BufRead, W: Write> LineMode<R, W> {
    pub(super) fn result(&mut self, wizard: &mut Wizard, fresh: bool) -> io::Result<Step> {
        if fresh {
            self.print_result(wizard)?;
        }
        let Some(line) = self.ask(strings::LINE_RESULT_PROMPT)? else { return Ok(Step::End(Flow::Eof)) };
        if let Some(dir) = report_command(&line) {
            self.write_report(wizard, dir)?;
            return Ok(Step::Stay);
        }
        match command(&line) {
            Some(Command::Next | Command::Stop) => Ok(Step::End(Flow::Stop)),
            Some(Command::Overview) => {
                self.overview(wizard)?;
                Ok(Step::Stay)
            }
            Some(cmd) => self.run_command(wizard, &cmd),
            None => {
                self.say(strings::LINE_RESULT_PROMPT)?;
                Ok(Step::Stay)
            }
        }
    }

    /// The result as plain lines: the same information as the TUI's result screen.
    pub(super) fn print_result(&mut self, wizard: &Wizard) -> io::Result<()> {
        let summary = result::summary(wizard.questionnaire(), wizard.session());
        writeln!(self.out, "\n{}", strings::LINE_RESULT)?;
        for step in &summary.steps {
            let score = step.score.map_or(strings::NO_SCORE.to_string(), |s| format!("score {s}/100"));
            writeln!(self.out, "  {}: {}, {score}", step.title, strings::answered_of(step.answered, step.asked))?;
        }
        writeln!(self.out, "{}", strings::result_total(summary.total))?;
        writeln!(self.out, "{}", strings::result_gaps(summary.gaps))?;
        for section in &summary.sections {
            writeln!(self.out, "\n{}:", section.title)?;
            for item in &section.items {
                if let Some(line) = plain_item(item) {
                    writeln!(self.out, "  {line}")?;
                }
            }
        }
        let open = wizard.overview().iter().filter(|r| r.status == Status::Open).count();
        if open > 0 {
            writeln!(self.out, "\n{}", strings::line_open_left(open))?;
        }
        let dir = result::default_report_dir();
        writeln!(self.out, "\n{}", strings::line_report_hint(&dir.display().to_string()))?;
        self.out.flush()
    }

    /// `rapport [MAP]`: write md, html and json; say which files, or why not.
    pub(super) fn write_report(&mut self, wizard: &Wizard, dir: &str) -> io::Result<()> {
        let dir = result::report_dir(dir, &result::default_report_dir());
        match result::write_report(wizard.questionnaire(), wizard.session(), wizard.path(), &dir) {
            Ok(files) => {
                for file in files {
                    writeln!(self.out, "{}", strings::report_file_written(&file))?;
                }
                self.out.flush()
            }
            Err(e) => self.say(&strings::report_failed(&e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rapport_keeps_the_folder_as_typed() {
        assert_eq!(report_command("rapport"), Some(""));
        assert_eq!(report_command(" Rapport  Mijn Map "), Some("Mijn Map"));
        assert_eq!(report_command("rapporten"), None);
        assert_eq!(report_command("rapp"), None);
        assert_eq!(report_command("één"), None);
    }
}
