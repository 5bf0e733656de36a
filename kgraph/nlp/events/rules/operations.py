"""Material cooperation told by what parties do together (CAMEO 06): operations held jointly ("Indian and
Vietnamese ships began joint drills", "Peru will hold naval exercises with Chile") and what one party knows
handed to another ("Kenya shared intelligence with Uganda")."""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.arguments.parse import _compound, _joined, _lemma, _phrasal, _pos, _topic
from kgraph.nlp.arguments.reader import SentenceRules
from kgraph.nlp.arguments.topics import topic_text
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.ties import COOPERATION_NOUNS
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

JOINT_OPERATION_NOUNS = words("joint_operation_nouns")
CONDUCTING_VERBS = words("conducting_verbs")
JOINT_VENTURE_NOUNS = words("joint_venture_nouns")
JOINT_MARKS = words("joint_marks")
GENERIC_WORK_NOUNS = words("generic_work_nouns")  # "joint work on X": named by X
SHARED_KNOWLEDGE_NOUNS = words("shared_knowledge_nouns")
SHARING_VERBS = words("sharing_verbs")
#: Who may hold an operation or share what they know.
COOPERATING_TYPES = ("country", "organisation", "person")


def _conducts(verb) -> bool:
    """Whether a verb, with its particle or without ("started off Tangier" misread as a phrasal verb), carries out
    an operation."""
    return _pos(verb) == "VERB" and (_phrasal(verb) in CONDUCTING_VERBS or _lemma(verb) in CONDUCTING_VERBS)


def _conducting_verb(noun):
    """The verb by which an operation noun is carried out ("held drills", "took part in drills", "drills held
    by A and B", "began a week of drills"), or None."""
    for child in noun.children:  # "the drills held by Seoul and Washington"
        if child.dep_ == "acl" and child.tag_ == "VBN" and _conducts(child):
            return child
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
            and (head.head.ent_type_ in ("DATE", "TIME") or head.head.lemma_.lower() in ("round", "series")):
        noun, head = head.head, head.head.head  # "began five days of joint drills", "a new round of patrols"
    if noun.dep_ == "dobj" and (_conducts(head) or _pos(head) == "VERB" and _lemma(head) == "join"):
        return head
    if noun.dep_ == "nsubj" and _conducts(head) and not any(c.dep_ == "dobj" for c in head.children):
        return head  # "their joint work on solar power began in 2021", "the drills ended on Friday"
    if noun.dep_ == "pobj" and head.lower_ == "in" and _pos(head.head) == "VERB" \
            and _lemma(head.head) in ("participate", "take"):
        return head.head  # "took part in joint patrols", "participated in the exercises"
    return None


def _joint_venture(noun) -> bool:
    """An undertaking marked as joint: "a joint project", "a bilateral commission", "joint research"."""
    return (_lemma(noun) in JOINT_VENTURE_NOUNS or _compound(noun) in JOINT_VENTURE_NOUNS) \
        and any(c.dep_ == "amod" and c.lower_ in JOINT_MARKS for c in noun.children)


def _cooperating(actors: list[Actor]) -> list[Actor]:
    return [a for a in _joined([], actors) if a.type in COOPERATING_TYPES]


def _doers(verb, rules: SentenceRules) -> tuple[list[Actor], float]:
    """Who does what a verb tells: its subject, else the states its subject's people or things belong to
    ("Kenyan intelligence officers shared ...", "Indian and Vietnamese ships began ...")."""
    actors, certainty = rules.verb_subject(verb)
    if actors:
        return actors, certainty
    found = [f for s in verb.children if s.dep_ == "nsubj" for f in rules.state_behind(s, any_noun=True)]
    return [a for a, _ in found], min((c for _, c in found), default=0.0)


def _unnamed_phrase(noun) -> str:
    """A noun with the common words that modify it, the names left out: "joint naval drills" of "joint Indian
    naval drills"."""
    return " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound")
                    and not t.ent_type_ and t.pos_ != "PROPN" or t.i == noun.i)


def _operation_topic(noun) -> str:
    """What an operation is called: the noun with its common modifiers ("joint naval drills"), or for a word that
    names no work of its own what it is on or for ("joint work on the new highway" -> "new highway", "a joint
    effort to clean the lake" -> "cleaning lake")."""
    if _lemma(noun) not in GENERIC_WORK_NOUNS:
        return _unnamed_phrase(noun)
    on = prep_objects(noun, "on", "in", "against") or (
        prep_objects(noun.head, "on", "against") if noun.dep_ == "dobj" else [])  # (hung on the verb)
    aims = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return topic_text(on[0]) if on else topic_text(aims[0], clause=True) if aims else _unnamed_phrase(noun)


def _parties_of_operation(noun, verb, rules: SentenceRules) -> tuple[list[Actor], float]:
    """Who holds an operation: the verb's subject (or the states its forces belong to: "Indian and Vietnamese
    ships"), the partners "with" it, and the states named on the noun ("US-Philippine patrols")."""
    actors, certainty = _doers(verb, rules)
    partners, _ = rules.refs(prep_objects(noun, "with", "between", "by") + prep_objects(verb, "with", "alongside"))
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    named, _ = rules.refs([part for c in owners for part in (c, *c.conjuncts)])  # "US-Philippine patrols"
    return _cooperating([*actors, *partners, *named]), certainty


@sentence_rule("joint_operations", when=lambda words, sent: bool(words & (JOINT_OPERATION_NOUNS | JOINT_MARKS)))
def _joint_operations(sent, rules: SentenceRules) -> list[Candidate]:
    """Two or more parties holding an exercise, drill or patrol together, or starting a joint undertaking,
    cooperate on it: "Indian and Vietnamese ships began joint drills", "Peru held naval exercises with Chile",
    "Brazil and Argentina launched a joint project" (one party's own drill is no event)."""
    out = []
    for tok in sent:
        if _pos(tok) != "NOUN" or not (_lemma(tok) in JOINT_OPERATION_NOUNS or _compound(tok) in JOINT_OPERATION_NOUNS
                                       or _joint_venture(tok)):
            continue
        verb = _conducting_verb(tok)
        if verb is None:
            continue
        parties, certainty = _parties_of_operation(tok, verb, rules)
        if len(parties) < 2:
            continue
        topic, modality = _topic(_operation_topic(tok)), event_modality(verb)
        out += [Candidate(p, "cooperates_on", topic, tok, modality, round(0.6 * certainty, 2)) for p in parties]
    return out


@sentence_rule("knowledge_shared", when=lambda words, sent: bool(words & SHARED_KNOWLEDGE_NOUNS))
def _knowledge_shared(sent, rules: SentenceRules) -> list[Candidate]:
    """Intelligence, evidence or data handed to another party, or shared among two or more, is cooperation of
    each: "Kenya shared intelligence with Uganda", "passed the evidence to Interpol", "Peru and Chile will share
    data" (one party sharing with no one named: no event)."""
    out = []
    for tok in sent:
        if _pos(tok) != "NOUN" or not {_lemma(tok), tok.lower_} & SHARED_KNOWLEDGE_NOUNS or tok.dep_ != "dobj":
            # (the word as written too: "data" has the lemma "datum")
            continue
        verb = tok.head
        if _pos(verb) != "VERB" or _phrasal(verb) not in SHARING_VERBS:
            continue
        actors, certainty = _doers(verb, rules)
        partners, _ = rules.refs(prep_objects(verb, "with", "to") + prep_objects(tok, "with", "to"))
        parties = _cooperating([*actors, *partners])
        if not actors or len(parties) < 2:  # with a partner named, or among the sharers ("A and B agreed to
            continue  # share intelligence")
        out += [Candidate(p, "cooperates_on", _topic(f"sharing {_unnamed_phrase(tok)}"), tok, event_modality(verb),
                          round(0.6 * certainty, 2)) for p in parties]
    return out


MAKING_VERBS = words("making_verbs")
#: Ties and cooperation itself, which are fostered rather than made: "develop bilateral relations".
TIES = COOPERATION_NOUNS | {"relationship", "relation", "tie"}
JOINT_VERBS = words("joint_verbs")
#: Adverbs by which a deed is done by its parties together: "developed jointly by A and B".
JOINTLY = ("jointly", "together")


@sentence_rule("made_together", when=lambda words, sent: bool(words & (MAKING_VERBS | JOINT_VERBS)))
def _made_together(sent, rules: SentenceRules) -> list[Candidate]:
    """Two or more parties who make, run or fund something jointly, or who do what is joint by nature, cooperate
    on it: "the gas field, developed jointly by Senegal and Mauritania", "Chile and Argentina are building a shared
    early-warning system", "Ghana and Togo will coordinate their customs checks" (one party alone: no event)."""
    out = []
    for verb in sent:
        if _pos(verb) != "VERB":
            continue
        made = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)):
            made = [verb.head]  # "the field, developed jointly by ...", "the plant, run jointly by ..."
        if not made:
            continue
        joint = _lemma(verb) in JOINT_VERBS or any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in verb.children) \
            or any(t.dep_ == "amod" and t.lower_ in JOINT_MARKS for left in made[0].lefts for t in left.subtree)
        # ("a shared ferry booking platform": the mark may hang on a word before the head)
        if not joint or (_lemma(verb) not in MAKING_VERBS | JOINT_VERBS) or _lemma(made[0]) in TIES:
            continue  # ("further develop bilateral relations": ties fostered, no undertaking)
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        actors, certainty = rules.refs(agents) if agents else _doers(verb, rules)
        partners, _ = rules.refs(prep_objects(verb, "with", "alongside"))
        parties = _cooperating([*actors, *partners])
        if len(parties) < 2:
            continue
        text = topic_text(made[0])
        if text:
            out += [Candidate(p, "cooperates_on", _topic(text), verb, event_modality(verb), round(0.6 * certainty, 2))
                    for p in parties]
    return out
