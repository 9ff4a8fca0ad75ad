#!/usr/bin/env python3
"""Build the scoring service's skill dictionary (skills.tsv) from O*NET and ESCO.

Inputs (read from --taxonomy, default ../shared/data/taxonomy):
  onet-29.2/Technology Skills.txt              O*NET 29.2, CC BY 4.0
  esco-1.2.0/digitalSkillsCollection_en.csv    ESCO v1.2.0
  esco-1.2.0/languageSkillsCollection_en.csv   ESCO v1.2.0
  esco-1.2.0/crossSectorSkills_en.csv          ESCO cross-sector/transversal subset
                                               (trimmed export, version unknown, probably v1.1.x).
                                               Only conceptUri + preferredLabel are used: its altLabels
                                               column is not aligned with its rows (for the 662 concepts
                                               it shares with the v1.2.0 collections, none of its
                                               altLabels match), so it is ignored.

Then ops/data/skill_overrides.tsv (reviewed hand-made corrections: add, alias, unalias, merge, drop;
each with its reason) is applied; rows it adds have ids tailor:<label> and source "tailor".

Output: services/scoring/src/main/resources/skills/skills.tsv (UTF-8, LF), columns
  id  label  aliases  source  category  hot  ambiguous

Python 3.11, standard library only. The output depends only on the input files and the overrides.
See ops/data/README.md for the column semantics and the derivation rules.
"""
from __future__ import annotations

import argparse
import collections
import csv
import os
import re
import sys
from pathlib import Path

VERBOSE_MERGES = False  # print merges made on derived names (set by --verbose)
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TAXONOMY = REPO_ROOT.parent / "shared" / "data" / "taxonomy"
DEFAULT_OUT = REPO_ROOT / "services/scoring/src/main/resources/skills/skills.tsv"
OVERRIDES = Path(__file__).resolve().parent / "skill_overrides.tsv"
SKILLSPAN = sorted((REPO_ROOT / "evals/scoring/skillspan").glob("*.conll"))
ORDINARY_WORDS = REPO_ROOT / "services/scoring/src/main/resources/skills/ordinary-words.txt"
SKILLSPAN_CATEGORY = "knowledge in job ads (SkillSpan)"
SKILLSPAN_MAX_TOKENS = 4
SKILLSPAN_MIN_PRECISION = 0.5
TOKEN_EDGES = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "\u2018\u2019\u201c\u201d\u2022\u00b7"

HEADER = ["id", "label", "aliases", "source", "category", "hot", "ambiguous"]

ESCO_V12_FILES = ["digitalSkillsCollection_en.csv", "languageSkillsCollection_en.csv"]
ESCO_CROSS_SECTOR_FILE = "crossSectorSkills_en.csv"
ONET_FILE = "Technology Skills.txt"

# Words that are too generic to stand alone as a skill mention: common English words
# (or first names) that are also the short name of a tool or language. A surface form
# equal to one of these (case-insensitive), or of at most two letters/digits, is never emitted
# as an alias. If it is the entry's own short name, the entry is marked ambiguous=Y.
AMBIGUOUS_WORDS = frozenset(w.casefold() for w in """
    absorb access algae analyze ant aspen assembly aztec bamboo blackboard blender blink
    bootstrap bowtie box canvas cents chef clipper cloud confluence cubic cyclone diameter
    dig docs drive dynamics eclipse ethereal excavator explorer ferret flask forth
    frostbite gazebo go harvest hive honeypot hotspot illustrator julia kismet less lens
    loom magic make maps meet outlook paint paintbrush pig polish postman premiere prince
    project publisher puppet rage react reduce route sage salt sand scheme scratch seesaw
    selenium sheets shell shiny slack slides source spark square squeegee struts swift
    tanks teams travis unity velvet vigilant word zoom
""".split())

# Vendor prefixes that may be dropped from an O*NET product name to form an alias
# ("Microsoft Excel" -> "Excel"), provided the rest is specific (not generic, not claimed twice).
VENDOR_PREFIXES = [
    "Amazon Web Services", "Sun Microsystems", "Red Hat",
    "Adobe", "Amazon", "Apache", "Apple", "Atlassian", "Autodesk", "Cisco", "Corel", "ESRI",
    "Google", "IBM", "Intuit", "JetBrains", "Microsoft", "Mozilla", "Oracle", "Salesforce",
    "VMware",
]

# Words that do not make a name specific on their own (used for multi-word derived aliases).
GENERIC_TOKENS = AMBIGUOUS_WORDS | frozenset("""
    a an and the of for to in on with by & ads analytics app apps application applications business cloud
    compute computing data database databases engine enterprise edition management manager
    network office online platform pro professional server servers service services software
    solution solutions standard studio suite system systems tool tools web
""".split())

SMALL_WORDS = frozenset("a an and the of for to in on with by &".split())

TRADEMARK_RE = re.compile(r"[\u00ae\u2122\u2120\u00a9]")  # ® ™ ℠ ©
WS_RE = re.compile(r"\s+")
TRAILING_QUALIFIER_RE = re.compile(r"^(?P<base>.+?)\s*\((?P<qual>[^()]+)\)$")
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&+]{1,9}$")


def clean(text: str) -> str:
    """Strip trademark symbols, tabs/newlines and surplus whitespace."""
    text = TRADEMARK_RE.sub("", text.replace("\u00a0", " "))
    return WS_RE.sub(" ", text).strip()


def key(text: str) -> str:
    """Case-insensitive normalised form used for merging and de-duplication."""
    return clean(text).casefold()


def is_ambiguous_word(form: str) -> bool:
    """A bare common word (or a form of at most two characters): needs context to count."""
    k = key(form)
    return (len(k) <= 2 and k.isalnum()) or k in AMBIGUOUS_WORDS


def is_generic(form: str) -> bool:
    """Not usable as a plain alias: an ambiguous word, or several words that are all generic."""
    if is_ambiguous_word(form):
        return True
    return all(t in GENERIC_TOKENS for t in key(form).split(" "))


def split_alt_labels(value: str) -> list[str]:
    if not value:
        return []
    parts = re.split(r"\r?\n| \| ", value)
    return [p for p in (clean(x) for x in parts) if p]


def strip_qualifier(label: str) -> str | None:
    """ESCO 'Java (computer programming)' -> 'Java'. None if there is no trailing qualifier."""
    m = TRAILING_QUALIFIER_RE.match(label)
    return clean(m.group("base")) if m else None


def split_camel(word: str) -> list[str]:
    parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", word)
    return parts or [word]


def initials_match(acronym: str, words: list[str]) -> bool:
    """True if the acronym's letters are the initials of all the words, where a small word
    may be skipped and a CamelCase word may contribute the initials of its parts."""
    acr = acronym.casefold()

    def rec(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acr)
        word = words[j]
        options = []
        if word.casefold() in SMALL_WORDS:
            options.append(0)
        parts = split_camel(word)
        initials = "".join(p[0] for p in parts).casefold()
        options.append(1 if word[0].casefold() == acr[i:i + 1] else -1)
        if len(parts) > 1 and acr.startswith(initials, i):
            options.append(len(initials))
        for n in options:
            if n >= 0 and rec(i + n, j + 1):
                return True
        return False

    return rec(0, 0)


def acronym_aliases(name: str) -> list[str]:
    """'Microsoft Internet Information Services (IIS)' -> ['Microsoft Internet Information Services', 'IIS'];
    'IBM Resource Access Control Facility RACF' -> ['IBM Resource Access Control Facility', 'RACF'].
    Only for an acronym at the very end whose letters are the initials of all preceding words,
    optionally after a leading vendor word or two."""
    m = re.match(r"^(?P<base>.+?)\s+\((?P<acr>[^()\s]+)\)$", name) or \
        re.match(r"^(?P<base>.+?)\s+(?P<acr>\S+)$", name)
    if not m:
        return []
    base, acr = clean(m.group("base")), m.group("acr")
    if not ACRONYM_RE.match(acr):
        return []
    words = [w for w in re.split(r"[\s\-/]+", base) if w]
    for skip in (0, 1, 2):
        if len(words) - skip >= 2 and initials_match(acr, words[skip:]):
            return [base, acr]
    return []


def product_names(name: str) -> list[str]:
    """Shorter names of an O*NET product: without a known vendor prefix ("Microsoft Excel" ->
    "Excel") and without a trailing " software" when the name is a proper name
    ("Microsoft Azure software" -> "Microsoft Azure", "Azure"; not "Remote access software")."""
    out = []
    bases = [name]
    if name.endswith(" software"):
        rest = name[: -len(" software")].strip()
        if any(c.isupper() for c in rest[1:]) or any(rest.startswith(v + " ") for v in VENDOR_PREFIXES):
            out.append(rest)
            bases.append(rest)
    for base in bases:
        for vendor in VENDOR_PREFIXES:
            if base.startswith(vendor + " "):
                rest = clean(base[len(vendor) + 1:])
                if rest:
                    out.append(rest)
                break
    return out


# Alias tiers (lower wins when several entries claim the same surface form; a tie drops it).
TIER_SOURCE_LABEL = 1   # a label in a source: merged O*NET name, ESCO short name, older ESCO label
TIER_PRODUCT_NAME = 2   # O*NET product name without vendor prefix / "software" suffix
TIER_ESCO_ALT = 3       # ESCO altLabel (ESCO lists example products under broad concepts)
TIER_ACRONYM = 4        # acronym spelled out in an O*NET name, and the name without it


class Entry:
    __slots__ = ("id", "label", "sources", "category", "hot", "aliases", "short_name", "ambiguous")

    def __init__(self, id_: str, label: str, source: str, category: str):
        self.id = id_
        self.label = label
        self.sources = {source}
        self.category = category
        self.hot = False
        self.aliases: dict[str, tuple[int, str]] = {}  # key -> (tier, surface form)
        self.short_name = label
        self.ambiguous = False

    def add_alias(self, form: str, tier: int) -> None:
        """See TIER_*: when several entries claim one surface form, the lowest tier wins."""
        form = clean(form)
        if not form or "\t" in form or "|" in form:
            return
        k = key(form)
        old = self.aliases.get(k)
        if old is None or (tier, form) < old:
            self.aliases[k] = (tier, form)


def read_esco(path: Path, has_collection_columns: bool, entries: dict[str, Entry], stats: collections.Counter,
              use_alt_labels: bool = True) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if has_collection_columns and (row.get("conceptType") != "KnowledgeSkillCompetence"
                                           or row.get("status", "released") != "released"):
                stats["esco_skipped_rows"] += 1
                continue
            uri = row["conceptUri"].strip()
            label = clean(row["preferredLabel"])
            if not uri or not label:
                continue
            alts = split_alt_labels(row.get("altLabels", "")) if use_alt_labels else []
            entry = entries.get(uri)
            if entry is None:
                if has_collection_columns:
                    broader = [clean(x) for x in row.get("broaderConceptPT", "").split(" | ") if clean(x)]
                    category = broader[0] if broader else ""
                else:
                    level = row.get("reuseLevel", "").strip()
                    category = f"{level} skills" if level else ""
                entry = Entry(uri, label, "esco", category)
                entries[uri] = entry
                stats["esco_concepts"] += 1
            else:
                stats["esco_rows_joined_on_uri"] += 1
                if key(label) != key(entry.label):
                    entry.add_alias(label, TIER_SOURCE_LABEL)  # older preferredLabel of the same concept
            for alt in alts:
                entry.add_alias(alt, TIER_ESCO_ALT)
            short = strip_qualifier(entry.label)
            if short:
                entry.short_name = short
                entry.add_alias(short, TIER_SOURCE_LABEL)


def read_onet(path: Path) -> tuple[dict[str, collections.Counter], set[str]]:
    categories: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    hot: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = clean(row["Example"])
            if not name:
                continue
            categories[name][clean(row["Commodity Title"])] += 1
            if row["Hot Technology"].strip() == "Y":
                hot.add(name)
    return categories, hot


def pick_category(counter: collections.Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def derived_forms(name: str) -> tuple[list[str], list[str]]:
    """(product names, acronym forms) derived from one O*NET name."""
    products = product_names(name)
    acronyms = []
    for form in [name] + products:
        acronyms.extend(acronym_aliases(form))
    return products, acronyms


def build(taxonomy: Path) -> tuple[list[Entry], collections.Counter]:
    stats: collections.Counter = collections.Counter()
    esco: dict[str, Entry] = {}
    for name in ESCO_V12_FILES:
        read_esco(taxonomy / "esco-1.2.0" / name, True, esco, stats)
    read_esco(taxonomy / "esco-1.2.0" / ESCO_CROSS_SECTOR_FILE, False, esco, stats, use_alt_labels=False)

    # Indexes for merging O*NET names into ESCO concepts.
    # Only labels: ESCO altLabels often list example products under a broad concept
    # ("computer programming" has altLabels Bash, Lua, ...), so they must not drive merges.
    label_index: dict[str, set[str]] = collections.defaultdict(set)
    for uri, e in esco.items():
        label_index[key(e.label)].add(uri)
        if e.short_name != e.label:
            label_index[key(e.short_name)].add(uri)

    esco_exact: dict[str, str] = {}
    esco_exact_dupes: set[str] = set()
    for uri, e in esco.items():
        for form in {e.label, e.short_name}:
            if form in esco_exact and esco_exact[form] != uri:
                esco_exact_dupes.add(form)
            esco_exact[form] = uri
    for form in esco_exact_dupes:
        del esco_exact[form]

    onet_categories, onet_hot = read_onet(taxonomy / "onet-29.2" / ONET_FILE)
    stats["onet_names"] = len(onet_categories)
    stats["onet_hot_names"] = len(onet_hot)

    entries: dict[str, Entry] = dict(esco)
    onet_by_key: dict[str, Entry] = {}
    onet_names_of: dict[str, list[str]] = collections.defaultdict(list)  # entry id -> O*NET names
    for name in sorted(onet_categories):
        k = key(name)
        target = None
        uris = label_index.get(k, set())
        if len(uris) == 1:
            target = entries[next(iter(uris))]
            stats["onet_merged_on_label"] += 1
        elif k in onet_by_key:
            target = onet_by_key[k]
            stats["onet_merged_case_variant"] += 1
        else:
            # "Apache Hadoop" -> ESCO "Hadoop", "Structured query language SQL" -> ESCO "SQL":
            # a derived form must equal exactly one ESCO label or short name, case-sensitively
            # (so "Cisco IOS" does not join "iOS", nor "Apache Spark" the Java framework "SPARK").
            hits = {esco_exact[f] for f in sum(derived_forms(name), []) if f in esco_exact and not is_generic(f)}
            if len(hits) == 1:
                target = entries[hits.pop()]
                stats["onet_merged_on_derived_name"] += 1
                if VERBOSE_MERGES:
                    print(f"  merge: {name!r} -> {target.label!r}")
        if target is None:
            target = Entry("onet:" + name, name, "onet", pick_category(onet_categories[name]))
            entries[target.id] = target
            onet_by_key[k] = target
        else:
            if "onet" not in target.sources:
                # O*NET's commodity categories are the more specific ones for tools.
                target.category = pick_category(onet_categories[name])
            target.sources.add("onet")
            target.add_alias(name, TIER_SOURCE_LABEL)
        target.hot = target.hot or name in onet_hot
        onet_names_of[target.id].append(name)

    # Derived aliases for O*NET names.
    for entry_id, names in onet_names_of.items():
        entry = entries[entry_id]
        for name in names:
            for form in derived_forms(name)[0]:
                entry.add_alias(form, TIER_PRODUCT_NAME)
            for form in derived_forms(name)[1]:
                entry.add_alias(form, TIER_ACRONYM)

    # Ambiguity: the entry's own short name is a generic word.
    for e in entries.values():
        e.ambiguous = is_ambiguous_word(e.short_name) or is_ambiguous_word(e.label)

    # Alias resolution: a surface form maps to at most one entry.
    label_owner = {key(e.label): e.id for e in entries.values()}
    claims: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for e in entries.values():
        for k, (tier, _form) in e.aliases.items():
            claims[k].append((tier, e.id))
    for e in entries.values():
        kept = {}
        for k, (tier, form) in e.aliases.items():
            if k == key(e.label):
                continue
            if is_generic(form):
                stats["aliases_dropped_generic"] += 1
                continue
            if k in label_owner and label_owner[k] != e.id:
                stats["aliases_dropped_label_of_other_entry"] += 1
                continue
            best = min(t for t, _ in claims[k])
            winners = [i for t, i in claims[k] if t == best]
            if tier != best or len(winners) > 1:
                stats[f"aliases_dropped_shared_tier{tier}"] += 1
                continue
            kept[k] = form
        e.aliases = kept  # type: ignore[assignment]

    ordered = sorted(entries.values(), key=lambda e: e.id)
    return ordered, stats


def skillspan_dev_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """The dev half of a SkillSpan file: its even-numbered sentences (as make eval splits them),
    each a list of (token, knowledge tag)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("-DOCSTART-"):
            fields = line.split("\t")
            current.append((fields[0], fields[2] if len(fields) > 2 else "O"))
    return [s for i, s in enumerate(sentences) if i % 2 == 0]


def skillspan_phrases(sentence: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """A sentence's tokens, lower-cased and stripped of edge punctuation, and its knowledge spans
    written the same way."""
    tokens = [t.strip(TOKEN_EDGES).casefold() for t, _ in sentence]
    spans, open_ = [], None
    for token, (_, tag) in zip(tokens, sentence):
        if tag.startswith("B"):
            open_ = [token]
            spans.append(open_)
        elif tag.startswith("I") and open_ is not None:
            open_.append(token)
        else:
            open_ = None
    return tokens, [" ".join(t for t in span if t) for span in spans]


def add_skillspan_knowledge(entries: list[Entry], files: list[Path], ordinary: set[str],
                            stats: collections.Counter) -> list[Entry]:
    """Knowledge that job ads name, learnt from SkillSpan's dev half only (its test half is what
    make eval reports): each phrase annotated as knowledge that is annotated at least
    SKILLSPAN_MIN_PRECISION of the times it occurs there, at most SKILLSPAN_MAX_TOKENS words,
    and not already a name in the dictionary; a single word has three letters at least, and an
    ordinary English word needs two annotations."""
    labelled, occurs = collections.Counter(), collections.Counter()
    sentences = [skillspan_phrases(s) for f in files for s in skillspan_dev_sentences(f)]
    for _, spans in sentences:
        labelled.update(p for p in spans if p)
    for tokens, _ in sentences:
        for n in range(1, SKILLSPAN_MAX_TOKENS + 1):
            for i in range(len(tokens) - n + 1):
                phrase = " ".join(tokens[i:i + n])
                if phrase in labelled:
                    occurs[phrase] += 1
    known = {key(e.label) for e in entries} | {k for e in entries for k in e.aliases}
    added = []
    for phrase in sorted(labelled):
        words = phrase.split()
        if (len(words) > SKILLSPAN_MAX_TOKENS or "<" in phrase or len(phrase) < 2
                or not re.search(r"[^\W\d_]", phrase) or key(phrase) in known
                or labelled[phrase] < SKILLSPAN_MIN_PRECISION * occurs[phrase]
                or (len(words) == 1 and (len(phrase) < 3 or (phrase in ordinary and labelled[phrase] < 2)))):
            continue
        entry = Entry("skillspan:" + phrase, phrase, "skillspan", SKILLSPAN_CATEGORY)
        entry.aliases = {}  # type: ignore[assignment]
        added.append(entry)
        known.add(key(phrase))
    stats["skillspan_added"] = len(added)
    return sorted(entries + added, key=lambda e: e.id)


def read_ordinary_words(path: Path) -> set[str]:
    return {w.strip().casefold() for w in path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}


def apply_overrides(entries: list[Entry], path: Path, stats: collections.Counter) -> list[Entry]:
    """Hand-made corrections (skill_overrides.tsv): add, alias, unalias, merge, category, drop; applied last."""
    by_id = {e.id: e for e in entries}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        action, id_, names, category, ambiguous, reason = (line.split("\t") + [""] * 6)[:6]
        if not reason.strip():
            raise ValueError(f"{path.name}:{number}: every override needs a reason")
        forms = [clean(f) for f in names.split("|") if f.strip()]
        if action == "merge":
            # names are the ids of rows that duplicate this one: their names, sources and flags join it.
            if id_ not in by_id:
                raise ValueError(f"{path.name}:{number}: no row {id_}")
            target = by_id[id_]
            for other_id in (i.strip() for i in names.split("|") if i.strip()):
                other = by_id.pop(other_id, None)
                if other is None or other is target:
                    raise ValueError(f"{path.name}:{number}: no other row {other_id} to merge")
                if "onet" in other.sources and "onet" not in target.sources:
                    target.category = other.category  # as in build(): O*NET's category when O*NET contributes
                target.sources |= other.sources
                target.hot = target.hot or other.hot
                take_names(target, [other.label] + sorted(other.aliases.values()), by_id)  # type: ignore[arg-type]
            target.ambiguous = target.ambiguous or ambiguous == "Y"
        elif action == "category":
            # the row's category becomes the one given ("transversal skills" makes it a soft skill)
            if id_ not in by_id:
                raise ValueError(f"{path.name}:{number}: no row {id_}")
            by_id[id_].category = category
        elif action == "drop":
            if by_id.pop(id_, None) is None:
                raise ValueError(f"{path.name}:{number}: no row {id_} to drop")
        elif action == "add":
            if id_ in by_id or not id_.startswith("tailor:"):
                raise ValueError(f"{path.name}:{number}: added ids are new and start with tailor:")
            entry = Entry(id_, forms[0], "tailor", category)
            entry.ambiguous = ambiguous == "Y"
            entry.aliases = {}  # type: ignore[assignment]
            by_id[id_] = entry
            take_names(entry, forms, by_id)  # the label too: no other row keeps it as an alias
        elif action in ("alias", "unalias"):
            if id_ not in by_id:
                raise ValueError(f"{path.name}:{number}: no row {id_}")
            if action == "alias":
                take_names(by_id[id_], forms, by_id)
                by_id[id_].ambiguous = by_id[id_].ambiguous or ambiguous == "Y"
            else:
                for form in forms:
                    if by_id[id_].aliases.pop(key(form), None) is None:  # type: ignore[arg-type]
                        raise ValueError(f"{path.name}:{number}: {id_} has no alias {form!r}")
        else:
            raise ValueError(f"{path.name}:{number}: unknown action {action!r}")
        stats[f"overrides_{action}"] += 1
    return sorted(by_id.values(), key=lambda e: e.id)


def take_names(entry: Entry, forms: list[str], by_id: dict[str, Entry]) -> None:
    """The forms become the entry's aliases (its own label excepted) and no other row's alias
    (labels of other rows clash)."""
    for form in forms:
        k = key(form)
        for other in by_id.values():
            if other is not entry:
                if key(other.label) == k:
                    raise ValueError(f"alias {form!r} of {entry.id} is the label of {other.id}")
                other.aliases.pop(k, None)  # type: ignore[arg-type]
        if k != key(entry.label):
            entry.aliases[k] = form  # type: ignore[index]


def write_tsv(entries: list[Entry], out: Path) -> tuple[int, int, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    n_alias = n_amb = 0
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for e in entries:
            aliases = sorted(e.aliases.values(), key=lambda s: (s.casefold(), s))
            n_alias += len(aliases)
            n_amb += e.ambiguous
            source = "+".join(sorted(e.sources))
            fields = [e.id, e.label, "|".join(aliases), source, e.category,
                      "Y" if e.hot else "N", "Y" if e.ambiguous else "N"]
            for f in fields:
                if "\t" in f or "\n" in f or "\r" in f:
                    raise ValueError(f"bad character in field {f!r} of {e.id}")
            fh.write("\t".join(fields) + "\n")
    return len(entries), n_alias, n_amb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY,
                    help="folder holding onet-29.2/ and esco-1.2.0/ (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV (default: %(default)s)")
    ap.add_argument("--verbose", action="store_true", help="print merge and drop statistics")
    args = ap.parse_args(argv)
    global VERBOSE_MERGES
    VERBOSE_MERGES = args.verbose

    entries, stats = build(args.taxonomy)
    entries = apply_overrides(entries, OVERRIDES, stats)
    entries = add_skillspan_knowledge(entries, SKILLSPAN, read_ordinary_words(ORDINARY_WORDS), stats)
    n_entries, n_alias, n_amb = write_tsv(entries, args.out)
    print(f"entries={n_entries} aliases={n_alias} ambiguous={n_amb} "
          f"bytes={os.path.getsize(args.out)} -> {args.out}")
    if args.verbose:
        for k in sorted(stats):
            print(f"  {k}={stats[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
