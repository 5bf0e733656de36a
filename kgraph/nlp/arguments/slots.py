"""Where the lexicon says an event's actor or object is: the slots of ``data/lexicon.tsv`` read off the parse.

A slot is a dependency ("dobj", "xcomp", "dative", "poss"), a preposition ("on", "with", "to"), or one of the
readings named below ("purpose", "judged", "cause", ...). :func:`slot_tokens` gives the heads of the first
slot of a trigger's list that names any; the argument reader resolves them to actors or topics.
"""

from __future__ import annotations

from kgraph.nlp.arguments.parse import (_aim_clauses, _antecedent, _is_participle_modifier, _is_passive,
                                        _listed_along, _misread_person_object, _object_after_manner, _particles,
                                        _place_inside, _pos)
from kgraph.nlp.events.modality import CAUSE_FRAMES
from kgraph.nlp.syntax import MEETING_NOUNS, SETTING_NOUNS, prefixed_word, prep_objects, preposition_variants
from kgraph.nlp.wordlists import words

__all__ = ["slot_tokens"]

# nouns a kind of aid or measure is bundled in: "an aid package for Ukraine", "a loan programme for Kenya"
CONTAINER_NOUNS = words("container_nouns")
# what calling something one of these says: criticism ("called the decision unacceptable")
NEGATIVE_JUDGEMENTS = words("negative_judgements")
ATTACHED_DEEPER = words("deeper_attached_prepositions")
# nouns that sum up the deed told before them: "..., a move Beijing condemned"
SUMMARY_NOUNS = words("summary_nouns")
# verbs that judge a deed, whose judgement falls on who did it when a summing noun names the deed
DEED_JUDGING_VERBS = words("deed_judging_verbs")
#: When a meeting is held, no topic of it: "a meeting on a date still to be fixed".
MEETING_TIME_NOUNS = words("meeting_time_nouns")
#: A topic's prepositions the parser may hang on the partner: "talks with his counterpart on the pipeline".
PARTNER_TOPIC_PREPOSITIONS = words("partner_topic_prepositions")


def slot_tokens(trigger, slots) -> list:
    """The heads a trigger's first slot that names any holds: "dobj", a clause, a preposition, or a reading of
    its own ("purpose", "judged", "aim", "jointly", "behalf", "cost", "in_of", "subject", "cause", "governor:DEP")."""
    variants = preposition_variants()  # "agreed upon" fills the slot "on"
    for slot in slots:
        found = _slot_heads(trigger, slot, variants)
        if found:
            return found
    return []


def _slot_heads(trigger, slot: str, variants: dict[str, str]) -> list:
    """The heads one slot of a trigger holds (none, where the slot names nothing)."""
    if slot == "dobj":
        return _object_heads(trigger)
    if slot in ("xcomp", "ccomp"):
        found = [c for c in trigger.children if c.dep_ == slot]
        if not found and slot == "xcomp" and not any(
                c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.lower_ == "on" and any(
                    o.ent_type_ not in ("DATE", "TIME") for o in c.children)) for c in trigger.children):
            # "agreed in Abuja on Wednesday to harmonise ...": a delayed "to" clause (not a purpose: "called in
            # the envoy to protest", nor the deed of a party asked: "called on Moscow to end the war")
            found = [c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > trigger.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # the parser hangs apart
        found = list({w.i: w for w in map(prefixed_word, found)}.values())  # "to re-establish ties"
        return [w for w in found if w.text != "-"]
    if slot in ("dative", "poss"):
        found = [c for c in trigger.children if c.dep_ == slot]
        # the parser may call "to" itself the dative ("gave shelter to refugees"): the party is its object
        return [p for c in found for p in ([c] if c.pos_ != "ADP" else [o for o in c.children if o.dep_ == "pobj"])]
    if slot == "purpose":  # "provide assistance to support the Government of Nepal"
        aims = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and
                c.lemma_.lower() in ("support", "help", "assist", "aid", "benefit")]
        found = [o for c in aims for o in c.children if o.dep_ == "dobj"]
        return found or [s for c in aims for d in c.children if d.dep_ in ("ccomp", "xcomp")
                         for s in d.children if s.dep_ == "nsubj"]  # "to help Nigeria tackle X"
    if slot == "judged":  # "described Paris's moves as counterproductive", "called it illegal"
        return _judged_heads(trigger)
    if slot == "aim":  # "cooperation to fight smuggling"
        return _aim_clauses(trigger)
    if slot == "jointly":  # "working with Nepal to decide ...", "work together on an agreement"
        partnered = any((c.dep_ == "prep" and c.lower_ in ("with", "alongside")) or (
            c.dep_ == "advmod" and c.lower_ in ("together", "jointly", "closely")) for c in trigger.children) or (
            trigger.lemma_.lower() != "work" and _joint_subject(trigger))  # "A and B teamed up to ..."
        return (prep_objects(trigger, "on", "towards", "toward", "against") or _aim_clauses(trigger)) \
            if partnered else []
    if slot == "behalf":  # "signed the treaty for Peru", "on behalf of Chile"
        holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
        found = [p for h in holders for p in prep_objects(h, "for") if p.ent_type_ in ("GPE", "ORG", "NORP")]
        return found + [o for h in holders for b in prep_objects(h, "on") if b.lower_ == "behalf"
                        for o in prep_objects(b, "of")]
    if slot == "cost":  # "raise the costs to Iran", "raise the price for the regime"
        costs = [d for d in trigger.children if d.dep_ == "dobj" and d.lemma_.lower() in ("cost", "price")]
        holders = [*costs, trigger] if costs else []  # the parser may hang "to Iran" on the verb
        return [p for h in holders for p in prep_objects(h, "to", "for", "on")]
    if slot == "in_of":  # "spoke in favour of the deal", "in firm support of the communique"
        return prep_objects(trigger, "of") if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else []
    if slot == "subject":  # "ASEAN, which includes Laos" -> ASEAN
        return _antecedent([c for c in trigger.children if c.dep_ == "nsubj"], trigger)
    if slot == "cause":  # "measures in view of Myanmar's conduct" / "in response to Iran's arms sales"
        return _cause_heads(trigger)
    if slot.startswith("governor:"):
        return _governor_heads(trigger, slot.split(":", 1)[1])
    if slot == "from" and _pos(trigger) == "VERB" and any(c.dep_ == "dobj" for c in trigger.children):
        return []  # "withdraw its troops from Ukraine": where the thing moved comes from, no object
    return _preposition_heads(trigger, slot, variants)


def _joint_subject(verb) -> bool:
    """Whether a verb's subject names two parties or more: "Peru and Chile teamed up"."""
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def _object_heads(trigger) -> list:
    """The "dobj" slot: the object of an active verb (or its passive subject, or the noun a participle
    modifies)."""
    found = []
    if _is_passive(trigger):
        found = _antecedent([c for c in trigger.children if c.dep_ == "nsubjpass"], trigger)
        if not found and trigger.dep_ == "conj":  # "X arrived and was greeted by Y": X
            found = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif _is_participle_modifier(trigger):
        found = [trigger.head]
    else:
        found = [c for c in trigger.children if c.dep_ in ("dobj", "attr")] \
            or _object_after_manner(trigger) or _misread_person_object(trigger) or _object_of_participle(trigger)
        found = _antecedent(found, trigger)  # "an accusation that Khartoum denies"
        if trigger.lemma_.lower() in DEED_JUDGING_VERBS:
            if not found and trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in SUMMARY_NOUNS:
                found = [trigger.head]  # "a step Moscow criticised": the step, with no relative word
            found = (_summarised_doer(found[0]) or found) if found else found  # "..., a move that Beijing
            # condemned": who moved
        if found:
            found += _listed_along(trigger)
    return found


def _summarised_doer(noun) -> list:
    """Who did what a noun set beside a clause sums up: "the US announced export controls, a move Beijing
    condemned" -> the US; "Armenia's parliament approved a law, a step Moscow criticised" -> the parliament."""
    if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.dep_ not in ("appos", "npadvmod"):
        return []
    head = noun.head
    if head.dep_ in ("nsubj", "nsubjpass"):  # (the parser may hang the summing noun on the subject)
        return [head]
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def _object_of_participle(trigger) -> list:
    """An object the parser read as the subject of a participle clause (tagged as a past tense or not):
    "condemns the attempted coup reported in the Gambia" (the coup), "denounced the raid carried out by X"."""
    return [s for c in trigger.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")
            and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            and any(d.dep_ == "det" for d in s.children)]


def _judged_heads(trigger) -> list:
    """The "judged" slot: what a verb of calling something judges, when the judgement is a negative one."""
    found = []
    after = [t for t in trigger.subtree if t.i > trigger.i]
    if any(t.lemma_.lower() in NEGATIVE_JUDGEMENTS for t in after):
        found = [c for c in trigger.children if c.dep_ == "dobj"] or [
            s for c in trigger.children if c.dep_ in ("ccomp", "oprd", "xcomp")
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in trigger.children if c.dep_ == "oprd" and c.pos_ == "NOUN"
            and c.lemma_.lower() not in NEGATIVE_JUDGEMENTS]  # "called X's attempts ... counterproductive"
        # "actions in the South China Sea, which Austin called dangerous": what is judged is no place
        found = [t.head.head if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj"
                 and t.head.head.pos_ == "NOUN" else t for t in _antecedent(found, trigger)]
    return found


def _cause_heads(trigger) -> list:
    """The "cause" slot: the deed a measure answers, named in a cause frame on the trigger or above it."""
    found = []
    holders = [trigger]
    above = trigger
    while _pos(trigger) == "NOUN" and above.head.i != above.i and len(holders) < 4:
        above = above.head  # "adopted a package of measures, in view of X's war": up to the verb
        if above.pos_ != "ADP":
            holders.append(above)
        if above.pos_ in ("VERB", "AUX"):
            break
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
            for frame in (c for c in prep.children if c.lemma_.lower() in CAUSE_FRAMES):
                found += [o for p in prep_objects(frame)
                          for o in [*(c for c in p.children if c.dep_ == "poss"), p]]
        if found:
            break
    return found


def _governor_heads(trigger, dep: str) -> list:
    """The "governor:DEP" slot: the words hung as ``dep`` on the verb that governs the trigger."""
    verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and (verb.dep_ in ("xcomp", "conj") or (
            verb.dep_ == "advcl" and verb.tag_ == "VBG")) and not any(
            c.dep_ == dep for c in verb.children):  # "agreed to open accession talks with X", "held
        verb = verb.head  # talks with Guterres, drawing criticism from Kyiv"
    return [c for c in verb.children if c.dep_ == dep] if verb is not None else []


def _preposition_heads(trigger, slot: str, variants: dict[str, str]) -> list:
    """A slot named by a preposition ("on", "with", "to"): its objects on the trigger or on its particle (or on
    the noun the trigger names, or on the thing a verb sends)."""
    preps = [c for holder in [trigger, *_particles(trigger)] for c in holder.children
             if c.dep_ in ("prep", "dative", "prt") and slot in (c.lower_, variants.get(c.lower_))]
    if not preps and _pos(trigger) == "NOUN" and (trigger.dep_ in ("dobj", "attr") or (
            trigger.dep_ == "compound" and trigger.head.lemma_.lower() in CONTAINER_NOUNS)):
        # "announced an aid package for Ukraine": the goal hangs on the noun the trigger names
        preps = [c for c in trigger.head.children if c.dep_ in ("prep", "dative")  # ("lent its support to X")
                 and slot in (c.lower_, variants.get(c.lower_))]
    if not preps and _pos(trigger) == "VERB" and slot in PARTNER_TOPIC_PREPOSITIONS:
        # "spoke by phone with Mia Mottley, her Barbadian counterpart, about free movement": the matter hung on the
        # partner (or on the partner's apposition)
        partners = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children if o.dep_ == "pobj"]
        partners += [a for p in partners for a in p.children if a.dep_ == "appos"]
        preps = [c for p in partners for c in p.children if c.dep_ == "prep"
                 and slot in (c.lower_, variants.get(c.lower_))]
    if not preps and _pos(trigger) == "NOUN":
        # "complaints at the WTO against Poland": the parser hangs the second phrase on the first one's object
        holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]  # ("filed a complaint at X")
        inner = [o for h in holders for c in h.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        preps = [c for o in inner for c in o.children if c.dep_ == "prep" and (
            slot in ATTACHED_DEEPER or (slot in PARTNER_TOPIC_PREPOSITIONS and o.head.lower_ == "with"))
                 and slot in (c.lower_, variants.get(c.lower_))]  # ("talks with X on Y": Y hung on X)
    found = [p for prep in preps for p in prep.children if p.dep_ in ("pobj", "pcomp")
             and p.ent_type_ not in ("DATE", "TIME") and p.lower_ != "behalf"
             and p.lemma_.lower() not in SETTING_NOUNS  # "agreement on the sidelines of the summit"
             and not (p.lemma_.lower() in MEETING_TIME_NOUNS and trigger.lemma_.lower() in MEETING_NOUNS)
             and p.pos_ not in ("ADV", "ADJ")]  # "support for as long as it takes"
    # ("agreed on Friday to ...", "signed the agreement on behalf of X": neither is a topic)
    if not found and any(p.dep_ == "prt" for p in preps):  # "call on X" read as a particle and
        found = [c for c in trigger.children if c.dep_ == "dobj"]  # an object
    found = _antecedent(found, trigger)  # "the bloc to which Uganda belongs"
    if not found and _pos(trigger) == "VERB" and slot in ("to", "at", "against"):
        # the parser hung the goal on the thing sent: "contribute ten million kroner to Sudan"
        found = [p for d in trigger.children if d.dep_ == "dobj" for p in prep_objects(d, slot)
                 if _place_inside(p).ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]
    return found
