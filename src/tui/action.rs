//! Keys mapped to named actions, per context. One table ([`bindings`]) drives the key handling, the
//! footer and the `?` help, so what is shown is always what works.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::strings;

/// Where the keyboard focus is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Start screen: new assessment or resume.
    Start,
    /// Intake form, a text field focused.
    IntakeText,
    /// Intake form, a choice field focused.
    IntakeChoice,
    /// A single choice, jgnw or scale question.
    Choice,
    /// A multiple-choice question.
    Multi,
    /// A text or number question, not editing.
    Text,
    /// Editing a one-line answer (short text, number).
    EditLine,
    /// Editing a long text answer.
    EditLong,
    /// Editing the note of a question.
    EditNote,
    /// The record list of a records question.
    Records,
    /// The record form, a text field focused.
    RecordText,
    /// The record form, a choice field focused.
    RecordChoice,
    /// The overview of all questions.
    Overview,
    /// The result screen.
    Result,
    /// The step picker.
    Steps,
    /// A yes/no question (quit, delete).
    Confirm,
    /// A message or the help (close only).
    Message,
    /// Typing the folder to write the report to.
    Folder,
    /// The consensus meeting's agenda.
    MeetingAgenda,
    /// One question of the consensus meeting.
    MeetingItem,
    /// The end of the consensus meeting: summary and report.
    MeetingEnd,
    /// A decision form, the list of answers focused.
    DecideAnswer,
    /// A decision form, a text field focused (motivation, note, a number or text answer).
    DecideText,
    /// A vote form, a count focused.
    VoteCount,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move left within a choice field.
    Left,
    /// Move right within a choice field.
    Right,
    /// Choose the selected item (and, in a question, go on).
    Choose,
    /// Toggle or pick the selected item without going on.
    Toggle,
    /// Pick item N (1-based; for scales, the value N).
    Pick(u8),
    /// Next question.
    Next,
    /// Previous question.
    Back,
    /// Clear the answer.
    Clear,
    /// Answer "weet niet".
    DontKnow,
    /// Write a note.
    Note,
    /// Jump to a step.
    Steps,
    /// Show the overview.
    Overview,
    /// Show the result.
    Result,
    /// Show the help.
    Help,
    /// Quit (asks first).
    Quit,
    /// Start editing.
    Edit,
    /// Add a record.
    Add,
    /// Delete a record.
    Delete,
    /// Save and leave the editor or form.
    Save,
    /// Leave without saving / close.
    Cancel,
    /// Next field.
    NextField,
    /// Previous field.
    PrevField,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Goes to the text editor (shown in the help, handled by the editor).
    Type,
    /// Scroll a page up.
    PageUp,
    /// Scroll a page down.
    PageDown,
    /// Write the report (md, html, json) to a folder.
    WriteReport,
    /// Start a new line in a multi-line text.
    NewLine,
    /// Empty the text field.
    ClearField,
    /// The group agrees on an answer.
    Agree,
    /// The group stays divided.
    Divided,
    /// Record a vote.
    Vote,
    /// Take the other divergent questions into the meeting.
    More,
    /// Delete the last digit.
    Erase,
}

/// A key pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A plain character (any modifier but Ctrl/Alt).
    Char(char),
    /// Ctrl + character.
    Ctrl(char),
    /// A named key.
    Code(KeyCode),
    /// Alt + a named key.
    Alt(KeyCode),
    /// Any digit 1–9 (or 0–9 for scales): [`Action::Pick`].
    Digit,
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL) || event.modifiers.contains(KeyModifiers::ALT);
        match (self, event.code) {
            (Key::Char(c), KeyCode::Char(e)) => !ctrl && c == e,
            (Key::Ctrl(c), KeyCode::Char(e)) => event.modifiers.contains(KeyModifiers::CONTROL) && c == e,
            (Key::Code(code), e) => !ctrl && code == e,
            (Key::Alt(code), e) => event.modifiers.contains(KeyModifiers::ALT) && code == e,
            (Key::Digit, KeyCode::Char(e)) => !ctrl && e.is_ascii_digit(),
            _ => false,
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are shown (`←/h`).
    pub label: &'static str,
    /// The action.
    pub action: Action,
    /// What it does, in Dutch.
    pub help: &'static str,
    /// Whether the footer shows it (the help shows all).
    pub footer: bool,
}

const fn b(keys: &'static [Key], label: &'static str, action: Action, help: &'static str, footer: bool) -> Binding {
    Binding { keys, label, action, help, footer }
}

use Key::{Alt, Char, Code, Ctrl, Digit};

const HELP: Binding = b(&[Char('?'), Code(KeyCode::F(1))], "?", Action::Help, strings::K_HELP, true);
const QUIT: Binding = b(&[Char('q'), Ctrl('c')], "q", Action::Quit, strings::K_QUIT, true);
/// Ctrl+C where letters are typed: quit (asks first; a note being written is saved).
const QUIT_CTRL: Binding = b(&[Ctrl('c')], "Ctrl+C", Action::Quit, strings::K_QUIT, false);
/// Ctrl+U where letters are typed: empty the field (Ctrl+Z brings it back).
const CLEAR_FIELD: Binding = b(&[Ctrl('u')], "Ctrl+U", Action::ClearField, strings::K_CLEAR_FIELD, false);
/// A new line in a multi-line text: Alt+Enter, or Ctrl+J where the terminal takes Alt+Enter.
const NEW_LINE: Binding = b(&[Alt(KeyCode::Enter), Ctrl('j')], "Alt+Enter", Action::NewLine, strings::K_NEWLINE, true);
const UP: Binding = b(&[Code(KeyCode::Up), Char('k')], "↑/k", Action::Up, strings::K_UP, false);
const DOWN: Binding = b(&[Code(KeyCode::Down), Char('j')], "↓/j", Action::Down, strings::K_DOWN, false);
const NEXT: Binding = b(
    &[Code(KeyCode::Right), Char('l'), Code(KeyCode::PageDown), Code(KeyCode::Tab)],
    "→/l",
    Action::Next,
    strings::K_NEXT,
    true,
);
const BACK: Binding = b(
    &[Code(KeyCode::Left), Char('h'), Code(KeyCode::PageUp), Code(KeyCode::BackTab)],
    "←/h",
    Action::Back,
    strings::K_BACK,
    true,
);
const NOTE: Binding = b(&[Char('n')], "n", Action::Note, strings::K_NOTE, true);
const CLEAR: Binding = b(&[Char('x'), Code(KeyCode::Delete)], "x", Action::Clear, strings::K_CLEAR, false);
const STEPS: Binding = b(&[Char('s')], "s", Action::Steps, strings::K_STEPS, false);
const OVERVIEW: Binding = b(&[Char('o')], "o", Action::Overview, strings::K_OVERVIEW, false);
const RESULT: Binding = b(&[Char('r')], "r", Action::Result, strings::K_RESULT, false);

/// Bindings every question shares (after the kind's own).
const QUESTION_COMMON: &[Binding] = &[NEXT, BACK, NOTE, CLEAR, STEPS, OVERVIEW, RESULT, HELP, QUIT];

const START: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_OPEN, true),
    HELP,
    b(&[Char('q'), Ctrl('c'), Code(KeyCode::Esc)], "q", Action::Quit, strings::K_QUIT, true),
];

const FORM_NAV: [Binding; 2] = [
    b(&[Code(KeyCode::Tab), Code(KeyCode::Down)], "Tab/↓", Action::NextField, strings::K_NEXT_FIELD, true),
    b(&[Code(KeyCode::BackTab), Code(KeyCode::Up)], "⇧Tab/↑", Action::PrevField, strings::K_PREV_FIELD, false),
];

const INTAKE_TEXT: &[Binding] = &[
    FORM_NAV[0],
    FORM_NAV[1],
    b(&[Code(KeyCode::Enter)], "Enter", Action::Save, strings::K_START, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_TO_START, true),
    b(&[], "tekens", Action::Type, strings::K_TYPE, false),
    CLEAR_FIELD,
    QUIT_CTRL,
];

const INTAKE_CHOICE: &[Binding] = &[
    FORM_NAV[0],
    FORM_NAV[1],
    b(&[Code(KeyCode::Left), Code(KeyCode::Right), Char(' ')], "←/→", Action::Right, strings::K_CHANGE, true),
    b(&[Code(KeyCode::Enter)], "Enter", Action::Save, strings::K_START, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_TO_START, true),
    QUIT_CTRL,
];

const CHOICE: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_CHOOSE_NEXT, true),
    b(&[Char(' ')], "Spatie", Action::Toggle, strings::K_CHOOSE, false),
    b(&[Digit], "1–9", Action::Pick(0), strings::K_PICK, true),
    b(&[], "1 0", Action::Type, strings::K_TWO_DIGITS, false),
    b(&[Char('w')], "w", Action::DontKnow, strings::K_DONT_KNOW, false),
    b(&[Char('t')], "t", Action::Vote, strings::overleg::K_VOTE_SESSION, false),
];

const MULTI: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char(' ')], "Spatie", Action::Toggle, strings::K_TOGGLE, true),
    b(&[Digit], "1–9", Action::Pick(0), strings::K_TOGGLE_N, false),
    b(&[], "1 0", Action::Type, strings::K_TWO_DIGITS, false),
    b(&[Code(KeyCode::Enter)], "Enter", Action::Next, strings::K_NEXT, false),
    b(&[Char('w')], "w", Action::DontKnow, strings::K_DONT_KNOW, false),
];

const TEXT: &[Binding] = &[b(&[Code(KeyCode::Enter), Char('e')], "Enter/e", Action::Edit, strings::K_EDIT, true)];

const EDIT_LINE: &[Binding] = &[
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_SAVE_NEXT, true),
    b(&[Code(KeyCode::Esc), Ctrl('s')], "Esc", Action::Save, strings::K_SAVE_LEAVE, true),
    CLEAR_FIELD,
    b(&[], "←/→ Home End", Action::Type, strings::K_CURSOR, false),
    b(&[], "Ctrl+Z/Ctrl+Y", Action::Type, strings::K_UNDO, false),
    QUIT_CTRL,
];

/// A long answer: Enter and Esc as in a one-line answer; a new line takes Alt+Enter.
const EDIT_LONG: &[Binding] = &[
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_SAVE_NEXT, true),
    b(&[Code(KeyCode::Esc), Ctrl('s')], "Esc", Action::Save, strings::K_SAVE_LEAVE, true),
    NEW_LINE,
    CLEAR_FIELD,
    b(&[], "pijltjes Home End", Action::Type, strings::K_CURSOR, false),
    b(&[], "Ctrl+Z/Ctrl+Y", Action::Type, strings::K_UNDO, false),
    QUIT_CTRL,
];

/// The note popup: Enter and Esc both save and close; a new line takes Alt+Enter.
const EDIT_NOTE: &[Binding] = &[
    b(&[Code(KeyCode::Enter), Code(KeyCode::Esc), Ctrl('s')], "Enter/Esc", Action::Save, strings::K_SAVE_CLOSE, true),
    NEW_LINE,
    CLEAR_FIELD,
    b(&[], "pijltjes Home End", Action::Type, strings::K_CURSOR, false),
    b(&[], "Ctrl+Z/Ctrl+Y", Action::Type, strings::K_UNDO, false),
    QUIT_CTRL,
];

const RECORDS: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char('a'), Code(KeyCode::Insert)], "a", Action::Add, strings::K_ADD, true),
    b(&[Code(KeyCode::Enter), Char('e')], "Enter/e", Action::Edit, strings::K_EDIT_RECORD, true),
    b(&[Char('d')], "d", Action::Delete, strings::K_DELETE, true),
];

const RECORD_TEXT: &[Binding] = &[
    FORM_NAV[0],
    FORM_NAV[1],
    b(&[Code(KeyCode::Enter), Ctrl('s')], "Enter", Action::Save, strings::K_SAVE_RECORD, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    b(&[], "tekens", Action::Type, strings::K_TYPE, false),
    CLEAR_FIELD,
    QUIT_CTRL,
];

/// A choice field of the record form: ↑/↓ move through the options, Tab leaves the field.
const RECORD_CHOICE: &[Binding] = &[
    b(&[Code(KeyCode::Tab)], "Tab", Action::NextField, strings::K_NEXT_FIELD, true),
    b(&[Code(KeyCode::BackTab)], "⇧Tab", Action::PrevField, strings::K_PREV_FIELD, false),
    b(&[Code(KeyCode::Up)], "↑", Action::Up, strings::K_UP, false),
    b(&[Code(KeyCode::Down)], "↓", Action::Down, strings::K_DOWN, false),
    b(&[], "↑/↓", Action::Type, strings::K_OPTION, true),
    b(&[Char(' ')], "Spatie", Action::Toggle, strings::K_CHOOSE_TICK, true),
    b(&[Code(KeyCode::Enter), Ctrl('s')], "Enter", Action::Save, strings::K_SAVE_RECORD, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    QUIT_CTRL,
];

const OVERVIEW_KEYS: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_GO_TO, true),
    b(&[Code(KeyCode::Esc), Char('o')], "Esc", Action::Cancel, strings::K_BACK_TO_QUESTION, true),
    RESULT,
    HELP,
    QUIT,
];

const RESULT_KEYS: &[Binding] = &[
    b(&[Char('r')], "r", Action::WriteReport, strings::K_WRITE_REPORT, true),
    b(&[], "↑/↓", Action::Type, strings::K_SCROLL, true),
    UP,
    DOWN,
    b(&[Code(KeyCode::PageDown), Char(' ')], "PgDn/Spatie", Action::PageDown, strings::K_PAGE_DOWN, false),
    b(&[Code(KeyCode::PageUp)], "PgUp", Action::PageUp, strings::K_PAGE_UP, false),
    b(&[Code(KeyCode::Left), Char('h'), Code(KeyCode::Esc)], "←/Esc", Action::Back, strings::K_BACK_TO_QUESTION, true),
    b(&[Char('s')], "s", Action::Steps, strings::K_STEPS, false),
    b(&[Char('o')], "o", Action::Overview, strings::K_OVERVIEW, true),
    HELP,
    QUIT,
];

const FOLDER: &[Binding] = &[
    b(&[Code(KeyCode::Enter)], "Enter", Action::Save, strings::K_WRITE, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    b(&[], "tekens", Action::Type, strings::K_TYPE, false),
    CLEAR_FIELD,
    QUIT_CTRL,
];

const STEPS_KEYS: &[Binding] = &[
    UP,
    DOWN,
    b(&[Digit], "1–9", Action::Pick(0), strings::K_PICK_STEP, true),
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::K_GO_TO, true),
    b(&[Code(KeyCode::Esc), Char('q')], "Esc", Action::Cancel, strings::K_CLOSE, true),
];

const CONFIRM: &[Binding] = &[
    b(&[Char('j'), Char('J'), Code(KeyCode::Enter)], "j/Enter", Action::Yes, strings::K_YES, true),
    b(&[Char('n'), Char('N'), Code(KeyCode::Esc)], "n/Esc", Action::No, strings::K_NO, true),
];

const MESSAGE: &[Binding] = &[b(
    &[Code(KeyCode::Esc), Code(KeyCode::Enter), Char('?'), Char('q')],
    "Esc/Enter",
    Action::Cancel,
    strings::K_CLOSE,
    true,
)];

const MEETING_AGENDA: &[Binding] = &[
    UP,
    DOWN,
    b(&[Code(KeyCode::Enter)], "Enter", Action::Choose, strings::overleg::K_DISCUSS, true),
    b(&[Code(KeyCode::Esc), Char('o')], "Esc", Action::Cancel, strings::overleg::K_BACK_TO_ITEM, true),
    b(&[Char('r')], "r", Action::Result, strings::overleg::K_END, true),
    HELP,
    QUIT,
];

const MEETING_ITEM: &[Binding] = &[
    b(&[Char('a'), Code(KeyCode::Enter)], "a", Action::Agree, strings::overleg::K_AGREE, true),
    b(&[Char('v')], "v", Action::Divided, strings::overleg::K_DIVIDED, true),
    b(&[Char('t')], "t", Action::Vote, strings::overleg::K_VOTE, true),
    b(&[Char('x'), Code(KeyCode::Delete)], "x", Action::Clear, strings::overleg::K_CLEAR, false),
    NEXT,
    BACK,
    b(&[], "↑/↓", Action::Type, strings::overleg::K_SCROLL_ANSWERS, false),
    UP,
    DOWN,
    b(&[Char('o')], "o", Action::Overview, strings::overleg::K_AGENDA, true),
    b(&[Char('r')], "r", Action::Result, strings::overleg::K_END, false),
    HELP,
    QUIT,
];

const MEETING_END: &[Binding] = &[
    b(&[Char('r')], "r", Action::WriteReport, strings::overleg::K_WRITE_REPORT, true),
    b(&[Char('m')], "m", Action::More, strings::overleg::K_MORE, true),
    b(&[], "↑/↓", Action::Type, strings::K_SCROLL, false),
    UP,
    DOWN,
    b(
        &[Code(KeyCode::Left), Char('h'), Code(KeyCode::Esc)],
        "←/Esc",
        Action::Back,
        strings::overleg::K_LAST_ITEM,
        true,
    ),
    b(&[Char('o')], "o", Action::Overview, strings::overleg::K_AGENDA, true),
    HELP,
    QUIT,
];

const DECIDE_ANSWER: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char(' ')], "Spatie", Action::Toggle, strings::K_CHOOSE_TICK, false),
    b(&[Digit], "1–9", Action::Pick(0), strings::K_PICK, false),
    b(&[Code(KeyCode::Tab)], "Tab", Action::NextField, strings::overleg::K_TO_MOTIVATION, true),
    b(&[Code(KeyCode::Enter), Ctrl('s')], "Enter", Action::Save, strings::K_SAVE, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    QUIT_CTRL,
];

const DECIDE_TEXT: &[Binding] = &[
    b(&[Code(KeyCode::Enter), Ctrl('s')], "Enter", Action::Save, strings::K_SAVE, true),
    b(&[Code(KeyCode::Tab)], "Tab", Action::NextField, strings::K_NEXT_FIELD, false),
    b(&[Code(KeyCode::BackTab)], "⇧Tab", Action::PrevField, strings::K_PREV_FIELD, false),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    b(&[], "tekens", Action::Type, strings::K_TYPE, false),
    CLEAR_FIELD,
    QUIT_CTRL,
];

const VOTE_COUNT: &[Binding] = &[
    b(&[Digit], "0–9", Action::Pick(0), strings::overleg::K_COUNT, true),
    b(&[Code(KeyCode::Backspace)], "⌫", Action::Erase, strings::overleg::K_ERASE, false),
    b(&[Code(KeyCode::Tab), Code(KeyCode::Down)], "Tab/↓", Action::NextField, strings::K_NEXT_FIELD, true),
    b(&[Code(KeyCode::BackTab), Code(KeyCode::Up)], "⇧Tab/↑", Action::PrevField, strings::K_PREV_FIELD, false),
    b(&[Code(KeyCode::Enter), Ctrl('s')], "Enter", Action::Save, strings::K_SAVE, true),
    b(&[Code(KeyCode::Esc)], "Esc", Action::Cancel, strings::K_CANCEL, true),
    QUIT_CTRL,
];

/// The bindings of `context`, in display order.
pub fn bindings(context: Context) -> Vec<Binding> {
    let own: &[Binding] = match context {
        Context::Start => START,
        Context::IntakeText => INTAKE_TEXT,
        Context::IntakeChoice => INTAKE_CHOICE,
        Context::Choice => CHOICE,
        Context::Multi => MULTI,
        Context::Text => TEXT,
        Context::EditLine => EDIT_LINE,
        Context::EditLong => EDIT_LONG,
        Context::EditNote => EDIT_NOTE,
        Context::Records => RECORDS,
        Context::RecordText => RECORD_TEXT,
        Context::RecordChoice => RECORD_CHOICE,
        Context::Overview => OVERVIEW_KEYS,
        Context::Result => RESULT_KEYS,
        Context::Steps => STEPS_KEYS,
        Context::Confirm => CONFIRM,
        Context::Message => MESSAGE,
        Context::Folder => FOLDER,
        Context::MeetingAgenda => MEETING_AGENDA,
        Context::MeetingItem => MEETING_ITEM,
        Context::MeetingEnd => MEETING_END,
        Context::DecideAnswer => DECIDE_ANSWER,
        Context::DecideText => DECIDE_TEXT,
        Context::VoteCount => VOTE_COUNT,
    };
    let common: &[Binding] = if matches!(context, Context::Choice | Context::Multi | Context::Text | Context::Records) {
        QUESTION_COMMON
    } else {
        &[]
    };
    own.iter().chain(common).copied().collect()
}

/// Whether `event` quits while the window is too small to show anything (`q` or Ctrl+C).
pub fn quits_when_too_small(event: &KeyEvent) -> bool {
    QUIT.keys.iter().any(|k| k.matches(event))
}

/// The action `event` triggers in `context`, if any (keys not in the table go to an open editor).
pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    let binding = bindings(context).into_iter().find(|b| b.keys.iter().any(|k| k.matches(event)))?;
    match (binding.action, event.code) {
        (Action::Pick(_), KeyCode::Char(c)) => c.to_digit(10).and_then(|d| u8::try_from(d).ok()).map(Action::Pick),
        (Action::Right, KeyCode::Left) => Some(Action::Left),
        (action, _) => Some(action),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Context; 24] = [
        Context::Start,
        Context::IntakeText,
        Context::IntakeChoice,
        Context::Choice,
        Context::Multi,
        Context::Text,
        Context::EditLine,
        Context::EditLong,
        Context::EditNote,
        Context::Records,
        Context::RecordText,
        Context::RecordChoice,
        Context::Overview,
        Context::Result,
        Context::Steps,
        Context::Confirm,
        Context::Message,
        Context::Folder,
        Context::MeetingAgenda,
        Context::MeetingItem,
        Context::MeetingEnd,
        Context::DecideAnswer,
        Context::DecideText,
        Context::VoteCount,
    ];

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for context in ALL {
            let table = bindings(context);
            for (i, a) in table.iter().enumerate() {
                for other in &table[i + 1..] {
                    for key in a.keys {
                        assert!(
                            !other.keys.contains(key),
                            "{context:?}: {key:?} in '{}' and '{}'",
                            a.label,
                            other.label
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_context_can_be_left_and_has_a_footer() {
        for context in ALL {
            let table = bindings(context);
            assert!(table.iter().any(|b| b.footer), "{context:?} has no footer");
            assert!(
                table.iter().any(|b| matches!(
                    b.action,
                    Action::Quit | Action::Cancel | Action::Save | Action::No | Action::Back | Action::Choose
                )),
                "{context:?} cannot be left"
            );
        }
    }

    #[test]
    fn digits_carry_their_value() {
        let key = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(action_for(Context::Choice, &key), Some(Action::Pick(3)));
        assert_eq!(action_for(Context::EditLine, &key), None, "typed into the editor");
    }
}
