"""Relations told by a noun phrase or a copula rather than a trigger verb: memberships told in passing ("NATO
member Türkiye", "the G20 foreign ministers of Brazil, India and Mexico") and what talks were about ("X was the
main subject of the talks between A and B")."""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.arguments.parse import SUBJECT_DEPS, _antecedent
from kgraph.nlp.arguments.reader import SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _discussed_at
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import MEETING_NOUNS, entity_of, prep_objects
from kgraph.nlp.wordlists import words

TOPIC_NOUNS = words("topic_nouns")
MEMBER_STATE_NOUNS = words("member_state_nouns")  # "EU member states Poland and Hungary"
COUNTED_AMONG = words("members_counted_by")  # "one of", "two of", "both of" the members
MEMBERS_NAMING_VERBS = words("members_naming_verbs")
ROTATING_OFFICES = words("rotating_offices")  # "Hungary holds the rotating EU presidency": a member's turn
OFFICE_TAKING_VERBS = words("office_taking_verbs")  # "its members include Chile and Peru"
#: Nouns for a body's members when the body is named right before them: "fellow BRICS nation India", "Germany and
#: other G7 countries", "NATO ally Norway" ("member" and "ally" also with the body named after "of", or told before).
MEMBER_NOUNS = words("member_nouns")
COMPOSING_VERBS = words("composing_verbs")  # "the Quad, made up of A and B": its members
BANDING_VERBS = words("banding_verbs")  # "which have banded together in the AES": its members


@sentence_rule("memberships")
def _memberships(sent, rules: SentenceRules) -> list[Candidate]:
    """Membership told in passing by a noun phrase, not a verb.

    "NATO member Türkiye", "Chile, the newest Pacific Alliance member", "EU member states Poland and Hungary",
    "the G20 foreign ministers of Brazil, India and Mexico", "admitted Belarus as the bloc's tenth member", "Chile
    is one of four Pacific Alliance members" -> each country is a member of the body.
    Lists after the noun are read from the text, as the parser often breaks them.
    """
    segment, ctx = rules.segment, rules.ctx
    out = []

    def bodies_before(noun) -> list[Actor]:
        """The organisations named just before the noun, all of a coordination ("a NATO and EU member")."""
        first = body_before(noun)
        if first is None:
            return []
        found = [first]
        for tok in reversed(sent.doc[max(sent.start, noun.i - 6): noun.i]):
            if tok.ent_id_ and tok.ent_id_.startswith("org:") and tok.ent_id_ not in {a.id for a in found}:
                found += [a for a in ctx.resolve(tok, segment).actors[:1] if a.type == "organisation"]
            elif not tok.ent_id_ and tok.lower_ not in ("and", ",", "-") and tok.pos_ not in ("PROPN", "ADJ"):
                break
        return found

    def body_before(noun) -> Actor | None:
        """The organisation named just before the noun ("the newest SADC member", "G20 Foreign Ministers",
        "NATO-member Türkiye")."""
        owners = [c for c in noun.children if c.dep_ == "poss"]  # "admitted Belarus as the bloc's tenth member"
        owners = [_relative_antecedent(o) if o.lower_ == "whose" else o for o in owners]  # "the OIC, whose members"
        owners += prep_objects(noun, "of") if noun.dep_ == "pobj" and noun.head.lower_ == "as" else []  # "as a
        # member of the union" (other "members of X" are the lexicon's)
        found = [a for a in rules.refs(owners)[0] if a.type == "organisation"] if owners else []
        if found:
            return found[0]
        for tok in reversed(sent.doc[max(sent.start, noun.i - 3): noun.i]):
            actor = ctx.resolve(tok, segment).actors[:1] if tok.ent_id_ else ()
            if actor and actor[0].type == "organisation":
                return actor[0]
            if tok.text == "-":  # "NATO-member Türkiye"
                continue
            if tok.ent_id_ or (tok.pos_ not in ("PROPN", "ADJ", "NOUN", "PART") and tok.dep_ != "amod"):  # "founding"
                break
        return None

    def add(members, body, noun, certainty):
        modality = "negated" if event_modality(noun) == "negated" else "asserted"  # "X is not an EU member"
        for member in members:
            if member.type in ("country", "organisation") and member.id != body.id:
                out.append(Candidate(member, "member_of", body, noun, modality, certainty))

    for noun in sent:
        lower = noun.lower_
        named_by_body = lower in MEMBER_NOUNS and not noun.ent_id_ and bool(body_before(noun))  # "fellow BRICS
        # nation India" (not a word of a body's own name: "the Alliance of Sahel States")
        if lower in ("member", "members", "ally", "allies") or named_by_body:
            told_before = lower == "members" or (lower == "member" and noun.dep_ == "compound"
                                                 and noun.head.lower_ in MEMBER_STATE_NOUNS)  # "the member states"
            body = body_before(noun) or _body_of(noun, rules) or (_TOLD_BEFORE if told_before else None)
            if body is None:
                continue
            after = noun.i + 1
            if after < sent.end and sent.doc[after].lower_ in MEMBER_STATE_NOUNS:
                after += 1
            # "ten ASEAN member countries": the phrase's head carries its place in the clause
            head = sent.doc[after - 1] if after - 1 > noun.i and noun.head.i == after - 1 else noun
            members = _actor_list(sent, after, ctx, segment)
            if body is _TOLD_BEFORE and not members:  # "A and B are among the member states": counted among
                members = _one_of(head, rules)  # the members of the body the article told last
            if body is _TOLD_BEFORE and members:  # "delegations from founding members A, B and C": of the body
                body = ctx.last_organisation(segment, noun.i)  # the article told last
            if body is None or body is _TOLD_BEFORE:
                continue
            members += _fellows(head, rules)  # "calmer relations with fellow NATO member Türkiye": Greece too
            members = members or _admitted_as(head, rules) or _one_of(head, rules) or _others_listed(head, rules) \
                or _members_named(head, rules) or _included(head, rules)
            if not members and head.dep_ == "appos":  # "Chile, the newest Pacific Alliance member"
                members = list(rules.refs([head.head])[0])
            if not members and head.dep_ == "attr" and head.head.lemma_ == "be":  # "Hungary is the only NATO
                members = list(rules.refs([c for c in head.head.children if c.dep_ == "nsubj"])[0])  # member"
            for each in [body, *bodies_before(noun)[1:]]:
                add(members, each, noun, 0.7)
        elif noun.pos_ == "VERB" and noun.lemma_.lower() in BANDING_VERBS:  # "have banded together in the AES"
            bodies = [a for a in rules.refs(prep_objects(noun, "in", "into", "within", "under"))[0]
                      if a.type == "organisation"]
            banded = noun.head if noun.dep_ == "acl" else None  # "Mali and Niger, now grouped in the AES"
            if bodies:
                add(list(rules.refs([banded])[0]) if banded is not None else _clause_subjects(noun, rules),
                    bodies[0], noun, 0.6)
        elif any(c.dep_ in ("relcl", "acl", "advcl") and c.lemma_.lower() in COMPOSING_VERBS for c in noun.children):
            bodies = [a for a in rules.refs([noun])[0] if a.type == "organisation"] or [  # "the Quad, made up of
                a for a in (ctx.gaz.actors.get(noun.ent_id_),) if a is not None and a.type == "organisation"]  # A, B"
            # (or the name the clause hangs inside: "the Alliance of Sahel States, which groups ...")
            if bodies:
                add(_composed_of(noun, rules), bodies[0], noun, 0.7)
        elif lower in ROTATING_OFFICES and noun.dep_ == "dobj" and noun.head.lemma_ in OFFICE_TAKING_VERBS:
            body = body_before(noun) or _body_of(noun, rules)  # "Hungary holds the rotating EU presidency"
            if body is not None:
                add([a for a in _clause_subjects(noun.head, rules) if a.type == "country"], body, noun, 0.6)
        elif ctx.is_plural_title(noun) and noun.i + 1 < sent.end \
                and sent.doc[noun.i + 1].lower_ == "of":
            body = body_before(noun)
            if body is not None:
                add(_actor_list(sent, noun.i + 2, ctx, segment), body, noun, 0.6)
    return out


def _composed_of(body, rules: SentenceRules) -> list[Actor]:
    """The parties a body is said to be made of: "which groups Mali, Burkina Faso and Niger", "made up of the
    United States, Japan, India and Australia", "comprising fifteen states including Ghana and Senegal"."""
    found = []
    for verb in (c for c in body.children
                 if c.dep_ in ("relcl", "acl", "advcl") and c.lemma_.lower() in COMPOSING_VERBS):
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
            continue  # ("the group that Peru includes in its plans": not its members)
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for h in (verb, *(c for c in verb.children if c.dep_ == "prt")) for o in prep_objects(h, "of")]
        heads += [o for h in heads for o in prep_objects(h, "including")]  # "fifteen states including Ghana"
        found += [a for a in rules.refs(heads)[0] if a.type in ("country", "organisation")]
    return found


#: marks a members noun with no body named beside it: the body is the organisation the article told last
_TOLD_BEFORE = object()


def _fellows(noun, rules: SentenceRules) -> list[Actor]:
    """The party a "fellow" member is fellow to: the subject of the clause ("Greece wants calmer relations with
    fellow NATO member Türkiye": Greece)."""
    phrase = [noun, noun.head] if noun.dep_ == "compound" else [noun]  # ("fellow NATO member Türkiye": on the name)
    if not any(c.lower_ == "fellow" for t in phrase for c in t.children):
        return []
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while clause is not None and not any(c.dep_ in SUBJECT_DEPS for c in clause.children) \
            and clause.dep_ in ("xcomp", "conj", "ccomp") and clause.head.i != clause.i:
        clause = clause.head  # "wanted calmer relations": the subject of "wanted"
    return list(rules.refs([c for c in clause.children if c.dep_ in SUBJECT_DEPS])[0]) if clause is not None else []


def _relative_antecedent(whose):
    """The noun a relative "whose" stands for: "the OIC, whose members include ..." -> "OIC"."""
    clause = whose.head.head
    return clause.head if clause.dep_ == "relcl" else whose


def _admitted_as(noun, rules: SentenceRules) -> list[Actor]:
    """The party a body takes in "as" its member: "admitted Belarus as the bloc's tenth member", "welcomed
    Bolivia as a full member"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.pos_ != "VERB":
        return []
    return list(rules.refs([c for c in noun.head.head.children if c.dep_ == "dobj"])[0])


def _one_of(noun, rules: SentenceRules) -> list[Actor]:
    """The parties counted among a body's members: the subject of "X is one of the N Y members" or "X is among
    the bloc's members", the parties a count stands beside ("Germany and France, two of the EU's members")."""
    if noun.dep_ != "pobj":
        return []
    if noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":  # "Spain is among the bloc's members"
        return list(rules.refs([c for c in noun.head.head.children if c.dep_ == "nsubj"])[0])
    count = noun.head.head if noun.head.lower_ == "of" else None
    if count is None or not (count.lower_ in COUNTED_AMONG or count.like_num):
        return []
    if count.dep_ == "appos":  # "Germany and France, two of the EU's largest members"
        return list(rules.refs([count.head])[0])
    if count.head.lemma_ == "be":  # "Chile is one of four Pacific Alliance members"
        return list(rules.refs([c for c in count.head.children if c.dep_ == "nsubj"])[0])
    return []


def _clause_subjects(verb, rules: SentenceRules) -> list[Actor]:
    """The parties a clause's subject names, a relative pronoun standing for its antecedent ("Chile, which
    holds ...")."""
    return list(rules.refs(_antecedent([c for c in verb.children if c.dep_ in SUBJECT_DEPS], verb))[0])


def _body_of(noun, rules: SentenceRules) -> Actor | None:
    """The organisation a members noun is "of": "one of the smallest members of the Arab League"."""
    found = [a for a in rules.refs(prep_objects(noun, "of"))[0] if a.type == "organisation"]
    return found[0] if found else None


def _others_listed(noun, rules: SentenceRules) -> list[Actor]:
    """The parties listed before "and other Y members" or likened to them: "Poland, Romania and other NATO
    members", "Vietnam, like other ASEAN members, ..."."""
    if not any(c.lower_ in ("other", "fellow") for c in noun.children):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "like":  # the party likened: the clause's subject
        clause = noun.head.head
        return list(rules.refs([c for c in clause.children if c.dep_ == "nsubj"] if clause.pos_ in ("VERB", "AUX")
                               else [clause])[0])
    if noun.dep_ != "conj":
        return []
    first = noun
    while first.dep_ == "conj":
        first = first.head
    return [a for a in rules.refs([first])[0]]


def _included(noun, rules: SentenceRules) -> list[Actor]:
    """The parties a members noun says it includes: "members of the Arab League, including Egypt and Jordan",
    "EU members such as Italy and Spain"."""
    named = [c for c in noun.children if c.dep_ == "prep" and (c.lower_ == "including" or (
        c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)))]
    return list(rules.refs([o for p in named for o in p.children if o.dep_ == "pobj"])[0])


def _members_named(noun, rules: SentenceRules) -> list[Actor]:
    """The parties a body's members are said to include: "whose members include Pakistan and Türkiye", "its
    members are Chile and Peru"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in MEMBERS_NAMING_VERBS:
        return []
    return list(rules.refs([c for c in verb.children if c.dep_ in ("dobj", "attr")])[0])


def _actor_list(sent, start: int, ctx: ArticleActors, segment: Segment) -> list[Actor]:
    """The countries and organisations listed from ``start``: "Brazil, India, the United Arab Emirates and Iran"."""
    found: list[Actor] = []
    i = start
    while i < sent.end:
        tok = sent.doc[i]
        if tok.ent_id_:
            ent = entity_of(tok, sent.ents)
            actor = ctx.resolve(tok, segment).actors[:1]
            if actor and actor[0].id not in {a.id for a in found}:
                found.append(actor[0])
            i = ent.end if ent is not None else i + 1
            continue
        if tok.lower_ not in (",", "and", "the"):
            break
        i += 1
    return found


@sentence_rule("copular_topics", when=lambda words, sent: bool(words & TOPIC_NOUNS))
def _copular_topics(sent, rules: SentenceRules) -> list[Candidate]:
    """"X was the main subject of talks between A and B" / "the subject of the talks was X" -> discusses."""
    segment, ctx = rules.segment, rules.ctx
    out = []
    for verb in sent:
        if verb.lemma_ != "be":
            continue
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        attr = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        if not subj or not attr:
            continue
        for topic_side, other_side in ((subj[0], attr[0]), (attr[0], subj[0])):
            if topic_side.lemma_.lower() not in TOPIC_NOUNS:
                continue
            meeting = [p for c in topic_side.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.lemma_.lower() in MEETING_NOUNS]
            if meeting:
                out += _discussed_at(meeting[0], [other_side], verb, segment, ctx, rules)
                break
    return out
