//! The group file on disk (`group_format = 1`, documented in `docs/SESSIEBESTAND.md`): a
//! self-contained TOML file that carries every respondent's whole session (answers and notes, name
//! and role) and what the consensus meeting decided per question. Loading reports every problem as
//! `file:line:column` in Dutch and never touches the file; [`GroupFile`] saves every decision
//! atomically before returning, like a session.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Decision, DecisionStatus, GROUP_FORMAT, Group, Member, texts};
use crate::answer::{Answer, Mode, Record};
use crate::error::{IoError, Position, Problem, toml_message};
use crate::fsutil::save_atomic;
use crate::session::{Entry, LoadError, Lock, Respondent, Role, Session};

/// The largest session file `samenvoegen` reads; a real one is a few dozen kilobytes.
pub const MAX_SESSION_BYTES: u64 = 2 * 1024 * 1024;
/// The largest group file `rapport` reads.
pub const MAX_GROUP_BYTES: u64 = 64 * 1024 * 1024;

/// What kind of Regiewijzer file some bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A respondent's session (or not a Regiewijzer file at all: the session loader says which).
    Session,
    /// A group file.
    Group,
}

/// Tell a group file from a session by its `group_format` key, without parsing the rest: a
/// corrupt group file is then still reported as a group file.
pub fn detect(bytes: &[u8]) -> FileKind {
    // Most files are sessions: without the key anywhere there is nothing to look at line by line.
    if std::str::from_utf8(bytes).is_ok_and(|t| !t.contains("group_format")) {
        return FileKind::Session;
    }
    let text = String::from_utf8_lossy(bytes);
    let is_group = text.lines().any(|line| {
        line.trim_start().strip_prefix("group_format").is_some_and(|rest| rest.trim_start().starts_with('='))
    });
    if is_group { FileKind::Group } else { FileKind::Session }
}

/// Read at most `limit` bytes of the regular file `path` ([`crate::fsutil::read_at_most`], the one
/// way data files are read); a larger file, a folder or a device is a [`Problem`], never read whole.
pub fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, LoadError> {
    read_head(path, limit, limit, what)
}

/// The first `head` bytes (at most) of the regular file `path`, which may be at most `limit` bytes
/// long; a larger file, a folder or a device is a [`Problem`].
pub fn read_head(path: &Path, head: u64, limit: u64, what: &str) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    read_head_into(path, head, limit, what, &mut bytes)?;
    Ok(bytes)
}

/// [`read_head`] into `bytes` (cleared first), so that a caller reading many files reuses one
/// buffer; returns the metadata of the file read (which file it is, however it was named).
pub fn read_head_into(
    path: &Path,
    head: u64,
    limit: u64,
    what: &str,
    bytes: &mut Vec<u8>,
) -> Result<std::fs::Metadata, LoadError> {
    use crate::fsutil::ReadError;
    crate::fsutil::read_head_into(path, head, limit, "kan het bestand niet lezen:", bytes).map_err(|e| match e {
        ReadError::Io(io) => LoadError::Io(io),
        ReadError::NotAFile { .. } => {
            LoadError::Invalid(Problem::new(path, Position::START, texts::not_a_file(what), texts::HINT_FILE))
        }
        ReadError::TooLarge { .. } => {
            LoadError::Invalid(Problem::new(path, Position::START, texts::too_large(what, limit), texts::HINT_FILE))
        }
    })
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    group_format: u32,
    questionnaire: String,
    questionnaire_version: String,
    gemeente: String,
    created: jiff::Timestamp,
    updated: jiff::Timestamp,
    #[serde(default)]
    respondents: Vec<RawMember>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    decisions: BTreeMap<String, RawDecision>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMember {
    source: String,
    gemeente: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: Role,
    #[serde(default)]
    mode: Mode,
    created: jiff::Timestamp,
    updated: jiff::Timestamp,
    #[serde(default)]
    answers: BTreeMap<String, RawEntry>,
}

/// The answer keys of a session entry (`choice`, `choices`, `number`, `text`, `records`) and a
/// note; at most one answer key, checked while parsing so the error carries the entry's position.
#[derive(Serialize, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct AnswerFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    choice: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records: Option<Vec<Record>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    /// A groepssessie's vote (member entries only; a decision keeps its own `votes`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    votes: BTreeMap<String, u32>,
}

impl AnswerFields {
    fn of(answer: Option<&Answer>, note: Option<&str>) -> Self {
        let mut raw = AnswerFields { note: note.map(str::to_string), ..AnswerFields::default() };
        match answer {
            Some(Answer::Choice(c)) => raw.choice = Some(c.clone()),
            Some(Answer::Choices(c)) => raw.choices = Some(c.clone()),
            Some(Answer::Number(n)) => raw.number = Some(*n),
            Some(Answer::Text(t)) => raw.text = Some(t.clone()),
            Some(Answer::Records(r)) => raw.records = Some(r.clone()),
            None => {}
        }
        raw
    }

    /// The entry, or why not: more than one kind of answer.
    fn entry(self) -> Result<Entry, String> {
        let answers = [
            self.choice.map(Answer::Choice),
            self.choices.map(Answer::Choices),
            self.number.map(Answer::Number),
            self.text.map(Answer::Text),
            self.records.map(Answer::Records),
        ];
        let mut given = answers.into_iter().flatten();
        let answer = given.next();
        if given.next().is_some() {
            return Err(crate::error::own_message(texts::TWO_KINDS));
        }
        Ok(Entry { answer, note: self.note, votes: self.votes })
    }
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(try_from = "AnswerFields", into = "AnswerFields")]
struct RawEntry(Entry);

impl TryFrom<AnswerFields> for RawEntry {
    type Error = String;
    fn try_from(fields: AnswerFields) -> Result<Self, String> {
        Ok(RawEntry(fields.entry()?))
    }
}

impl From<RawEntry> for AnswerFields {
    fn from(e: RawEntry) -> Self {
        AnswerFields { votes: e.0.votes, ..AnswerFields::of(e.0.answer.as_ref(), e.0.note.as_deref()) }
    }
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct DecisionFields {
    status: DecisionStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    choice: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    motivation: Option<String>,
    updated: jiff::Timestamp,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    votes: BTreeMap<String, u32>,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(try_from = "DecisionFields", into = "DecisionFields")]
struct RawDecision(Decision);

impl TryFrom<DecisionFields> for RawDecision {
    type Error = String;
    fn try_from(f: DecisionFields) -> Result<Self, String> {
        let fields = AnswerFields {
            choice: f.choice,
            choices: f.choices,
            number: f.number,
            text: f.text,
            ..AnswerFields::default()
        };
        let answer = fields.entry()?.answer;
        if f.status == DecisionStatus::Akkoord && answer.is_none() {
            return Err(crate::error::own_message(texts::AGREED_WITHOUT_ANSWER));
        }
        Ok(RawDecision(Decision {
            status: f.status,
            answer,
            motivation: f.motivation,
            votes: f.votes,
            updated: f.updated,
        }))
    }
}

impl From<RawDecision> for DecisionFields {
    fn from(d: RawDecision) -> Self {
        let d = d.0;
        let a = AnswerFields::of(d.answer.as_ref(), None);
        DecisionFields {
            status: d.status,
            choice: a.choice,
            choices: a.choices,
            number: a.number,
            text: a.text,
            motivation: d.motivation,
            updated: d.updated,
            votes: d.votes,
        }
    }
}

impl<'de> Deserialize<'de> for DecisionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "akkoord" => Ok(DecisionStatus::Akkoord),
            "verdeeld" => Ok(DecisionStatus::Verdeeld),
            other => Err(serde::de::Error::custom(crate::error::own_message(&texts::unknown_status(other)))),
        }
    }
}

/// The group as TOML text.
pub fn to_toml(group: &Group) -> String {
    let raw = RawGroup {
        group_format: GROUP_FORMAT,
        questionnaire: group.questionnaire.clone(),
        questionnaire_version: group.questionnaire_version.clone(),
        gemeente: group.gemeente.clone(),
        created: group.created,
        updated: group.updated,
        respondents: group.members.iter().map(raw_member).collect(),
        decisions: group.decisions.iter().map(|(k, d)| (k.clone(), RawDecision(d.clone()))).collect(),
    };
    let body = toml::to_string(&raw).unwrap_or_else(|e| format!("# kon niet schrijven: {e}\n"));
    format!("{}{body}", texts::FILE_HEADER)
}

fn raw_member(m: &Member) -> RawMember {
    let s = &m.session;
    RawMember {
        source: m.source.clone(),
        gemeente: s.respondent.gemeente.clone(),
        name: s.respondent.name.clone(),
        role: s.respondent.role,
        mode: s.mode,
        created: s.created,
        updated: s.updated,
        answers: s.entries.iter().map(|(k, e)| (k.clone(), RawEntry(e.clone()))).collect(),
    }
}

/// Save `group` to `path` atomically (the only way group files reach the disk).
pub fn save(group: &Group, path: &Path) -> Result<(), IoError> {
    save_atomic(path, to_toml(group).as_bytes())
}

/// Load the group file `path`. Any problem is reported with file and line; the file is not changed.
pub fn load(path: &Path) -> Result<Group, LoadError> {
    let bytes = read_limited(path, MAX_GROUP_BYTES, texts::GROUP_FILE)?;
    from_bytes(&bytes, path).map_err(LoadError::Invalid)
}

/// Parse group-file bytes read from `path`.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Group, Problem> {
    let problem = |pos: Position, msg: String, hint: &str| Problem::new(path, pos, msg, hint);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(problem(Position::START, texts::EMPTY_FILE.into(), texts::HINT_CORRUPT));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        problem(Position::of_offset(valid, valid.len()), texts::NOT_UTF8.into(), texts::HINT_CORRUPT)
    })?;
    let table = toml::de::DeTable::parse(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        problem(Position::of_offset(text, at), texts::corrupt(&toml_message(e.message())), texts::HINT_CORRUPT)
    })?;
    check_format(text, table.get_ref(), path)?;
    let raw = RawGroup::deserialize(toml::de::Deserializer::from(table)).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        problem(Position::of_offset(text, at), texts::invalid(&toml_message(e.message())), texts::HINT_CORRUPT)
    })?;
    Ok(from_raw(raw))
}

fn from_raw(raw: RawGroup) -> Group {
    let members = raw
        .respondents
        .into_iter()
        .map(|m| Member {
            source: m.source,
            session: Session {
                questionnaire: raw.questionnaire.clone(),
                questionnaire_version: raw.questionnaire_version.clone(),
                mode: m.mode,
                respondent: Respondent { gemeente: m.gemeente, name: m.name, role: m.role },
                created: m.created,
                updated: m.updated,
                entries: m.answers.into_iter().map(|(k, e)| (k, e.0)).collect(),
            },
        })
        .collect();
    Group {
        questionnaire: raw.questionnaire,
        questionnaire_version: raw.questionnaire_version,
        gemeente: raw.gemeente,
        created: raw.created,
        updated: raw.updated,
        members,
        decisions: raw.decisions.into_iter().map(|(k, d)| (k, d.0)).collect(),
    }
}

fn check_format(text: &str, table: &toml::de::DeTable<'_>, path: &Path) -> Result<(), Problem> {
    let Some((_, value)) = table.iter().find(|(k, _)| k.get_ref() == "group_format") else {
        return Err(Problem::new(path, Position::START, texts::NOT_A_GROUP_FILE, texts::HINT_NOT_GROUP));
    };
    let at = Position::of_offset(text, value.span().start);
    let version = value.get_ref().as_integer().and_then(|i| i.as_str().parse::<u64>().ok());
    match version {
        Some(v) if v == u64::from(GROUP_FORMAT) => Ok(()),
        Some(v) if v > u64::from(GROUP_FORMAT) => {
            Err(Problem::new(path, at, texts::newer_format(v, GROUP_FORMAT), texts::HINT_NEWER))
        }
        _ => Err(Problem::new(path, at, texts::UNKNOWN_FORMAT, texts::HINT_NOT_GROUP)),
    }
}

/// An open group file, for the consensus meeting. Every decision is saved atomically before the
/// method returns; if saving fails, memory is left as it was, so memory and disk never disagree.
/// A lock beside the file keeps a second process out, as for sessions.
#[derive(Debug)]
pub struct GroupFile {
    path: PathBuf,
    group: Group,
    _lock: Lock,
}

impl GroupFile {
    /// Create a new group file at `path`, which must not exist yet, and save it.
    pub fn create(path: &Path, group: Group) -> Result<Self, LoadError> {
        let lock = Lock::acquire(path)?;
        if path.exists() {
            let err = std::io::Error::new(std::io::ErrorKind::AlreadyExists, texts::EXISTS);
            return Err(IoError::new("kan het groepsbestand niet maken:", path, err).into());
        }
        save(&group, path)?;
        Ok(Self { path: path.to_path_buf(), group, _lock: lock })
    }

    /// Open the existing group file at `path`, taking its lock.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let lock = Lock::acquire(path)?;
        let group = load(path)?;
        Ok(Self { path: path.to_path_buf(), group, _lock: lock })
    }

    /// The group as it is on disk.
    pub fn group(&self) -> &Group {
        &self.group
    }

    /// Where it is saved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Apply `change` and save; on failure nothing changes.
    pub fn update(&mut self, change: impl FnOnce(&mut Group)) -> Result<(), IoError> {
        let mut next = self.group.clone();
        change(&mut next);
        save(&next, &self.path)?;
        self.group = next;
        Ok(())
    }

    /// The group agrees on `answer` for question `id`, with a short motivation (may be empty).
    pub fn agree(&mut self, id: &str, answer: Answer, motivation: &str) -> Result<(), IoError> {
        self.record(id, DecisionStatus::Akkoord, Some(answer), motivation, BTreeMap::new())
    }

    /// The group stays divided on question `id` ("blijft verdeeld"), with a short motivation.
    pub fn keep_divided(&mut self, id: &str, motivation: &str) -> Result<(), IoError> {
        self.record(id, DecisionStatus::Verdeeld, None, motivation, BTreeMap::new())
    }

    /// A groepssessie's vote on question `id` (option id → votes) with a note, and the answer the
    /// group goes on with (`None`: it stays divided). The vote counts as divergence in the report.
    pub fn record_vote(
        &mut self,
        id: &str,
        votes: BTreeMap<String, u32>,
        answer: Option<Answer>,
        note: &str,
    ) -> Result<(), IoError> {
        let status = if answer.is_some() { DecisionStatus::Akkoord } else { DecisionStatus::Verdeeld };
        self.record(id, status, answer, note, votes)
    }

    /// Remove the decision on question `id`: the consensus rule applies again.
    pub fn clear_decision(&mut self, id: &str) -> Result<(), IoError> {
        self.update(|g| {
            if g.decisions.remove(id).is_some() {
                g.updated = jiff::Timestamp::now();
            }
        })
    }

    fn record(
        &mut self,
        id: &str,
        status: DecisionStatus,
        answer: Option<Answer>,
        motivation: &str,
        votes: BTreeMap<String, u32>,
    ) -> Result<(), IoError> {
        let motivation = (!motivation.trim().is_empty()).then(|| motivation.trim().to_string());
        let decision = Decision { status, answer, motivation, votes, updated: jiff::Timestamp::now() };
        self.update(|g| g.decide(id, decision))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group() -> Group {
        let t: jiff::Timestamp = "2026-10-01T09:00:00Z".parse().unwrap();
        let mut session = Session {
            questionnaire: "vvsg-4p".into(),
            questionnaire_version: "1.0.0".into(),
            mode: Mode::Volledig,
            respondent: Respondent { gemeente: "Netevelde".into(), name: "An".into(), role: Role::Schepen },
            created: t,
            updated: t,
            entries: BTreeMap::new(),
        };
        session.set_answer("context.fase", Answer::Choice("overleg".into()));
        session.set_note("context.fase", "Zie \"verslag\"\nvan mei.");
        session.set_votes("context.fase", &[("overleg".to_string(), 3), ("engagement".to_string(), 2)].into());
        let mut record = Record::new();
        record.insert("naam".into(), crate::answer::FieldValue::Text("CAW".into()));
        session.set_answer("participanten.actoren", Answer::Records(vec![record]));
        session.set_answer("start.vte", Answer::Number(1.5));
        session.set_answer("oud.id", Answer::Choices(vec!["a".into()]));
        let mut decisions = BTreeMap::new();
        decisions.insert(
            "context.fase".to_string(),
            Decision {
                status: DecisionStatus::Akkoord,
                answer: Some(Answer::Choice("overleg".into())),
                motivation: Some("Zo zien we het allemaal.".into()),
                votes: [("overleg".to_string(), 3), ("engagement".to_string(), 2)].into(),
                updated: t,
            },
        );
        Group {
            questionnaire: "vvsg-4p".into(),
            questionnaire_version: "1.0.0".into(),
            gemeente: "Netevelde".into(),
            created: t,
            updated: t,
            members: vec![Member { source: "an.toml".into(), session }],
            decisions,
        }
    }

    #[test]
    fn round_trips_every_kind_of_answer_and_decision() {
        let g = group();
        let text = to_toml(&g);
        assert_eq!(detect(text.as_bytes()), FileKind::Group);
        let back = from_bytes(text.as_bytes(), Path::new("g.toml")).unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn sessions_are_not_group_files() {
        assert_eq!(detect(b"format = 1\n[respondent]\ngemeente = \"x\"\n"), FileKind::Session);
        assert_eq!(detect(b"# group_format = 1 in a comment\nformat = 1\n"), FileKind::Session);
    }

    #[test]
    fn an_entry_with_two_answers_is_located() {
        let text = to_toml(&group()).replace("number = 1.5", "number = 1.5\nchoice = \"ja\"");
        let err = from_bytes(text.as_bytes(), Path::new("g.toml")).unwrap_err();
        let line = text.lines().position(|l| l.contains("[respondents.answers.\"start.vte\"]")).unwrap() + 1;
        assert!(err.message.contains("meer dan één soort antwoord"), "{err}");
        assert!(err.position.line >= line && err.position.line <= line + 2, "{err} (expected near line {line})");
    }

    #[test]
    fn an_agreement_without_answer_is_refused() {
        let text = to_toml(&group()).replace("choice = \"overleg\"\nmotivation", "motivation");
        let err = from_bytes(text.as_bytes(), Path::new("g.toml")).unwrap_err();
        assert!(err.message.contains("zonder antwoord"), "{err}");
    }

    #[test]
    fn newer_and_missing_formats_are_named() {
        let text = to_toml(&group()).replace("group_format = 1", "group_format = 7");
        let err = from_bytes(text.as_bytes(), Path::new("g.toml")).unwrap_err();
        assert!(err.message.contains("formaat 7"), "{err}");
        assert!(err.hint.contains("nieuwere"), "{err}");
        let err = from_bytes(b"format = 1\n", Path::new("g.toml")).unwrap_err();
        assert!(err.message.contains("geen Regiewijzer-groepsbestand"), "{err}");
    }

    #[test]
    fn decisions_are_saved_before_returning_and_lock_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groep.toml");
        let mut file = GroupFile::create(&path, group()).unwrap();
        assert!(GroupFile::open(&path).is_err(), "a second opener is refused");
        file.agree("strategie.visie", Answer::Choice("gedeeltelijk".into()), " Nog uit te schrijven. ").unwrap();
        file.keep_divided("strategie.ambitie", "").unwrap();
        let on_disk = load(&path).unwrap();
        assert_eq!(&on_disk, file.group());
        let visie = &on_disk.decisions["strategie.visie"];
        assert_eq!(visie.motivation.as_deref(), Some("Nog uit te schrijven."));
        assert_eq!(on_disk.decisions["strategie.ambitie"].status, DecisionStatus::Verdeeld);
        file.clear_decision("strategie.ambitie").unwrap();
        assert!(!load(&path).unwrap().decisions.contains_key("strategie.ambitie"));
        assert!(GroupFile::create(&path, group()).is_err(), "never over an existing file");
    }

    #[test]
    fn heads_and_whole_files_into_one_buffer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        let text: Vec<u8> = (0..20_000u32).map(|i| b'a' + u8::try_from(i % 26).unwrap()).collect();
        std::fs::write(&path, &text).unwrap();
        let mut buf = Vec::new();
        for (head, limit, expected) in
            [(100, 30_000, &text[..100]), (30_000, 30_000, &text[..]), (20_000, 20_000, &text[..])]
        {
            let meta = read_head_into(&path, head, limit, "sessiebestand", &mut buf).unwrap();
            assert_eq!(meta.len(), 20_000);
            assert_eq!(buf, expected, "head {head}");
        }
        std::fs::write(&path, b"").unwrap();
        read_head_into(&path, 100, 1000, "sessiebestand", &mut buf).unwrap();
        assert!(buf.is_empty(), "the buffer is cleared");
        std::fs::write(&path, &text).unwrap();
        let err = read_head_into(&path, 100, 19_999, "sessiebestand", &mut buf).unwrap_err();
        assert!(err.to_string().contains("te groot"), "refused by its size, before reading: {err}");
    }

    #[test]
    fn oversized_files_and_folders_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("groot.toml");
        std::fs::write(&big, vec![b'#'; 2048]).unwrap();
        let err = read_limited(&big, 1024, "sessiebestand").unwrap_err();
        assert!(err.to_string().contains("te groot"), "{err}");
        let err = read_limited(dir.path(), 1024, "sessiebestand").unwrap_err();
        assert!(err.to_string().contains("geen gewoon bestand"), "{err}");
    }
}
