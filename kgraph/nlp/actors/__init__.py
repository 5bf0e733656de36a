"""The actor stage: who each word of an article stands for.

Reads a parsed article (its :class:`~kgraph.nlp.segments.Segment` list) and the gazetteer; returns one
:class:`~kgraph.nlp.actors.mentions.ArticleActors` per article, which the later stages ask what a noun-phrase
head refers to (:meth:`~kgraph.nlp.actors.mentions.ArticleActors.resolve`, giving a
:class:`~kgraph.nlp.actors.mentions.Reference`) and which people the article names with their offices.

- ``gazetteer``: the known actors (countries, organisations, regions, role titles) and user actor files.
- ``names``: the spaCy component that mends person names the entity recogniser gets wrong.
- ``lookup``: which known actor a word names, read with the article around it.
- ``titles``: offices written around a name, and whom they serve.
- ``people``: the first pass, the people an article names with their offices.
- ``mentions``: resolution of names, pronouns, descriptions ("the minister", "the two sides") and quotes.
- ``groups``: parties told together and the phrases that stand for them ("the two sides", "their ministers").
- ``pronouns``: whom "he", "it", "its", "they" stand for, by the clause around them and the article before them.
- ``parties``: parties told without a name the gazetteer knows ("the Palestinians", "Chilean troops").
"""
