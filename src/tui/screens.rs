//! Drawing: `impl Widget for &App` splits the window into header, step bar, body, status line and key
//! bar, and hands each part to a small `render_*` function. Rendering never changes state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

mod form;
pub mod meeting;

use super::action::{Context, bindings};
use super::app::{App, IntakeForm, Message, Popup, Screen, StartScreen, View, WizardScreen};
use super::theme;
use super::widgets::{
    key_bar, list_line, popup, scroll_offset_wrapped, step_bar, text_popup, truncate, wrap_words, wrapped_height,
    wrapped_list_item,
};
use crate::display::{terminal_line, terminal_text};
use crate::questionnaire::{Kind, Question};
use crate::session::{Answer, Mode, Role};
use crate::strings;
use crate::wizard::{Ended, Status, input};

/// Smallest usable window.
pub const MIN_WIDTH: u16 = 80;
/// Smallest usable window.
pub const MIN_HEIGHT: u16 = 24;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            Paragraph::new(strings::window_too_small(area.width, area.height))
                .wrap(Wrap { trim: true })
                .style(theme::PROBLEM)
                .render(area, buf);
        } else {
            self.render_full(area, buf);
        }
        if self.monochrome {
            strip_colour(area, buf);
        }
        inert(area, buf);
    }
}

/// The last guard before the terminal: ratatui already drops control characters, but zero-width
/// characters (such as the bidi overrides) end up in a cell and would reach the terminal. Text from
/// files is made safe where it is shown (`crate::display`); this also covers what is being typed.
fn inert(area: Rect, buf: &mut Buffer) {
    let unsafe_char = |c: char| c.is_control() || crate::display::is_bidi_control(c);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y))
                && cell.symbol().contains(unsafe_char)
            {
                let clean: String = cell.symbol().chars().filter(|c| !unsafe_char(*c)).collect();
                cell.set_symbol(if clean.is_empty() { " " } else { &clean });
            }
        }
    }
}

/// Remove every colour, keeping symbols and modifiers (bold, reversed): `NO_COLOR`.
fn strip_colour(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_fg(Color::Reset);
                cell.set_bg(Color::Reset);
            }
        }
    }
}

impl App {
    fn render_full(&self, area: Rect, buf: &mut Buffer) {
        let wizard = match &self.screen {
            Screen::Wizard(w) => Some(w.as_ref()),
            _ => None,
        };
        let step_rows = if matches!(self.screen, Screen::Wizard(_) | Screen::Meeting(_)) { 2 } else { 0 };
        let [header, steps, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(step_rows),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(2),
        ])
        .areas(area);
        self.render_header(header, buf);
        if let Some(w) = wizard {
            step_bar(&w.wizard.step_progress(), w.wizard.current_step(), steps, buf);
        }
        if let Screen::Meeting(m) = &self.screen {
            meeting::agenda_strip(m, steps, buf);
        }
        let body = body.inner(ratatui::layout::Margin::new(1, 0));
        match &self.screen {
            Screen::Start(start) => start.render(body, buf),
            Screen::Intake(form) => form.as_ref().render(body, buf),
            Screen::Wizard(w) => w.as_ref().render(body, buf),
            Screen::Meeting(m) => m.as_ref().render(body, buf),
        }
        self.render_status(status, buf);
        let context = self.context();
        key_bar(bindings(context).iter().filter(|b| b.footer), footer.inner(ratatui::layout::Margin::new(1, 0)), buf);
        if let Some(p) = &self.popup {
            self.render_popup(p, area, buf);
        }
    }

    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let left = format!(" Regiewijzer · {}", self.questionnaire.title);
        let right = self.wizard().map(|w| {
            let r = &w.session().respondent;
            let mode = if w.session().mode == Mode::Kort { strings::MODE_SHORT_WORD } else { strings::MODE_FULL_WORD };
            // The longest that fits next to at least the program's name: who, then less of it.
            let room = usize::from(area.width).saturating_sub(" Regiewijzer ".chars().count());
            let who =
                if r.name.is_empty() { r.role.label().to_string() } else { format!("{} ({})", r.name, r.role.label()) };
            let short =
                if r.name.is_empty() { r.role.label().to_string() } else { terminal_line(&r.name).into_owned() };
            let (gemeente, who) = (terminal_line(&r.gemeente), terminal_line(&who));
            [
                format!("{gemeente} · {who} · {mode} "),
                format!("{gemeente} · {short} · {mode} "),
                format!("{gemeente} · {mode} "),
            ]
            .into_iter()
            .find(|c| c.chars().count() <= room)
            .unwrap_or_else(|| truncate(&format!("{gemeente} "), room))
        });
        buf.set_style(area, theme::HEADER);
        let meeting = self.meeting().map(|m| {
            let g = m.group();
            strings::overleg::tui_header(&crate::display::safe(&g.gemeente), g.members.len())
        });
        let right = right.or(meeting).unwrap_or_default();
        let right_width = u16::try_from(right.chars().count()).unwrap_or(u16::MAX).min(area.width);
        let room = usize::from(area.width - right_width).saturating_sub(1);
        // The questionnaire's title whole, or not at all.
        let left = if left.chars().count() <= room { left } else { " Regiewijzer".to_string() };
        buf.set_stringn(area.x, area.y, truncate(&left, room), room, theme::HEADER);
        buf.set_stringn(area.right() - right_width, area.y, &right, usize::from(right_width), theme::HEADER);
    }

    fn render_status(&self, area: Rect, buf: &mut Buffer) {
        let area = area.inner(ratatui::layout::Margin::new(1, 0));
        let line = match (&self.message, self.open_file()) {
            (Some(Message::Ok(m)), _) => Line::styled(terminal_line(m).into_owned(), theme::OK),
            (Some(Message::Info(m)), _) => Line::styled(format!("› {}", terminal_line(m)), theme::FOCUS),
            (Some(Message::Problem(m)), _) => Line::styled(format!("⚠ {}", terminal_line(m)), theme::PROBLEM),
            (None, Some(_)) if self.wizard().is_some_and(|w| w.unsaved_count() > 0) => {
                let count = self.wizard().map_or(0, crate::wizard::Wizard::unsaved_count);
                Line::styled(format!("⚠ {}", strings::tui_unsaved(count)), theme::PROBLEM)
            }
            (None, Some(path)) => {
                let name = path.file_name().map(|n| crate::display::safe(&n.to_string_lossy())).unwrap_or_default();
                let text =
                    if self.meeting().is_some() { strings::overleg::saved_in(&name) } else { strings::saved_in(&name) };
                Line::styled(text, theme::DIM)
            }
            (None, None) => Line::default(),
        };
        line.render(area, buf);
    }

    fn render_popup(&self, p: &Popup, area: Rect, buf: &mut Buffer) {
        match p {
            Popup::Help(context) => render_help(*context, area, buf),
            Popup::Quit => {
                let file = self
                    .open_file()
                    .and_then(|p| p.file_name())
                    .map(|n| crate::display::safe(&n.to_string_lossy()))
                    .unwrap_or_default();
                let text = match self.ended() {
                    Ended::Unsaved(goodbye) => strings::tui_quit_unsaved(&goodbye),
                    _ if self.meeting().is_some() => strings::overleg::tui_quit(&file),
                    _ => strings::tui_quit(&file),
                };
                text_popup(strings::TUI_QUIT_TITLE, &text, area, buf);
            }
            Popup::Error(e) => {
                let safe = match (self.wizard(), self.meeting()) {
                    (Some(_), _) => format!("\n\n{}", strings::TUI_ERROR_SAFE),
                    (_, Some(_)) => format!("\n\n{}", strings::overleg::TUI_ERROR_SAFE),
                    _ => String::new(),
                };
                text_popup(strings::TUI_ERROR_TITLE, &format!("⚠ {}{safe}", terminal_text(e)), area, buf);
            }
            Popup::Note(editor) => {
                let inner = popup(strings::TUI_NOTE_TITLE, 64, 10, area, buf);
                editor.render(inner, buf);
            }
            Popup::Steps(selected) => self.render_steps(*selected, area, buf),
            Popup::ReportDir(editor) => self.render_report_dir(editor, area, buf),
            Popup::Written(text) => text_popup(strings::TUI_REPORT_WRITTEN_TITLE, &terminal_text(text), area, buf),
            Popup::Delete(i) => {
                let line = match &self.screen {
                    Screen::Wizard(w) => w
                        .wizard
                        .current()
                        .and_then(|q| w.records().get(*i).map(|r| input::record_line(&q.fields, r)))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                text_popup(strings::TUI_DELETE_TITLE, &strings::tui_delete(&line), area, buf);
            }
        }
    }

    /// The folder popup: what will be written, then a one-line editor with the folder.
    fn render_report_dir(&self, editor: &ratatui_textarea::TextArea<'_>, area: Rect, buf: &mut Buffer) {
        let ask = strings::tui_report_ask(&self.report_stem());
        let width = 70.min(area.width.saturating_sub(2));
        let text_height = wrapped_height(&ask, width.saturating_sub(2));
        let field_height = wrapped_height(&editor.lines().join(" "), width.saturating_sub(5)).clamp(1, 4) + 2;
        let inner = popup(strings::TUI_REPORT_TITLE, width, text_height + field_height + 3, area, buf);
        let [text, _, field] = Layout::vertical([
            Constraint::Length(text_height),
            Constraint::Length(1),
            Constraint::Length(field_height),
        ])
        .areas(inner);
        Paragraph::new(ask).wrap(Wrap { trim: false }).render(text, buf);
        let block = Block::bordered().border_style(theme::FOCUS);
        let field_inner = block.inner(field);
        block.render(field, buf);
        editor.render(field_inner, buf);
    }

    fn render_steps(&self, selected: usize, area: Rect, buf: &mut Buffer) {
        let Some(w) = self.wizard() else { return };
        let steps = w.step_progress();
        let height = u16::try_from(steps.len()).unwrap_or(u16::MAX).saturating_add(2);
        let inner = popup(strings::TUI_STEPS_TITLE, 50, height, area, buf);
        let lines: Vec<Line> = steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let text = format!("{}. {} — {}", i + 1, s.title, strings::answered_of(s.answered, s.asked));
                list_line(&text, i == selected, Style::new())
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

fn render_help(context: Context, area: Rect, buf: &mut Buffer) {
    let table = bindings(context);
    let height = u16::try_from(table.len()).unwrap_or(u16::MAX).saturating_add(2);
    let inner = popup(strings::TUI_HELP_TITLE, 76, height, area, buf);
    let lines: Vec<Line> = table
        .iter()
        .map(|b| Line::from(vec![Span::styled(format!("{:<18}", b.label), theme::KEY), Span::raw(b.help)]))
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

impl Widget for &StartScreen {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_start(self, area, buf);
    }
}

fn render_start(start: &StartScreen, area: Rect, buf: &mut Buffer) {
    let lengths = [
        strings::mode_with_length(strings::MODE_FULL, &start.lengths[0]),
        strings::mode_with_length(strings::MODE_SHORT, &start.lengths[1]),
    ];
    let intro_height = wrapped_height(strings::TUI_START_INTRO, area.width) + 1;
    let lengths_height = lengths.iter().map(|l| wrapped_height(l, area.width)).sum::<u16>() + 1;
    let [heading, intro, length_area, list] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(intro_height),
        Constraint::Length(lengths_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(vec![
        Line::styled(strings::TUI_START_TITLE, theme::PROMPT),
        Line::styled(start.title.clone(), theme::HELP_TEXT),
    ])
    .render(heading, buf);
    Paragraph::new(strings::TUI_START_INTRO).wrap(Wrap { trim: true }).render(intro, buf);
    Paragraph::new(lengths.map(Line::raw).to_vec()).wrap(Wrap { trim: true }).render(length_area, buf);
    let mut items = vec![strings::TUI_NEW.to_string()];
    items.extend(start.sessions.iter().map(|s| {
        // Date and time stay on one line when the row wraps.
        let when = crate::display::local_time(s.updated);
        s.resume_line().replace(&when, &when.replace(' ', "\u{a0}"))
    }));
    items.extend(start.groups.iter().map(|g| {
        let when = crate::display::local_time(g.updated);
        g.open_line().replace(&when, &when.replace(' ', "\u{a0}"))
    }));
    let block = Block::bordered().title(format!(" {} ", strings::TUI_CHOOSE)).border_style(theme::BORDER);
    let inner = block.inner(list);
    block.render(list, buf);
    // Long rows (gemeente, respondent, progress, date) wrap instead of being cut.
    let blocks: Vec<Vec<Line>> = items
        .iter()
        .enumerate()
        .map(|(i, text)| wrapped_list_item("", text, i == start.selected, Style::new(), inner.width))
        .collect();
    let heights: Vec<usize> = blocks.iter().map(Vec::len).collect();
    let offset = scroll_offset_wrapped(&heights, start.selected, inner.height);
    let lines: Vec<Line> = blocks.into_iter().skip(offset).flatten().collect();
    Paragraph::new(lines).render(inner, buf);
}

impl Widget for &IntakeForm {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_intake(self, area, buf);
    }
}

fn render_intake(form: &IntakeForm, area: Rect, buf: &mut Buffer) {
    let [heading, gemeente, name, role, mode, length] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Line::styled(strings::TUI_INTAKE_TITLE, theme::PROMPT).render(heading, buf);
    labelled_editor(strings::TUI_GEMEENTE, &form.gemeente, form.focus == 0, gemeente, buf);
    labelled_editor(strings::TUI_NAME, &form.name, form.focus == 1, name, buf);
    let role_label = Role::ALL.get(form.role).map_or("", |r| r.label());
    labelled_choice(strings::TUI_ROLE, role_label, form.focus == 2, role, buf);
    let mode_label = if form.mode == Mode::Kort { strings::MODE_SHORT } else { strings::MODE_FULL };
    labelled_choice(strings::TUI_MODE, mode_label, form.focus == 3, mode, buf);
    let chosen = if form.mode == Mode::Kort { &form.lengths[1] } else { &form.lengths[0] };
    let [_, length] = Layout::horizontal([Constraint::Length(LABEL_WIDTH + 2), Constraint::Fill(1)]).areas(length);
    Paragraph::new(chosen.as_str()).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(length, buf);
}

const LABEL_WIDTH: u16 = 22;

fn field_label(label: &str, focused: bool, area: Rect, buf: &mut Buffer) {
    let marker = if focused { "▶ " } else { "  " };
    let style = if focused { theme::FOCUS } else { Style::new() };
    buf.set_stringn(area.x, area.y, format!("{marker}{label}"), usize::from(area.width.saturating_sub(1)), style);
}

fn labelled_editor(label: &str, editor: &ratatui_textarea::TextArea<'_>, focused: bool, area: Rect, buf: &mut Buffer) {
    let [left, right] = Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)]).areas(area);
    field_label(label, focused, Rect { y: left.y + 1, ..left }, buf);
    let border = if focused { theme::FOCUS } else { theme::BORDER };
    let block = Block::bordered().border_style(border);
    let inner = block.inner(right);
    block.render(right, buf);
    if focused {
        editor.render(inner, buf);
    } else {
        Line::raw(terminal_line(&editor.lines().join(" ")).into_owned()).render(inner, buf);
    }
}

fn labelled_choice(label: &str, value: &str, focused: bool, area: Rect, buf: &mut Buffer) {
    let [left, right] = Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)]).areas(area);
    field_label(label, focused, left, buf);
    let style = if focused { theme::FOCUS } else { Style::new() };
    Line::styled(format!("◀ {value} ▶"), style).render(right, buf);
}

impl Widget for &WizardScreen {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match (self.view, self.wizard.current()) {
            (View::Overview, _) => render_overview(self, area, buf),
            (View::Result, _) | (View::Question, None) => render_result(self, area, buf),
            (View::Question, Some(q)) => {
                render_question(self, q, area, buf);
                if let Some(form) = &self.form {
                    form::render(form, q, area, buf);
                }
                if let Some(vote) = &self.vote {
                    meeting::render_vote(vote, area, buf);
                }
            }
        }
    }
}

fn render_question(w: &WizardScreen, q: &Question, area: Rect, buf: &mut Buffer) {
    let (n, _) = w.wizard.counter();
    let step = w.wizard.questionnaire().steps.get(q.step).map_or("", |s| s.title.as_str());
    // No "of N": N changes as follow-up questions appear. The percentage never goes back.
    let progress = strings::tui_progress(w.wizard.percent(), w.wizard.minutes_left());
    let block = Block::bordered()
        .title(format!(" {} ", strings::tui_question_title(n, step)))
        .title(Line::from(format!(" {progress} ")).right_aligned())
        .border_style(theme::BORDER);
    let inner = block.inner(area);
    block.render(area, buf);
    let steps = &w.wizard.questionnaire().steps;
    let intro = w.intro.and_then(|i| steps.get(i).map(|s| (strings::step_of(i + 1, steps.len(), &s.title), &s.intro)));
    let intro_text = intro.as_ref().map(|(head, text)| format!("{head}. {text}"));
    let pitfall = q.yes_is_weak().then_some(strings::YES_IS_WEAK);
    let votes = w
        .wizard
        .current_votes()
        .map(|v| strings::overleg::tui_session_votes(&crate::wizard::meeting::votes_line(q, v)));
    let note = match (votes, w.wizard.current_note().map(|n| strings::tui_note(&terminal_text(n)))) {
        (Some(v), Some(n)) => Some(format!("{v} {n}")),
        (v, n) => v.or(n),
    };
    let height = |text: Option<&str>, max: u16| text.map_or(0, |t| wrapped_height(t, inner.width).min(max));
    let [intro_area, prompt, help, pitfall_area, _, answer, note_area] = Layout::vertical([
        Constraint::Length(height(intro_text.as_deref(), 5).saturating_add(u16::from(intro.is_some()))),
        Constraint::Length(wrapped_height(&q.prompt, inner.width)),
        Constraint::Length(height(Some(q.help.as_str()).filter(|h| !h.is_empty()), u16::MAX)),
        Constraint::Length(height(pitfall, 2)),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(height(note.as_deref(), 3)),
    ])
    .areas(inner);
    if let Some((head, text)) = intro {
        // The step's introduction, when the step is entered; a rule separates it from the question.
        let rows = intro_area.height.saturating_sub(1);
        let line = Line::from(vec![
            Span::styled(format!("{head}. "), theme::PROMPT),
            Span::styled(text.clone(), theme::INTRO),
        ]);
        Paragraph::new(line).wrap(Wrap { trim: true }).render(Rect { height: rows, ..intro_area }, buf);
        let rule = "─".repeat(usize::from(intro_area.width));
        buf.set_string(intro_area.x, intro_area.y + rows, rule, theme::BORDER);
    }
    Paragraph::new(q.prompt.as_str()).style(theme::PROMPT).wrap(Wrap { trim: true }).render(prompt, buf);
    Paragraph::new(q.help.as_str()).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(help, buf);
    if let Some(pitfall) = pitfall {
        Paragraph::new(format!("⚠ {pitfall}")).style(theme::FOCUS).wrap(Wrap { trim: true }).render(pitfall_area, buf);
    }
    if let Some(note) = note {
        Paragraph::new(note).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(note_area, buf);
    }
    match q.kind {
        Kind::Single | Kind::Jgnw | Kind::Multi | Kind::Scale => render_choices(w, q, answer, buf),
        Kind::Text | Kind::LongText | Kind::Number => render_text_answer(w, q, answer, buf),
        Kind::Records => render_records(w, q, answer, buf),
    }
}

fn render_choices(w: &WizardScreen, q: &Question, area: Rect, buf: &mut Buffer) {
    let answer = w.wizard.current_answer();
    let values = input::scale_values(q);
    let items: Vec<(String, bool)> = if q.kind == Kind::Scale {
        let chosen = |v: f64| matches!(answer, Some(Answer::Number(n)) if input::same_value(*n, v));
        values.iter().map(|v| (input::scale_label(q, *v), chosen(*v))).collect()
    } else {
        let chosen = |id: &str| answer.is_some_and(|a| a.has_option(id));
        q.options.iter().enumerate().map(|(i, o)| (format!("{}. {}", i + 1, o.label), chosen(&o.id))).collect()
    };
    let width = items.len().to_string().len();
    let blocks: Vec<Vec<Line>> = items
        .into_iter()
        .enumerate()
        .map(|(i, (label, chosen))| {
            let mark = match (q.kind, chosen) {
                (Kind::Multi, true) => "[x]",
                (Kind::Multi, false) => "[ ]",
                (_, true) => "(•)",
                (_, false) => "( )",
            };
            let style = if chosen { theme::CHOSEN } else { Style::new() };
            let (number, text) = label.split_once(". ").filter(|_| q.kind != Kind::Scale).unwrap_or(("", &label));
            // Numbers right-aligned, so labels 10 and up line up with 1–9.
            let head = if number.is_empty() { mark.to_string() } else { format!("{mark} {number:>width$}.") };
            wrapped_list_item(&head, text, i == w.cursor, style, area.width)
        })
        .collect();
    let heights: Vec<usize> = blocks.iter().map(Vec::len).collect();
    let total: usize = heights.iter().sum();
    if total <= usize::from(area.height) {
        Paragraph::new(blocks.into_iter().flatten().collect::<Vec<_>>()).render(area, buf);
        return;
    }
    // More options than rows: a row above and/or below the list says how many are out of view.
    let fits = |offset: usize, rows: u16| {
        let mut used = 0;
        heights
            .iter()
            .skip(offset)
            .take_while(|h| {
                used += **h;
                used <= usize::from(rows)
            })
            .count()
    };
    let mut reserved = 1;
    let (offset, shown) = loop {
        let rows = area.height.saturating_sub(reserved);
        let offset = scroll_offset_wrapped(&heights, w.cursor, rows);
        let shown = fits(offset, rows);
        let both = offset > 0 && offset + shown < heights.len();
        if !both || reserved == 2 {
            break (offset, shown);
        }
        reserved = 2;
    };
    let below = heights.len() - offset - shown;
    let top = u16::from(offset > 0);
    let rows = area.height.saturating_sub(top + u16::from(below > 0));
    if offset > 0 {
        Line::styled(strings::tui_options_above(offset), theme::KEY).render(Rect { height: 1, ..area }, buf);
    }
    let list = Rect { y: area.y + top, height: rows, ..area };
    let lines: Vec<Line> = blocks.into_iter().skip(offset).take(shown).flatten().collect();
    Paragraph::new(lines).render(list, buf);
    if below > 0 {
        Line::styled(strings::tui_options_below(below), theme::KEY)
            .render(Rect { y: list.bottom(), height: 1, ..area }, buf);
    }
}

fn render_text_answer(w: &WizardScreen, q: &Question, area: Rect, buf: &mut Buffer) {
    let hint = (q.kind == Kind::Number).then(|| {
        let lo = q.min.map(input::format_number);
        let hi = q.max.map(input::format_number);
        strings::tui_number_hint(&strings::bounds(lo.as_deref(), hi.as_deref()), &q.unit)
    });
    // A one-line answer grows as its text wraps; a long one takes the room there is.
    let typed = w.editor.as_ref().map(|e| e.lines().join("\n"));
    let shown = typed.or_else(|| w.wizard.current_answer().map(|a| input::summary(q, a))).unwrap_or_default();
    let text_rows = wrapped_height(&shown, area.width.saturating_sub(3)).saturating_add(2);
    let box_height = if q.kind == Kind::LongText {
        area.height.saturating_sub(1).max(3)
    } else {
        text_rows.clamp(3, (area.height / 2).max(3))
    };
    let [field, hint_area] =
        Layout::vertical([Constraint::Length(box_height), Constraint::Length(u16::from(hint.is_some()))]).areas(area);
    let editing = w.editor.as_ref();
    let border = if editing.is_some() { theme::FOCUS } else { theme::BORDER };
    let block = Block::bordered().title(format!(" {} ", strings::TUI_ANSWER)).border_style(border);
    let inner = block.inner(field);
    block.render(field, buf);
    match (editing, w.wizard.current_answer()) {
        (Some(editor), _) => editor.render(inner, buf),
        (None, Some(answer)) => {
            let text = match answer {
                Answer::Text(t) => terminal_text(t).into_owned(),
                other => input::summary(q, other),
            };
            Paragraph::new(text).wrap(Wrap { trim: false }).render(inner, buf);
        }
        (None, None) => Line::styled(strings::TUI_NO_ANSWER, theme::DIM).render(inner, buf),
    }
    if let Some(hint) = hint {
        Line::styled(hint, theme::HELP_TEXT).render(hint_area, buf);
    }
}

/// Fields shown as columns of the records table; the selected record is shown in full below it.
const RECORD_COLUMNS: usize = 3;

fn render_records(w: &WizardScreen, q: &Question, area: Rect, buf: &mut Buffer) {
    let records = w.records();
    if records.is_empty() {
        Line::styled(strings::TUI_NO_RECORDS, theme::DIM).render(area, buf);
        return;
    }
    let columns: Vec<_> = q.fields.iter().take(RECORD_COLUMNS).collect();
    let detail = records.get(w.cursor).map(|r| input::record_line(&q.fields, r)).unwrap_or_default();
    let detail_height = wrapped_height(&detail, area.width).min(area.height / 2);
    // The selected record in full below the table; cut with … when it does not fit.
    let mut detail_lines = wrap_words(&detail, usize::from(area.width));
    if detail_lines.len() > usize::from(detail_height) {
        detail_lines.truncate(usize::from(detail_height));
        if let Some(last) = detail_lines.last_mut() {
            *last = truncate(last, usize::from(area.width).saturating_sub(1)) + "…";
        }
    }
    let [table_area, detail_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_height)]).areas(area);
    let header = Row::new(columns.iter().map(|f| Cell::from(f.label.clone()))).style(theme::PROMPT);
    let rows = records.iter().map(|r| {
        Row::new(columns.iter().map(|f| {
            Cell::from(r.get(&f.id).map(|v| terminal_line(&input::field_text(f, v)).into_owned()).unwrap_or_default())
        }))
    });
    let widths = columns.iter().map(|_| Constraint::Fill(1));
    // The marker column is kept for every row and the header, so the header lines up with its rows.
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme::SELECTED)
        .highlight_symbol("▶ ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(w.cursor));
    StatefulWidget::render(table, table_area, buf, &mut state);
    let detail: Vec<Line> = detail_lines.into_iter().map(|l| Line::styled(l, theme::HELP_TEXT)).collect();
    Paragraph::new(detail).render(detail_area, buf);
}

fn status_text(status: Status) -> &'static str {
    match status {
        Status::Answered => strings::TUI_STATUS_ANSWERED,
        Status::Open => strings::TUI_STATUS_OPEN,
        Status::DontKnow => strings::TUI_STATUS_DONT_KNOW,
    }
}

fn render_overview(w: &WizardScreen, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(format!(" {} ", strings::TUI_OVERVIEW_TITLE)).border_style(theme::BORDER);
    let inner = block.inner(area);
    block.render(area, buf);
    let steps = &w.wizard.questionnaire().steps;
    let header = Row::new(strings::TUI_OVERVIEW_HEADER.map(Cell::from)).style(theme::PROMPT);
    let rows = w.wizard.overview().into_iter().enumerate().map(|(i, row)| {
        let marker = if i == w.overview_selected { "▶" } else { " " };
        let step = steps.get(row.step).map_or(String::new(), |s| format!("{marker}{} {}", row.step + 1, s.title));
        // The note marker goes first, so a long question cut by its column cannot hide it.
        let note = if row.has_note { "✎ " } else { "" };
        let style = if row.status == Status::Open { theme::DIM } else { Style::new() };
        Row::new(vec![
            Cell::from(step),
            Cell::from(format!("{note}{}", row.prompt)),
            Cell::from(status_text(row.status)).style(style),
            Cell::from(row.summary),
        ])
    });
    let widths = [Constraint::Length(16), Constraint::Fill(3), Constraint::Length(13), Constraint::Fill(1)];
    let table = Table::new(rows, widths).header(header).row_highlight_style(theme::SELECTED);
    let mut state = TableState::default().with_selected(Some(w.overview_selected));
    StatefulWidget::render(table, inner, buf, &mut state);
}

fn render_result(w: &WizardScreen, area: Rect, buf: &mut Buffer) {
    let open = w.open_count();
    if let Some(summary) = &w.summary {
        super::result::render(summary, open, w.scroll, area, buf);
    } else {
        let summary = crate::wizard::result::summary(w.wizard.questionnaire(), w.wizard.session());
        super::result::render(&summary, open, w.scroll, area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_guard_drops_what_ratatui_lets_through() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        Line::raw("a\u{202E}b\u{2066}").render(buf.area, &mut buf);
        // ratatui appends zero-width characters to the cell before them...
        assert_eq!(buf[(0, 0)].symbol(), "a\u{202E}");
        inert(buf.area, &mut buf);
        // ...and the guard takes them out.
        assert_eq!([buf[(0, 0)].symbol(), buf[(1, 0)].symbol()], ["a", "b"]);
    }
}
