"""Readings of the parse around a trigger that need no actor of the article: its part of speech and lemma as the
lexicon lists it, its coordinated words, the doer of a passive, the antecedent of a relative pronoun, the
partners of a meeting, the place inside "the towns of ...", a sum of money, the venue of an event; and the
actors a phrase makes without the article's help (a topic, a group of unnamed people).

The argument reader (``kgraph.nlp.arguments.reader``), the candidate loop and the sentence rules
(``kgraph.nlp.events``) share them.
"""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor, slugify
from kgraph.nlp.arguments.topics import AGREEMENT_NOUNS
from kgraph.nlp.syntax import MEETING_NOUNS, TALK_NOUNS, entity_of, prep_objects, to_infinitive
from kgraph.nlp.wordlists import ordered, words

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
HONORIFIC_HEADS = words("honorific_heads")
# adjectives of readiness that take a deed as a verb does: "is willing to talk", "stands ready to help"
READINESS_ADJECTIVES = words("readiness_adjectives")


def _honoured(tok):
    """The person an honorific stands before: "His Highness Prince Faisal, Minister of ..." -> Faisal."""
    if tok.lower_ in HONORIFIC_HEADS:
        return next((c for c in tok.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"), tok)
    return tok


def _main_verb(verb):
    """The verb of the clause an infinitive hangs under: "agreed to back X's bid to join" -> "agreed"."""
    while verb.dep_ in ("acl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        above = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "attr") else verb.head
        if above.pos_ == "ADP":
            above = above.head
        if above.pos_ not in ("VERB", "AUX") or above.i == verb.i:
            break
        verb = above
    return verb


def _pos(tok) -> str | None:
    if _gerund_as_noun(tok):
        return "NOUN"  # "Fighting between A and B has flared"
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in READINESS_ADJECTIVES and tok.dep_ in ("acomp", "amod", "oprd") \
            and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
        return "VERB"  # "Mali is willing to release", "ready to resume": said of its subject as a verb would be
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ == "ROOT":
            return "VERB"  # a verb mis-tagged after capitals: "We, the G20 Ministers, condemn ..."
        return "NOUN"
    return None


def _gerund_as_noun(tok) -> bool:
    """A verb's -ing form standing as a noun, with a "between" phrase: "fighting between A and B"."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def _lemma(tok) -> str:
    if _gerund_as_noun(tok):
        return tok.lower_
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and len(lemma) > 4:
        return lemma[:-1]
    return lemma


def _body_of_membership(tok):
    """"applied for NATO membership", "membership of the WTO": the body is the object."""
    if tok.lemma_.lower() not in ("membership", "accession"):
        return tok
    bodies = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.ent_id_]
    bodies += prep_objects(tok, "in", "of", "to")
    return bodies[0] if bodies else tok


def _phrasal(tok) -> str:
    """A verb with its particle, as the lexicon lists phrasal verbs: "called off" -> "call off"."""
    particles = [c.lower_ for c in _particles(tok)]
    return f"{_lemma(tok)} {particles[0]}" if particles else _lemma(tok)


def _compound(tok) -> str:
    """A noun with the word just before it, as the lexicon lists two-word nouns: "courtesy call", or with the word
    before a hyphen: "clean-up"."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text == "-" and tok.i > 1 and tok.doc[tok.i - 2].head.i == tok.i \
            and tok.doc[tok.i - 2].dep_ in ("amod", "compound"):
        return f"{tok.doc[tok.i - 2].lemma_.lower()}-{_lemma(tok)}"
    if before is None or before.head.i != tok.i or before.dep_ not in ("amod", "compound"):
        return ""
    return f"{before.lemma_.lower()} {_lemma(tok)}"


def _particles(tok) -> list:
    """The particle of a phrasal verb, also when parsed as a preposition: "pulled out of the deal"."""
    return [c for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "together"
                                                           and c.i == tok.i + 1) or (
        c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("out", "off", "away", "back")
        and any(g.dep_ == "prep" for g in c.children))]


def _coordinated(tok) -> list:
    """The token and its conjuncts, plus appositions that are other countries ("Chile, Peru agree").

    A conjunct of another kind (a verb joined to a noun) is a slip of the parser and is left out, and so is
    a country that only opens the next name in the list ("Ecuador's Noboa and Peru Prime Minister Arana").
    """
    kind = _pos(tok)
    out = [tok, *(c for c in tok.conjuncts if (_pos(c) == kind or kind is None) and not _of_list_slip(tok, c))]
    out += _conjunct_hung_above(tok) if len(out) == 1 else []
    for child in tok.children:
        if child.dep_ == "appos" and child.ent_id_ and tok.ent_id_ and child.ent_id_ != tok.ent_id_:
            out.extend([child, *child.conjuncts])
        elif child.dep_ in ("nmod", "compound") and child.i < tok.i:
            # "President Ruto and President Samia Suluhu Hassan" parsed as one name (the first name may hang
            # further down, on the second one's title)
            out.extend(t for t in child.subtree if t.ent_type_ == "PERSON" and any(c.dep_ == "cc" for c in t.children)
                       and all(a.dep_ in ("nmod", "compound") for a in [t, *t.ancestors] if a.i < tok.i))
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON":
            # "President Gabriel Boric and Prime Minister Ana Silva": the second name hangs on the first
            out.extend(c for c in child.conjuncts if c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
    if tok.ent_type_ == "PERSON":  # "Donald Tusk of Poland and Petr Fiala of Czechia": the second name
        out.extend(c for p in prep_objects(tok, "of") for c in p.conjuncts  # hangs on the first one's country
                   if c.ent_type_ == "PERSON" and c.i > tok.i)
    return [t for t in out if not _opens_a_name(t, out)]


def _conjunct_hung_above(tok) -> list:
    """A noun the parser joined to a word above instead of to ``tok`` just before it: "held talks on the
    port corridor and the situation in Somalia" ("situation" parsed as a conjunct of "talks" or "held")."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    if tok.pos_ not in ("NOUN", "PROPN") or after + 1 >= len(doc) or doc[after].dep_ != "cc":
        return []
    for above in list(tok.ancestors)[:3]:
        found = [c for c in above.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == after + 1]
        if found:
            return found
    return []


def _of_list_slip(tok, conjunct) -> bool:
    """A state the parser joined to a plural noun instead of to the state after its "of": "the Foreign
    Ministers of Brazil and the Republic of Korea" (the ministers are not Korea)."""
    return tok.tag_ in ("NNS", "NNPS") and conjunct.ent_type_ == "GPE" and tok.ent_type_ != "GPE" \
        and any(p.ent_type_ == "GPE" for p in prep_objects(tok, "of"))


def _agreement_after(actor_token):
    """What is signed when the parser made an actor the object: the agreement named just after it ("the
    Russia — and Belarus-backed transit accord"). None when no agreement follows."""
    doc = actor_token.doc
    for tok in doc[actor_token.i + 1: min(actor_token.sent.end, actor_token.i + 9)]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AGREEMENT_NOUNS:
            return tok
    return None


def _recipient(verb, item):
    """Who receives what a verb gives: "offered support to the people of X", "offered them aid"."""
    for holder in (verb, item):
        for child in holder.children:
            if child.dep_ in ("dative", "prep") and child.lower_ == "to":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    return pobj
            elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    return None


def _plural_antecedent(pronoun):
    """What "them" stands for: the nearest plural noun phrase before it, in its sentence or the one
    before ("host the negotiations ... called them off"; "stands with the Syrian people and supports them";
    "met with Sandu and Popsoi ... told them"). None when there is none."""
    doc = pronoun.doc
    sent_start = pronoun.sent.start
    floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for tok in reversed(doc[floor:pronoun.i]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            continue
        if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
            return tok
    return None


def _opens_a_name(tok, listed) -> bool:
    """"Peru" in "Peru Prime Minister Eduardo Arana" when the parser listed both words as conjuncts."""
    if not tok.ent_id_:
        return False
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].ent_id_ == tok.ent_id_:
        i += 1
    possessive = i < len(doc) and doc[i].text in ("'s", "’s")  # "Ecuador's Daniel Noboa"
    i += possessive
    while i < len(doc) and doc[i].pos_ == "PROPN" and not doc[i].ent_id_:
        if any(t.i == i for t in listed) and (doc[i].ent_type_ == "PERSON" or (possessive and not doc[i].ent_type_)):
            return True
        i += 1
    return False


MANNER_NOUNS = words("manner_nouns")


def _object_after_manner(verb) -> list:
    """The object the parser hung on a manner phrase: "condemns in the strongest terms the bombing"
    (parsed as an apposition or a second object of "terms")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in MANNER_NOUNS):
            inner = [c for c in pobj.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > pobj.i]
            if inner:
                return inner[:1]
    return []


def _misread_person_object(verb) -> list:
    """A person the parser did not take for the object of a verb, when no object is found: "received today in
    Riyadh His Excellency X" (X read as an adverb of the verb, or as set beside Riyadh)."""
    after = [c for c in verb.children if c.i > verb.i]
    found = [c for c in after if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON"]
    found = found or [a for p in after if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                      for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    return found[:1]


def _aim_clauses(trigger) -> list:
    """The "to" clauses that say what a word is for: "cooperation to fight smuggling"."""
    verbs = list(trigger.children)
    if _pos(trigger) == "NOUN":  # the parser hung the clause that follows the noun on the verb
        verbs += [c for c in trigger.head.head.children if c.left_edge.i == trigger.right_edge.i + 1]
    return [c for c in verbs if c.dep_ in ("acl", "xcomp", "advcl") and c.pos_ == "VERB"
            and to_infinitive(c)]


# steps in the life of an agreement: a stance on "the signing of the deal" is a stance on the deal
AGREEMENT_STEPS = words("agreement_steps")


def _agreement_in_process(tok):
    """The agreement a step of it names ("the expected signing of the fisheries accord"), else the word."""
    if tok.lemma_.lower() in AGREEMENT_STEPS or tok.lower_ in AGREEMENT_STEPS:
        inner = prep_objects(tok, "of", "into")
        if inner and inner[0].lemma_.lower() in AGREEMENT_NOUNS:
            return inner[0]
    return tok


def _titled_person_after_demonym(tok):
    """The person a demonym opens when the parser made the demonym the head: "Angolan head of State Paulo
    Cunha received ..." (parsed as "Angolan", with "head of State Paulo Cunha" in apposition)."""
    if tok.ent_type_ != "NORP":
        return tok
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1):
        names = [t for t in appos.subtree if t.ent_type_ == "PERSON" and (t.i + 1 == len(t.doc) or
                                                                          t.doc[t.i + 1].ent_type_ != "PERSON")]
        if names:
            return names[-1]
    return tok


def _companions(tok) -> list:
    """Who acts along with the subject: "Kenya, along with Uganda, condemned ..." -> Uganda; in a headline
    "Japan, Philippines sign pact" -> Japan (the parser takes the first name for a modifier of the verb)."""
    listed = {p.i for r in tok.children if r.dep_ == "relcl" for p in _listed_along(r)}
    found = [p for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")
             for p in prep_objects(c, "with") if p.i not in listed]
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ in ("VERB", "AUX") else None
    loose = {c.i: c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.ent_type_ in ("GPE", "ORG", "NORP")}
    i = subject.left_edge.i - 2 if subject is not None else -1
    while i in loose and tok.doc[i + 1].lower_ == ",":  # "Japan, US, Philippines sign ..."
        found.append(loose[i])
        i = loose[i].left_edge.i - 2
    if subject is not None and subject.ent_type_ == "PERSON":
        found += _persons_listed_before(subject)
    return found


def _persons_listed_before(subject) -> list:
    """People named before a person subject and joined to it by "and", where the parser took the first for a
    part of the second's title: "Rwandan Foreign Minister A and Congolese Foreign Minister B signed ..." -> A."""
    doc = subject.doc
    ents = [e for e in doc.ents if e.label_ == "PERSON" and subject.left_edge.i <= e.start and e.end <= subject.i
            and not (e.start <= subject.i < e.end)]
    return [e.root for e in ents if any(t.lower_ == "and" for t in doc[e.end: subject.i])
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[e.end: subject.i])]


MEETING_VERBS = words("meeting_verbs")


def _meeting_of_purpose(tok):
    """The meeting a "to" clause says the aim of: "met Ruto on Friday to discuss trade", "held talks
    with X to discuss Y", "agreed to meet with X to discuss Y". None when the clause is no such aim."""
    if tok.dep_ not in ("advcl", "acl", "xcomp") or not to_infinitive(tok):
        return None
    head = tok.head
    if head.pos_ == "VERB" and head.lemma_.lower() in MEETING_VERBS:
        return head
    if head.pos_ == "NOUN" and head.lemma_.lower() in TALK_NOUNS:
        return head
    if head.pos_ == "VERB" and tok.dep_ == "advcl":  # "held talks in Quito on Tuesday to explore X": the parser
        held = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS]  # hangs the aim
        # on the light verb
        return held[0] if held else None
    return None


def held_call(noun) -> bool:
    """Whether "call" names a conversation held with someone ("held a call with X", "had a phone call"), not an
    appeal ("a call for restraint")."""
    return noun.lemma_.lower() == "call" and noun.pos_ == "NOUN" and (
        bool(prep_objects(noun, "with")) or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("hold", "have")))


def _meeting_partners(meeting) -> list:
    """Whom a meeting is with: "met (with) X", "talks with X" (also when the parser hung "with" on the light
    verb of "held talks with X")."""
    if meeting.pos_ == "VERB":
        met = [c for c in meeting.children if c.dep_ == "dobj" and c.lemma_.lower() not in MEETING_NOUNS]
        if met:  # as the lexicon reads "meet": the object first, else "with"
            return met
    holders = [meeting] + ([meeting.head] if meeting.dep_ == "dobj" else [])
    return [p for h in holders for p in prep_objects(h, "with")]


def _for_or_against(tok) -> bool:
    """"pro-Turkish statements", "anti-Western policy": a stance towards the state, not its deed."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti")


NAMING_VERBS = words("naming_verbs")


def _what_it_is_called(tok):
    """The thing named in "against what it called pro-Turkish statements": the statements."""
    if tok.dep_ in ("pcomp", "pobj") and tok.lemma_.lower() in NAMING_VERBS:
        named = [c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.pos_ != "PRON"]
        if named:
            return named[0]
    return tok


RELATIVE_PRONOUNS = ordered("relative_pronouns")


def _antecedent(subjects: list, verb) -> list:
    """A relative pronoun stands for the noun its clause hangs on: "ASEAN, which includes Laos", "a bloc
    to which Zambia belongs"; a description set beside a name stands for the name ("SADC, a bloc")."""
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.ent_id_:
            return [noun.head]
        return [noun]
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and subjects[0].lower_ != "that" \
            and verb.dep_ == "advcl":  # the parser hangs "..., to which both belong" on the main verb: the
        pronoun = subjects[0]  # noun just before the relative phrase
        start = pronoun.head.i if pronoun.dep_ == "pobj" and pronoun.head.i < pronoun.i else pronoun.i
        before = pronoun.doc[start - 1] if start > 0 and pronoun.doc[start - 1].text == "," else None
        noun = pronoun.doc[start - 2] if before is not None and start > 1 else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return [noun]
    return subjects


LISTING_VERBS = words("listing_verbs")
PLACE_NOUNS = words("place_nouns")


def _place_inside(tok):
    """The place a common noun introduces: "the towns of Kumasi and Tamale" -> Kumasi."""
    if tok.lemma_.lower() in PLACE_NOUNS and not tok.ent_type_:
        named = [p for p in prep_objects(tok, "of") if p.ent_type_ in ("GPE", "LOC", "FAC")]
        if named:
            return named[0]
    return tok


def _listed_along(verb) -> list:
    """Who a list goes on to name after its clause: "ASEAN, which includes Thailand, along with Laos"."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in LISTING_VERBS:
        return []
    after = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "along"
             and c.i == verb.right_edge.i + 2 and verb.doc[c.i - 1].is_punct]
    return [p for c in after for p in prep_objects(c, "with")]


def _agents(verb) -> list:
    """Who a passive names as the doer: "was blocked by Hungary" -> Hungary; also where the parser hangs "by" on
    the place before it: "was discussed in Oslo by the two ministers"."""
    found = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if found or not any(c.dep_ == "auxpass" for c in verb.children):
        return found
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")]
    return [o for place in places for c in place.children if c.dep_ == "prep" and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj"]


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _is_participle_modifier(verb) -> bool:
    """A past participle that modifies a noun: "the deal signed by", "Iran-backed militias"."""
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.i != verb.i


# nouns of a state of affairs, which the place after them belongs to even where the parser hangs it on the verb
SITUATION_NOUNS = words("situation_nouns")


def _setting(noun) -> str:
    """" in <place>" when the place written right after a situation noun was hung on the verb: "discussed the
    war in Gaza" (not "met the minister in Paris"), else ""."""
    after = noun.right_edge.i + 1
    if noun.lemma_.lower() not in SITUATION_NOUNS or noun.dep_ != "dobj" or prep_objects(noun, "in") \
            or after + 1 >= len(noun.doc):
        return ""
    prep, place = noun.doc[after], noun.doc[after + 1]
    if prep.lower_ == "in" and prep.head.i == noun.head.i and place.ent_type_ in ("GPE", "LOC"):
        ent = entity_of(place)
        return " in " + (ent.text if ent is not None else place.text)
    return ""


CURRENCY_NOUNS = words("currency_nouns")


def _is_sum(tok) -> bool:
    """The head of a sum of money: of a money entity ("$750,000"), or a currency with a number ("20 million euros")."""
    if tok.ent_type_ == "MONEY":
        ent = entity_of(tok)
        return ent is not None and ent.root.i == tok.i
    return tok.lemma_.lower() in CURRENCY_NOUNS and tok.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "compound") and c.like_num for c in tok.children)


def _for_clauses(noun) -> list:
    """The "for ... to" clauses under a noun: "a need for the two sides to resume talks"."""
    return [c for c in noun.children if c.dep_ in ("advcl", "acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


def _venues(event) -> list:
    """The places an event noun or verb is said to be held in or at."""
    return [p for p in prep_objects(event, "in", "at") if p.ent_type_ in ("GPE", "LOC", "FAC")]


def _topic(text: str) -> Actor:
    """The topic actor for a phrase: "trade" -> topic:trade."""
    return Actor(id=f"topic:{slugify(text)}", name=text, type="topic")


def _joined(actors: list[Actor], more: list[Actor]) -> list[Actor]:
    """``actors`` and then those of ``more`` not among them yet, each once."""
    return list({a.id: a for a in [*actors, *more]}.values())


# people an event can take as a party without naming anyone: "talks with union leaders"
PEOPLE_NOUNS = words("people_nouns")


def _people_group(tok) -> list[tuple[Actor, float]]:
    """Unnamed people as a group actor ("mining company executives", "a trade delegation"), or nothing."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PEOPLE_NOUNS \
            or (tok.tag_ != "NNS" and tok.lemma_ != "delegation"):
        return []
    possessed = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    words = [t.text for t in tok.subtree if t.i <= tok.i and t.i not in possessed
             and t.dep_ not in ("det", "predet", "nummod", "punct", "case")]
    for owner in prep_objects(tok, "of")[:1]:  # "members of the farming community"
        words += ["of", *(t.text for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "punct"))]
    text = " ".join(words)
    return [(Actor(id=f"group:{slugify(text)}", name=text, type="group"), 0.7)]
