"""The arguments stage: who acts and at whom or what, for one trigger word of a sentence.

Reads a trigger token with its lexicon entry (``kgraph.nlp.events.lexicon``), the sentence's parse and the
article's actors (``kgraph.nlp.actors``); returns the event's actors and objects, each an
:class:`~kgraph.nlp.actors.gazetteer.Actor` (a party, a place, or a topic phrase) with a certainty.

- ``reader``: :class:`~kgraph.nlp.arguments.reader.SentenceRules`, the reading of actors and objects.
- ``slots``: the slots the lexicon names for a trigger, read off the parse.
- ``paths``: the argument paths a relation tries when its slots name no party (``data/argument_paths.tsv``).
- ``topics``: the short phrase that names what an event is about when it is no party.
- ``parse``: readings of the parse the reader and the event rules share (coordination, passives, antecedents).
"""
