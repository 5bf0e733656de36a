"""The date of an event told by its own sentence: the date phrase attached to its trigger, its clause or the
verbs governing it, resolved against the article's anchor day (``kgraph.nlp.dates.resolve``).

A date in a dateline ("Tokyo, Jan. 10 (Jiji Press)--") dates the report, not an event; a date after "until"
bounds a span of time; a date on a verb of saying dates the saying; a date in a relative clause inside the
trigger's phrase tells of another deed.
"""

from __future__ import annotations

import datetime as dt
import re

from kgraph.nlp.actors.mentions import REPORTING_LEMMAS
from kgraph.nlp.dates.anchors import days_later_phrase, offset_clause, told_relative
from kgraph.nlp.dates.dateline import dateline_end
from kgraph.nlp.dates.resolve import resolve_date
from kgraph.nlp.events.modality import frames_a_cause, governing_chain
from kgraph.nlp.syntax import MEETING_NOUNS, STANCE_VERBS, TIME_PREPOSITIONS, doc_text, to_infinitive
from kgraph.nlp.wordlists import ordered, pairs, words

__all__ = ["event_dates", "sentence_date", "years_named", "below_relative_clause", "trigger_chain", "date_holder",
           "attributive"]

# a date after these words bounds a span of time and dates no event: "extended the sanctions until 28 February"
SPAN_BOUNDS = words("span_bounds")
SCHEDULING_PARTICIPLES = words("scheduling_participles")
SETTING_PREPOSITIONS = words("setting_prepositions")
CAUSE_PREPOSITIONS = words("cause_prepositions")


def event_dates(sent) -> list:
    """The date phrases of a sentence (and times of day that name one: "this afternoon", "Monday night"), but for
    one in a dateline or one that only bounds a span of time."""
    doc = sent.doc
    return [e for e in sent.ents if (e.label_ == "DATE" or e.label_ == "TIME" and _names_a_day(e.text))
            and not _in_dateline(e)
            and not (e.start > 0 and doc[e.start - 1].lower_ in SPAN_BOUNDS)]


# words by which a time of day names its day: the weekdays, the day words told relative to today, and "this"
_DAY_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*ordered("weekdays"), "this", *(
    w for w in pairs("relative_days") if " " not in w))) + r")\b", re.I)


def _names_a_day(text: str) -> bool:
    """Whether a time of day names its day ("this afternoon", "Monday night"; not "8.30 am")."""
    return bool(_DAY_WORDS.search(text))


def years_named(sent) -> set[str]:
    """The years a sentence names in its date phrases ("in 2019")."""
    return {m for e in event_dates(sent) for m in re.findall(r"\b(?:19|20)\d\d\b", e.text)}


def date_holder(ent):
    """The word a date phrase is attached to, through its preposition ("met on Monday" -> "met"; "on Tuesday
    morning": through the time word too)."""
    head = ent.root.head
    while head.ent_type_ in ("DATE", "TIME") and head.i != ent.root.i and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "prep" or head.pos_ == "ADP" else head


def _in_dateline(ent) -> bool:
    """A date in a dateline ("Tokyo, Jan. 10 (Jiji Press)--") dates the report, not an event."""
    if ent.end_char > 61:  # a dateline ends within the first 60 characters
        return False
    head = doc_text(ent.doc)[: ent.end_char + 40]
    end = dateline_end(head)  # "WARSAW/KYIV, Sept 19 (Reuters) - ": a wire dateline with a plain hyphen
    if end is not None and ent.end_char <= end:
        return True
    for mark in ("--", " — ", "—", " – "):
        cut = head.find(mark)
        if 0 < cut < 60 and ent.end_char <= cut + 1:
            return True
    return False


def _clause_verb(tok):
    for candidate in [tok, *tok.ancestors]:
        if candidate.pos_ in ("VERB", "AUX"):
            return candidate
    return tok.sent.root


def below_relative_clause(tok, trigger) -> bool:
    """Whether a word sits in a relative clause inside the trigger's phrase, which tells of another deed."""
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.dep_ == "relcl":
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
    return False


def sentence_date(sent, trigger, anchor: dt.date | None, future: bool) -> str | None:
    """The date phrase attached to the trigger, its clause, or the verbs governing it."""
    if days_later_phrase(sent, trigger) is not None or offset_clause(trigger) is not None:
        return None  # "and will fly to Seoul the following day", "two days after jets struck": lent later
    dates = event_dates(sent)
    cause = next((t for t in trigger.ancestors if frames_a_cause(t) or (
        t.dep_ == "prep" and t.lower_ in CAUSE_PREPOSITIONS)), None)  # ("because of the invasion", "due to")
    if cause is not None:  # "adopted measures today in view of Russia's war": the war is not of today
        inside = {t.i for t in cause.subtree}
        dates = [e for e in dates if e.root.i in inside]
    if not dates:
        return None
    chain = {t.i for t in trigger_chain(trigger)}
    subtree = {t.i for t in trigger.subtree}
    if trigger.dep_ == "acl" and to_infinitive(trigger):  # "approved on Monday Sweden's bid to join NATO": the
        dates = [e for e in dates if date_holder(e).i in subtree]  # day of the approval, not of the seeking
    clause = _clause_verb(trigger).i
    conjuncts = _earlier_conjuncts(_clause_verb(trigger))
    attached = []
    stance = trigger.pos_ == "VERB" and trigger.lemma_.lower() in STANCE_VERBS and not any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in trigger.children)
    # ("welcomed the decision" takes a stance; "welcomed Mohamud with a guard of honour" receives a guest)
    for ent in dates:
        head = date_holder(ent)
        if stance and head.i != trigger.i and head.pos_ in ("NOUN", "PROPN") and head.i in subtree:
            continue  # "condemn the launch of a missile on 18 December": the day of the launch, not of the stance
        if future and head.i != trigger.i and head.i in chain and head.tag_ == "VBD":
            continue  # "agreed on Wednesday to cooperate": the day of the agreement, not of the cooperation
        gathering = _scheduled_for(ent, subtree)
        if gathering is not None and gathering.i != trigger.i and not (
                gathering.dep_ == "pobj" and gathering.head.head.i == trigger.i):
            continue  # "refused an invitation to a summit scheduled for Saturday": the summit's day, not the refusal's
        if attributive(ent) and ent.root.head.i != trigger.i and not _a_setting(ent.root.head):
            continue  # "finalised the agenda for Sharif's Thursday visit": the day of the visit, not of the agenda
        if below_relative_clause(head, trigger):
            continue  # "traveled to Kyiv from Poland, where he met Tusk on Thursday": the day of the meeting
        if head.i in chain or ent.root.i in subtree or head.i in subtree or _clause_verb(head).i == clause \
                or (_clause_verb(head).i in conjuncts and ent.start < trigger.i):
            # ("admitted Belarus as its tenth member on Thursday and signed a declaration": the first deed's day)
            attached.append(ent)
    # the trigger's own date phrase first, then the day a gathering of its clause is set for
    attached.sort(key=lambda e: (date_holder(e).i != trigger.i, _scheduled_for(e, subtree) is None))
    attached = attached or _reported_clause_dates(trigger, dates) or ([] if future else _governing_dates(trigger, dates))
    for ent in attached:
        if told_relative(ent.text):
            return None  # "the following day", "later that day": the day is lent from the days told before
        gathering = _scheduled_for(ent, subtree)
        ahead = future or (gathering is not None and not _told_as_past(gathering))
        found = resolve_date(ent.text, anchor, None if not ahead and attributive(ent) else ahead)
        if found and stance and _present_tense(trigger) and anchor is not None \
                and found < anchor.isoformat() and date_holder(ent).i == trigger.i:
            continue  # "we condemn the launch of a missile on 18 December": a stance taken now on a past deed
        if found:
            return found
    return None


def _earlier_conjuncts(verb) -> set[int]:
    """The verbs a verb is coordinated under, told before it with the same tense ("admitted ... and signed"; not
    "signed ... and will meet")."""
    found = set()
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.tag_ == verb.tag_ \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
        found.add(verb.i)
    return found


def _scheduled_for(ent, subtree: set[int]):
    """The gathering of the trigger's phrase a date sets a day ahead for ("flew to Kyiv for talks with Zelenskiy,
    set for Wednesday"; "refused to meet Hichilema at a summit scheduled for Saturday"), or None."""
    holder = date_holder(ent)
    if holder.lower_ in SCHEDULING_PARTICIPLES and holder.dep_ in ("acl", "amod") and holder.head.i in subtree:
        return holder.head
    return None


def attributive(ent) -> bool:
    """Whether a date phrase names the day of the noun it modifies, with no tense to tell which ("Sharif's
    Thursday visit", "Monday's talks"): then it is the nearest such day."""
    head = ent.root.head
    return head.pos_ == "NOUN" and ent.root.dep_ in ("compound", "poss", "nmod") and head.ent_type_ not in (
        "DATE", "TIME")  # ("Monday evening" is a time of that day)


def _a_setting(noun) -> bool:
    """Whether a noun sets what its clause tells at it: "signed the deal at Monday's summit"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPOSITIONS


def _told_as_past(noun) -> bool:
    """Whether a gathering is the subject of a verb in the past: "a meeting planned for Monday did not take place"
    (that Monday has passed; "to meet at talks planned for Tuesday" sets no time of its own)."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and (verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _present_tense(verb) -> bool:
    """A verb in the simple present ("condemn", "condemns"; the tagger may call a bare present "VB")."""
    return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))


def _governing_dates(trigger, dates: list) -> list:
    """A done or failed deed told in a clause under a dated verb takes its date: "the bid fell through
    Wednesday, with the two leaders failing to meet". A date on a verb of saying dates the saying, not
    the deed, unless the deed is told as just done ("announced on Friday it has recalled its envoy"); an event still
    planned is not dated by the day it was planned."""
    ancestors = set()
    for t in trigger.ancestors:  # up to a cause: "decided today to act in view of X's support" does not date X
        if frames_a_cause(t) or (t.dep_ == "prep" and t.lower_ in TIME_PREPOSITIONS
                                 and trigger.lemma_.lower() not in MEETING_NOUNS):
            break  # (nor is "struck on Wednesday, after an attack that Delhi blamed on X" the day of the blame)
        ancestors.add(t.i)
    found = []
    just_done = _present_perfect(_clause_verb(trigger))
    for ent in dates:
        head = date_holder(ent)
        if head.i in ancestors and head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() not in REPORTING_LEMMAS or just_done):
            found.append(ent)
    return found


def _present_perfect(verb) -> bool:
    """A deed told as just done ("has cut off relations", "has closed its airspace and cut all trade"): reported
    so on a day, it was done by that day."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        verb = verb.head  # (a verb coordinated under "has closed" shares its "has")
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _reported_clause_dates(trigger, dates: list) -> list:
    """Dates the parser hung on the reporting verb although they close the reported clause:
    "X will visit Seoul on Monday, the governments said Friday" (Monday is the visit's)."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
            continue
        speech = clause.head
        subjects = [c.left_edge.i for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
        reported_end = min(subjects + [speech.i])
        return [e for e in dates if clause.left_edge.i < e.start and e.end <= reported_end and speech.i > e.end
                and speech in (e.root.head, e.root.head.head)]
    return []


def trigger_chain(trigger) -> list:
    """Tokens whose attachments count as the trigger's own (for dates and places)."""
    return governing_chain(trigger)
