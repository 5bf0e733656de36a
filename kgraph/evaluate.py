"""Scoring extracted events against hand-annotated gold events (JSON Lines).

The matching follows the project's gold scorer: a prediction matches a gold event of the same
document when actor, relation and object match, each gold event at most once (greedy, in gold
order). Strict needs the same relation (a symmetric relation may swap actor and object); lenient
accepts a relation of the same PLOVER category. Names match after normalisation (case, accents,
punctuation, a leading article, short forms, a city for its country, a surname for a full name);
objects also by content words (one set inside the other, or Jaccard >= 0.5). Date accuracy is
over strict matches whose gold date is set.

:func:`evaluate` extracts from articles and scores in one call; given no gold, it scores the gold set that
ships with kgraph (:func:`builtin_gold`: stories written for the project, with their expected events).

>>> gold = [{"doc": "d", "actor": "Lithuania", "relation": "visits", "object": "Kyiv", "date": "2024-01-25"}]
>>> pred = [{"doc": "d", "actor": "Vilnius", "relation": "visits", "object": "Ukraine", "date": "2024-01-25"}]
>>> score(gold, pred)["strict_f1"]
1.0
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path

from kgraph.vocabulary import RELATIONS

__all__ = ["score", "format_scores", "normalise", "read_gold", "builtin_gold", "evaluate", "Evaluation"]

_STOP = set("""a an the of and or in on for to with by at from as its their his her this that these those
joint new further more both other own""".split())


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# Names that compare equal, as the gold scorer has them: each group is keyed by its alphabetically first
# member, and a city stands for its country. These are the scoring convention, not the extraction's
# gazetteer (which knows many more names), so that ``kgraph eval`` and the gold scorer agree exactly.
_ALIAS_GROUPS = [
    {"united states", "us", "usa", "u s", "united states of america", "america", "washington"},
    {"united kingdom", "uk", "u k", "britain", "great britain", "gbr"},
    {"european union", "eu"},
    {"united nations", "un"},
    {"north atlantic treaty organization", "nato"},
    {"russia", "russian federation", "rus", "moscow", "kremlin"},
    {"china", "people s republic of china", "prc", "chn", "beijing"},
    {"ukraine", "ukr", "kyiv"},
    {"south korea", "republic of korea", "korea republic of", "kor"},
    {"north korea", "democratic people s republic of korea", "dprk", "prk"},
    {"iran", "islamic republic of iran", "irn", "tehran"},
    {"turkey", "turkiye", "türkiye", "tur", "ankara"},
    {"czech republic", "czechia", "cze"},
    {"african union", "au"},
    {"association of southeast asian nations", "asean"},
    {"g7", "group of seven"},
    {"g20", "group of twenty"},
    {"international monetary fund", "imf"},
    {"world health organization", "who"},
    {"international atomic energy agency", "iaea"},
    {"organization for security and co operation in europe", "osce"},
    {"european commission", "commission"},
    {"european council"},
]
# A city stands for its country when compared ("visits Brussels" ~ "visits Belgium", "Moscow said" ~ Russia).
_CITY_COUNTRY: dict[str, str] = {}
for line in """
kyiv,kiev,kharkiv,odesa,lviv=ukraine; moscow,saint petersburg=russia; minsk=belarus; vilnius=lithuania
riga=latvia; tallinn=estonia; warsaw=poland; prague=czech republic; bratislava=slovakia; budapest=hungary
bucharest=romania; chisinau=moldova; sofia=bulgaria; belgrade=serbia; zagreb=croatia; ljubljana=slovenia
sarajevo=bosnia and herzegovina; skopje=north macedonia; tirana=albania; pristina=kosovo
podgorica=montenegro; athens=greece; ankara,istanbul=turkey; nicosia=cyprus; vienna=austria
berlin=germany; paris=france; london=united kingdom; dublin=ireland; madrid=spain; lisbon=portugal
rome=italy; bern,geneva=switzerland; brussels=belgium; amsterdam,the hague=netherlands
copenhagen=denmark; oslo=norway; stockholm=sweden; helsinki=finland; reykjavik=iceland
valletta=malta; tbilisi=georgia; yerevan=armenia; baku=azerbaijan; astana=kazakhstan
tashkent=uzbekistan; bishkek=kyrgyzstan; dushanbe=tajikistan; ashgabat=turkmenistan
ulaanbaatar=mongolia; beijing,shanghai=china; taipei=taiwan; tokyo=japan; seoul=south korea
pyongyang=north korea; hanoi=vietnam; bangkok=thailand; phnom penh=cambodia; vientiane=laos
naypyidaw,yangon=myanmar; kuala lumpur=malaysia; jakarta=indonesia; manila=philippines
new delhi,delhi=india; islamabad=pakistan; kabul=afghanistan; dhaka=bangladesh; kathmandu=nepal
colombo=sri lanka; tehran=iran; baghdad=iraq; damascus=syria; beirut=lebanon; amman=jordan
jerusalem,tel aviv=israel; ramallah=palestine; riyadh,jeddah=saudi arabia; doha=qatar
abu dhabi,dubai=united arab emirates; muscat=oman; manama=bahrain; kuwait city=kuwait; sanaa=yemen
cairo=egypt; tripoli=libya; tunis=tunisia; algiers=algeria; rabat=morocco; khartoum=sudan
juba=south sudan; addis ababa=ethiopia; asmara=eritrea; mogadishu=somalia; nairobi=kenya
kampala=uganda; kigali=rwanda; bujumbura=burundi; dodoma,dar es salaam=tanzania
kinshasa=democratic republic of the congo; luanda=angola; lusaka=zambia; harare=zimbabwe
maputo=mozambique; pretoria,johannesburg,cape town=south africa; windhoek=namibia
abuja,lagos=nigeria; accra=ghana; lome=togo; ouagadougou=burkina faso; niamey=niger; bamako=mali
dakar=senegal; banjul=gambia; conakry=guinea; freetown=sierra leone; monrovia=liberia
abidjan=cote d ivoire; yaounde=cameroon; ndjamena=chad; nouakchott=mauritania
washington,washington d c,new york=united states; ottawa=canada; mexico city=mexico; havana=cuba
caracas=venezuela; bogota=colombia; quito=ecuador; lima=peru; la paz=bolivia; santiago=chile
buenos aires=argentina; montevideo=uruguay; asuncion=paraguay; brasilia=brazil; managua=nicaragua
panama city=panama; port au prince=haiti; canberra,sydney=australia; wellington=new zealand
port vila=vanuatu; honiara=solomon islands; suva=fiji; port moresby=papua new guinea; majuro=marshall islands
""".replace("\n", ";").split(";"):
    if "=" in line:
        cities, country = line.split("=")
        for city in cities.split(","):
            _CITY_COUNTRY[city.strip()] = country.strip()

_ALIAS = {name: sorted(group)[0] for group in _ALIAS_GROUPS for name in group}


def normalise(name: str) -> str:
    """A comparable form of a name: "the U.S." and "Washington" give the same.

    >>> normalise("the U.S.") == normalise("Washington") == normalise("United States")
    True
    """
    text = re.sub(r"^(the|a|an) ", "", _ascii(name))
    text = _CITY_COUNTRY.get(text, text)
    return _ALIAS.get(text, text)


def read_gold(path) -> list[dict]:
    """Gold events from a JSON Lines file: ``doc, actor, relation, object, date`` at least."""
    import json
    from pathlib import Path

    from kgraph.errors import InputError

    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError("E102", path=path, line=number, reason=f"malformed JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not {"doc", "actor", "relation", "object"} <= set(row):
            raise InputError("E102", path=path, line=number, reason="a gold event needs doc, actor, relation, object")
        rows.append(row)
    return rows


def _stem(token: str) -> str:
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "zes", "ches", "shes")) and len(token) > 4:
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")) and len(token) > 3:
        return token[:-1]
    return token


def _content(text: str) -> set[str]:
    return {_stem(t) for t in normalise(text).split() if t not in _STOP}


def same_entity(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    return ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta))


def same_object(pred: str, gold: str) -> bool:
    if same_entity(pred, gold):
        return True
    cp, cg = _content(pred), _content(gold)
    if not cp or not cg:
        return False
    return cp <= cg or cg <= cp or len(cp & cg) / len(cp | cg) >= 0.5


def _match(preds: list[dict], golds: list[dict], relation_ok) -> list[tuple[dict, dict]]:
    used, pairs = set(), []
    for g in golds:
        for i, p in enumerate(preds):
            if i in used or not relation_ok(p.get("relation"), g.get("relation")):
                continue
            direct = same_entity(p.get("actor"), g.get("actor")) and same_object(p.get("object"), g.get("object"))
            swapped = (g.get("relation") in RELATIONS and RELATIONS[g["relation"]].symmetric
                       and same_entity(p.get("object"), g.get("actor")) and same_entity(p.get("actor"), g.get("object")))
            if direct or swapped:
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score(gold: list[dict], pred: list[dict], docs: list[str] | None = None) -> dict:
    """Strict and lenient precision, recall and F1, and date accuracy, over the gold documents."""
    plover = {name: (rel.plover or name) for name, rel in RELATIONS.items()}
    by_doc_gold, by_doc_pred = defaultdict(list), defaultdict(list)
    for g in gold:
        by_doc_gold[g["doc"]].append(g)
    for p in pred:
        by_doc_pred[p.get("doc")].append(p)
    totals = Counter()
    for doc in sorted(docs or by_doc_gold):
        golds, preds = by_doc_gold.get(doc, []), by_doc_pred.get(doc, [])
        strict = _match(preds, golds, lambda a, b: a == b)
        lenient = _match(preds, golds, lambda a, b: a in plover and b in plover and plover[a] == plover[b])
        totals.update(gold=len(golds), pred=len(preds), strict=len(strict), lenient=len(lenient))
        for p, g in strict:
            if g.get("date"):
                totals["dated"] += 1
                totals["date_ok"] += p.get("date") == g.get("date")
    out = {"docs": len(docs or by_doc_gold)}
    out.update(zip(("strict_p", "strict_r", "strict_f1"), _prf(totals["strict"], totals["pred"], totals["gold"])))
    out.update(zip(("lenient_p", "lenient_r", "lenient_f1"), _prf(totals["lenient"], totals["pred"], totals["gold"])))
    out["date_acc"] = round(totals["date_ok"] / totals["dated"], 3) if totals["dated"] else None
    out["counts"] = dict(totals)
    return out


def format_scores(result: dict) -> str:
    """The scores as aligned lines."""
    keys = ("docs", "strict_p", "strict_r", "strict_f1", "lenient_p", "lenient_r", "lenient_f1", "date_acc")
    return "\n".join(f"{k:11s} {result[k]}" for k in keys) + f"\ncounts      {result['counts']}\n"


def builtin_gold() -> tuple[Path, Path]:
    """The gold set that ships with kgraph, as ``(gold, articles)`` paths (``kgraph/data/eval/``).

    Sixteen news stories written for the project, and the events a careful reader finds in each (actor,
    relation, object, date, modality, evidence); ``kgraph eval`` scores against them when given no GOLD.

    >>> gold, articles = builtin_gold()
    >>> len({row["doc"] for row in read_gold(gold)}), articles.name
    (16, 'articles.jsonl')
    """
    folder = Path(str(resources.files("kgraph") / "data" / "eval"))
    return folder / "gold.jsonl", folder / "articles.jsonl"


@dataclass(frozen=True)
class Evaluation:
    """What :func:`evaluate` scored: the scores (as :func:`score` gives them), the predicted events as
    dictionaries, the files given and how many articles were read from them."""

    scores: dict
    predictions: list[dict]
    gold: Path
    articles: tuple[Path, ...]
    read: int

    def __str__(self) -> str:
        return format_scores(self.scores)


def evaluate(gold: str | PathLike[str] | None = None, articles: str | PathLike[str] | Iterable[str | PathLike[str]] = (),
             *, docs: Iterable[str] | None = None, actors: Iterable[str | PathLike[str]] = (),
             on_error: Callable[[Exception], None] | None = None) -> Evaluation:
    """Extract events from ``articles`` and score them against the ``gold`` events (JSON Lines files).

    With neither, the built-in gold set is scored (:func:`builtin_gold`). ``docs`` limits the scoring
    to these document ids; ``actors`` adds user actor dictionaries, as :func:`kgraph.extract` takes them;
    ``on_error`` receives each skipped article (without it, the first bad one raises). Giving gold
    without articles, or articles without gold, is an :class:`~kgraph.errors.InputError`.
    """
    from kgraph.api import extract
    from kgraph.errors import InputError
    from kgraph.io import read_articles

    sources = tuple(Path(a) for a in ([articles] if isinstance(articles, (str, PathLike)) else articles))
    if gold is None and sources:
        raise InputError("E101", path=sources[0],
                         reason="no gold events to score against (give GOLD ARTICLES..., or neither for the built-in set)")
    if gold is not None and not sources:
        raise InputError("E101", path=gold,
                         reason="no articles to extract from (give GOLD ARTICLES..., or neither for the built-in set)")
    if gold is None:
        gold, articles_file = builtin_gold()
        sources = (articles_file,)
    golds = read_gold(gold)
    texts = list(read_articles(list(sources), on_error=on_error))
    predictions = [e.as_dict() for e in extract(texts, actors=actors)]
    wanted = list(docs) if docs is not None else None
    return Evaluation(scores=score(golds, predictions, wanted), predictions=predictions, gold=Path(gold),
                      articles=sources, read=len(texts))
