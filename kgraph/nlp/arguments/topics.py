"""Topic phrases: short noun phrases (2-6 words as a rule) that name what an event is about.

"discussed the issue of frozen Russian assets" -> "frozen Russian assets"; "agreed to boost trade" ->
"boosting trade"; "agreed to meet with his counterpart" -> "meeting with Felix Tshisekedi" (a person in a
topic is called by name when the caller can say who it is).
"""

from __future__ import annotations

import re

from kgraph.nlp.actors.titles import COUNTERPART_NOUNS
from kgraph.nlp.syntax import SETTING_NOUNS, in_stance_phrase, prefix_of, prep_objects
from kgraph.nlp.wordlists import ordered, words

__all__ = ["topic_text", "list_topic", "purpose_object", "gerund", "ABSTRACT_NOUNS", "AGREEMENT_NOUNS", "EMPTY_HEADS"]

EMPTY_HEADS = words("empty_heads")
# verbs that only carry the event their object names: "hold talks", "conduct a review"
LIGHT_VERBS = words("light_verbs")
GENERIC_SUBJECTS = words("generic_subjects")

COMPACT_MODS = ("amod", "compound", "nmod", "nummod", "poss", "npadvmod", "quantmod", "case")
COMPACT_PREPS = ordered("compact_preps")


def _compact(head, depth: int = 0, skip=None) -> list:
    """A noun phrase kept short: the head, its modifiers (but ``skip``), and one prepositional phrase."""
    tokens = []
    doc = head.doc
    # a spaced dash or a colon before the head starts the phrase afresh: "agenda - Ukraine's accession"
    cut = max((t.i for t in head.subtree if t.i < head.i and t.text in ("-", "–", "—", ":")
               and t.i > 0 and doc[t.i - 1].whitespace_), default=-1)
    for child in head.lefts:
        if skip is not None and child.i <= skip.i:
            continue  # "the EU- and US-backed deal" without who backed it
        before = doc[max(child.left_edge.i - 1, 0)]
        if child.dep_ == "amod" and (any(c.dep_ == "conj" for c in child.children)
                                     or doc[min(child.right_edge.i + 1, len(doc) - 1)].text == ","
                                     or (before.pos_ == "CCONJ" and (before.head.dep_ == "amod" or before.head.pos_ == "ADJ"))):
            continue  # a list of adjectives: "an independent, full, credible and unimpeded international inquiry"
        if child.dep_ in COMPACT_MODS and not (child.dep_ == "poss" and child.pos_ == "PRON"):
            tokens.extend(t for t in child.subtree if not t.is_punct or t.text in ("-", "'s", "’s") or t.tag_ == "POS")
        elif child.dep_ == "punct" and child.text == "-":
            tokens.append(child)
    tokens = [t for t in tokens if t.i > cut]
    tokens.append(head)
    if depth == 0:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in COMPACT_PREPS:
                objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
                if objects and objects[0].lemma_.lower() in SETTING_NOUNS:
                    continue  # "the agreement on the sidelines of the summit": where, not what
                if objects and child.lower_ in ("for", "with", "between") and head.lemma_.lower() in AGREEMENT_NOUNS \
                        and (objects[0].ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                             or objects[0].lemma_.lower() in COUNTERPART_NOUNS):
                    continue  # "signed the memorandum for the United States", "a pact with Manalo", "an accord
                    # between Senegal and Gambia": parties
                if objects and in_stance_phrase(objects[0]):
                    break  # "cancelled the talks in protest": a stance, no part of the talks
                deeds = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
                if not objects and deeds:  # "an agreement on patrolling the border", "talks on ending the war"
                    tokens += [child, deeds[0]]
                    for obj in (c for c in deeds[0].children if c.dep_ == "dobj"):
                        tokens.extend(_compact(obj, depth + 1))
                    break
                if objects:  # (a date is no part of the topic: "the agreement on Monday")
                    tokens.append(child)
                    tokens.extend(_compact(objects[0], depth + 1))
                    if child.lower_ in ("between", "among"):  # "relations between Russia and the US"
                        for conj in objects[0].conjuncts:
                            tokens.extend(c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i)
                            tokens.extend(_compact(conj, depth + 1))
                break
            if child.dep_ in ("compound",):
                tokens.append(child)
    return sorted(set(tokens), key=lambda t: t.i)


AGREEMENT_NOUNS = words("agreement_nouns")
ABSTRACT_NOUNS = words("abstract_nouns")


# verbs that undo what they act on: their object alone would name the opposite of the aim
ENDING_VERBS = words("ending_verbs")


def purpose_object(verb, objects: list):
    """For an abstract object ("steps", "efforts"), the object of the purpose clause that follows it,
    or the action it leads to ("steps towards addressing the root causes" -> "addressing")."""
    if not objects or objects[0].lemma_.lower() not in ABSTRACT_NOUNS:
        return None
    action = _aimed_action(objects[0], ("towards", "toward", "to"))
    if action is not None:
        return action
    for holder in (objects[0], verb):
        for child in holder.children:
            if child.dep_ in ("acl", "advcl", "xcomp", "relcl") and child.pos_ in ("VERB", "AUX"):
                for grand in [child, *(c for c in child.children if c.dep_ in ("advcl", "xcomp"))]:
                    if grand.lemma_.lower() in ENDING_VERBS:
                        return grand  # "efforts to end the war": the ending, never the war
                    found = [c for c in grand.children if c.dep_ in ("dobj", "attr")] or prep_objects(
                        grand, "for", "towards", "toward")  # "efforts to push for a ceasefire"
                    if found and found[0].lemma_.lower() not in ABSTRACT_NOUNS | EMPTY_HEADS:
                        return found[0]
                    action = _aimed_action(grand, ("at", "towards", "toward", "for"))
                    if action is not None:  # "efforts aimed at reaching a ceasefire"
                        return action
    return None


def _aimed_action(tok, words: tuple[str, ...]):
    """The action a word leads to through one of the prepositions ``words``, when it has an object:
    "aimed at reaching a ceasefire", "steps towards addressing the root causes" -> the gerund."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in words):
        for action in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if any(o.dep_ == "dobj" for o in action.children):
                return action
    return None


#: Subjects that deny a clause's deed: "agreed that neither would deploy troops".
DENYING_SUBJECTS = ("neither", "none", "nobody", "no one")


def _denied(head) -> bool:
    """Whether a clause denies its deed ("would not escalate", "neither would deploy")."""
    return any(c.dep_ == "neg" for c in head.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DENYING_SUBJECTS for c in head.children)


def topic_text(head, clause: bool = False, skip=None, namer=None, deed: bool = False) -> str:
    """A short topic phrase (2-6 words as a rule) for a noun or a clause; a denied clause keeps its denial
    ("agreed that neither would deploy troops" -> "not deploying troops").

    >>> import spacy
    >>> doc = spacy.blank("en")("drones")
    >>> topic_text(doc[0])
    'drones'
    """
    text = _topic_text(head, clause, skip, namer, deed)
    named_by_action = text.split()[:1] in ([gerund(head.lemma_)], [head.lower_])  # not by a subject or object
    if named_by_action and (clause or head.pos_ in ("VERB", "AUX")) and _denied(head):
        return "not " + text
    return text


def _topic_text(head, clause: bool = False, skip=None, namer=None, deed: bool = False) -> str:
    """The topic phrase of :func:`topic_text`, before a denied clause's "not".

    For a clause ("agreed that an investigation must begin") the topic is its subject or object; a
    clause with no object names its action and partner ("agreed to meet with X" -> "meeting with X").
    ``namer`` gives the name a word stands for ("his counterpart" -> "Felix Tshisekedi"), or None. ``deed``
    names a clause by its action whatever its verb's form ("demanded that they refuse to sign" -> "refusing to
    sign").
    """
    if clause or head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in head.children if c.dep_ in ("dobj", "attr")]
        purpose = purpose_object(head, objects)
        if purpose is not None:  # "defining steps to increase the production of drones"
            return topic_text(purpose, namer=namer)
        if head.dep_ in ("csubj", "xcomp", "pcomp") or head.tag_ in ("VBG", "VB") or deed:
            bare = head.tag_ in ("VB", "VBP") or (deed and head.tag_ != "VBG")
            action = prefix_of(head) + (gerund(head.lemma_) if bare else head.text)  # "re-opening"
            action = " ".join([action, *(c.lower_ for c in head.children if c.dep_ == "prt")])  # "bringing down"
            pick = objects[0] if objects else None
            if pick is not None and head.lemma_.lower() in LIGHT_VERBS and pick.pos_ == "NOUN" \
                    and pick.lower_ not in EMPTY_HEADS:
                return topic_text(pick, namer=namer)  # "agreed to hold the meeting" -> "meeting"
            if pick is not None and pick.lower_ not in EMPTY_HEADS and pick.pos_ != "PRON":
                named = namer(pick) if namer else None
                return _join([action] + ([named] if named else _phrase_words(pick, None, namer)))
            partner = [(c, p) for c in head.children
                       if c.dep_ == "prep" and c.lower_ in ("with", "on", "over", "in", "to", "against")
                       for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
            if not objects and partner:
                prep, pobj = partner[0]
                named = namer(pobj) if namer else None
                return _join([action, prep.text] + ([named] if named else _phrase_words(pobj, None, namer)))
            inner = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            if not objects and inner:  # "urged X to stop interfering in ..." -> "stopping interfering in ..."
                text = topic_text(inner[0], clause=True, namer=namer)
                if text:
                    return _join([action, text])
        subjects = [t for t in subjects if not (t.ent_type_ or t.lower_ in GENERIC_SUBJECTS)]  # no actor is a topic
        owners = [t for t in head.children if t.dep_ == "nsubj" and t.ent_id_]
        for pick in subjects + objects:
            if pick.lower_ not in EMPTY_HEADS and pick.pos_ not in ("PRON",):
                text = topic_text(pick, namer=namer)
                if owners and head.lemma_ == "have" and pick in objects and text:
                    return f"{owners[0].text}'s {text}"  # "agreed that Israel has the right" -> "Israel's right"
                return text
        return ""
    if head.lower_ in EMPTY_HEADS or head.pos_ == "PRON" or head.ent_type_ in ("DATE", "TIME"):
        return ""
    if head.lemma_.lower() in ABSTRACT_NOUNS:
        inner = purpose_object(head.head, [head]) if head.head.i != head.i else None
        if inner is not None and inner.pos_ in ("VERB", "AUX"):
            return topic_text(inner, clause=True, namer=namer)
        if inner is not None:
            head = inner
    return _join(_phrase_words(head, skip, namer))


def list_topic(head, skip=None, namer=None) -> str | None:
    """One topic for a noun and a list of bare nouns joined to it, which share its words: "a date and venue
    of the next meeting" -> "date and venue of next meeting"; "agriculture, energy, water and health". None
    when a conjunct has words of its own, or words stand before the first ("frozen assets and sanctions"
    are two topics).

    >>> import spacy
    >>> doc = spacy.blank("en")("trade and energy")
    >>> for tok, pos, dep, head in zip(doc, ("NOUN", "CCONJ", "NOUN"), ("ROOT", "cc", "conj"), (0, 0, 0)):
    ...     tok.pos_, tok.dep_, tok.head = pos, dep, doc[head]
    >>> list_topic(doc[0])
    'trade and energy'
    """
    conjuncts = [c for c in head.conjuncts if c.i > head.i]
    if not conjuncts or len(conjuncts) > 6 or head.pos_ != "NOUN" or head.ent_type_:
        return None
    if any(c.dep_ not in ("det", "punct") for c in head.lefts):
        return None  # "frozen Russian assets, sanctions and trade": the words before the first are its own
    for conj in conjuncts:
        if conj.pos_ != "NOUN" or conj.ent_type_ or any(c.dep_ not in ("cc", "punct", "conj", "det") for c in conj.children):
            return None
    words = _phrase_words(head, skip, namer)
    at = next((n for n, t in enumerate(_phrase(head, skip)) if t.i == head.i), len(words) - 1)
    listed = [head.text] + [c.text for c in conjuncts]
    joined = ", ".join(listed[:-1]) + " and " + listed[-1]
    return _join(words[:at] + [joined] + words[at + 1:])


def _phrase(head, skip=None) -> list:
    """The words of a compact noun phrase, without articles and quotes; a name stands without the
    "counterpart" before it ("his counterpart Felix Tshisekedi" -> "Felix Tshisekedi")."""
    keep = [t for t in _compact(head, skip=skip) if (t.dep_ not in ("det", "predet") or _inside_hyphenated(t))
            and t.text not in ('"', "“", "”")]
    if any(t.ent_type_ == "PERSON" for t in keep):
        keep = [t for t in keep if t.lemma_.lower() not in COUNTERPART_NOUNS]
    return keep


def _inside_hyphenated(tok) -> bool:
    """A word inside a hyphenated compound ("the" in "quarter-century-in-the-making")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_


def _phrase_words(head, skip=None, namer=None) -> list[str]:
    """:func:`_phrase` as words, with a person inside the phrase called by name: "talks with his
    counterpart" -> "talks with Felix Tshisekedi"."""
    tokens = _phrase(head, skip)
    if namer is None:
        return [t.text for t in tokens]
    named: dict[int, str] = {}  # first token of a named part -> the name
    hidden: set[int] = set()
    for tok in tokens:
        if tok.i == head.i or tok.i in hidden or tok.dep_ not in ("pobj", "dobj", "conj"):
            continue
        name = namer(tok)
        if name:
            inside = {s.i for s in tok.subtree}
            part = [t.i for t in tokens if t.i in inside]
            named[part[0]] = name
            hidden.update(part)
    return [named[t.i] if t.i in named else t.text for t in tokens if t.i not in hidden or t.i in named]


VOWELS = set("aeiou")


def gerund(verb: str) -> str:
    """The -ing form that names an action as a topic ("agreed to boost trade" -> "boosting trade").

    >>> [gerund(v) for v in ("boost", "make", "stop", "meet", "tie", "see", "visit", "open")]
    ['boosting', 'making', 'stopping', 'meeting', 'tying', 'seeing', 'visiting', 'opening']
    """
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    one_syllable = len(re.findall(r"[aeiou]+", verb)) == 1  # "stop" -> "stopping", but "open" -> "opening"
    if 3 <= len(verb) <= 4 and one_syllable and verb[-1] not in VOWELS | set("wxy") and verb[-2] in VOWELS \
            and verb[-3] not in VOWELS:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _join(words: list[str]) -> str:
    text = " ".join(words)
    for a, b in ((" - ", "-"), ("$ ", "$"), ("€ ", "€"), ("£ ", "£"), (" 's", "'s"), (" ’s", "’s"),
                 ("s ' ", "s' "), ("s ’ ", "s’ "), (" ,", ","), ("( ", "("), (" )", ")")):
        text = text.replace(a, b)
    return " ".join(text.split()).strip(" ,;:-")
