"""Extraction with spaCy: gazetteer, actor resolution, relation rules, dates and modality.

This package never imports rdflib: the :class:`~kgraph.model.Event` record is its only output.
"""
