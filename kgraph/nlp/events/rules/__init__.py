"""The project's sentence rules: each reads one construction over a whole sentence, registered by name in
:data:`~kgraph.nlp.events.registry.SENTENCE_RULES` with the words it needs.

Importing this package registers them. The modules are imported in the order their rules run, and that order
is the order of the events a sentence gives (and of the output): a new rule goes last in its module.

- ``noun_phrases``: memberships, copular_topics
- ``threats``: conditional_threats, responses_to_any, ultimatums, settlements_between, threatened_deeds,
  hostile_verdicts, harm_foretold
- ``ties``: cooperation_without_area, ties_cut, envoys_summoned_or_recalled, thanked_for_help,
  measures_asked_to_be_lifted
- ``attendance``: attendance
- ``support``: existential_needs, money_given, rights_upheld, backing_received, aid_received
- ``meetings``: meeting_focus, agenda_items, gatherings_of_bodies, topics_listed, gatherings_in_places, meals_given
- ``requests``: demands_in_speech
- ``operations``: joint_operations, knowledge_shared, made_together
- ``retaliation``: measures_answered

``common`` holds what several rules share.
"""

# isort: skip_file  (the rule modules are imported in the order their rules run; sorting them changes the output)

from __future__ import annotations

from kgraph.nlp.events.registry import SENTENCE_RULES
from kgraph.nlp.events.rules import (noun_phrases, threats, ties, attendance, support, meetings,  # in run order
                                    requests, operations, retaliation)

__all__ = ["SENTENCE_RULES", "noun_phrases", "threats", "ties", "attendance", "support", "meetings", "requests",
           "operations", "retaliation"]
