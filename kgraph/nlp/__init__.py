"""Extraction with spaCy, laid out by stage, in the order :mod:`kgraph.nlp.extract` runs them on an article.

1. ``segments``: the headline and paragraphs (a dateline apart), parsed by ``pipeline`` (the English model, the
   gazetteer's entity ruler, the repair of person names and the trained event detector, ``detect/``).
2. ``actors/``: who each word of the article stands for (names, people and their offices, pronouns,
   descriptions), built once per article.
3. ``events/``: for each sentence, the candidate events its lexicon triggers and sentence rules tell, with the
   reading of each trigger's actors and objects by ``arguments/``.
4. ``dates/``: the day of each event, from its own sentence, then lent between the article's events.
5. ``discourse``, ``facts``: what the article as a whole tells (one event per event told twice, visits and hosts
   inferred) and the offices its people hold.

``syntax``, ``wordlists`` and ``pipeline`` are shared; ``data/`` holds the gazetteers, the lexicon and the word
lists. This package never imports rdflib: the :class:`~kgraph.model.Event` record is its only output.
"""
