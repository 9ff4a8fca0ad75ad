"""Checks of the skill dictionary build: `python3 -m unittest discover -s ops/data` (run by make test)."""
import collections
import csv
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_skill_dictionary as build  # noqa: E402


def rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def owner_of(table: dict[str, dict[str, str]], name: str) -> list[str]:
    k = name.casefold()
    return [i for i, r in table.items()
            if r["label"].casefold() == k or k in (a.casefold() for a in r["aliases"].split("|") if a)]


@unittest.skipUnless(build.DEFAULT_TAXONOMY.is_dir(), f"taxonomy not found at {build.DEFAULT_TAXONOMY}")
class BuildTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.first = Path(cls.tmp.name) / "a.tsv"
        cls.second = Path(cls.tmp.name) / "b.tsv"
        for out in (cls.first, cls.second):
            build.main(["--taxonomy", str(build.DEFAULT_TAXONOMY), "--out", str(out)])
        cls.table = rows(cls.first)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_the_build_is_deterministic(self):
        self.assertEqual(self.first.read_bytes(), self.second.read_bytes())

    def test_the_committed_dictionary_is_a_fresh_build(self):
        committed = build.DEFAULT_OUT.read_bytes().split(b"\n")
        fresh = self.first.read_bytes().split(b"\n")
        if committed != fresh:
            line = next((n for n, (a, b) in enumerate(zip(committed, fresh), 1) if a != b), min(len(committed), len(fresh)))
            self.fail(f"skills.tsv is stale from line {line} ({len(committed)} vs {len(fresh)} lines): "
                      "run python3 ops/data/build_skill_dictionary.py and commit it")

    def test_every_alias_belongs_to_one_row_and_is_no_other_rows_label(self):
        labels: dict[str, set[str]] = {}
        for id_, r in self.table.items():
            labels.setdefault(r["label"].casefold(), set()).add(id_)
        owners: dict[str, str] = {}
        for id_, r in self.table.items():
            for alias in (a for a in r["aliases"].split("|") if a):
                k = alias.casefold()
                self.assertNotIn(k, owners, f"{alias!r} is an alias of both {owners.get(k)} and {id_}")
                self.assertTrue(labels.get(k, {id_}) <= {id_}, f"{alias!r} of {id_} is the label of {labels.get(k)}")
                owners[k] = id_

    def test_overrides_took_effect(self):
        for name in ("Spark", "PySpark", "Spark SQL", "Apache Spark"):
            self.assertEqual(owner_of(self.table, name), ["onet:Apache Spark"], name)
        self.assertEqual(self.table["onet:Apache Spark"]["ambiguous"], "N")
        self.assertNotIn("onet:PySpark", self.table)
        self.assertEqual(owner_of(self.table, "Epic"), ["onet:Epic Systems"])
        self.assertEqual(owner_of(self.table, "FHIR"), ["tailor:HL7 FHIR"])
        self.assertEqual(owner_of(self.table, "HL7"), ["tailor:HL7"])
        self.assertEqual(self.table["tailor:HL7"]["source"], "tailor")
        self.assertEqual(self.table["tailor:HL7 FHIR"]["source"], "tailor")
        imaging = [r for r in self.table.values() if r["label"] == "medical imaging technology"]
        self.assertEqual(len(imaging), 1)
        self.assertNotIn("hl7", imaging[0]["aliases"].casefold())
        self.assertEqual(owner_of(self.table, "K8s"), ["onet:Kubernetes"])
        objc = owner_of(self.table, "Objective-C")
        self.assertEqual(len(objc), 1)
        self.assertEqual(owner_of(self.table, "Objective C"), objc)
        self.assertEqual([i for i, r in self.table.items() if r["label"].casefold().replace("-", " ") == "objective c"],
                         objc)
        self.assertEqual(owner_of(self.table, "Jenkins CI"), owner_of(self.table, "Jenkins"))
        self.assertEqual(owner_of(self.table, "PMP"), ["tailor:PMP"])
        self.assertEqual(owner_of(self.table, "POS"), ["onet:Point of sale POS software"])
        self.assertEqual(self.table["onet:Rust programming language"]["ambiguous"], "Y")

    def test_added_rows_are_the_projects_own(self):
        for id_, r in self.table.items():
            self.assertEqual(id_.startswith("tailor:"), r["source"] == "tailor", id_)

    def test_an_override_without_a_reason_is_refused(self):
        bad = Path(self.tmp.name) / "bad.tsv"
        bad.write_text("alias\tonet:Kubernetes\tKube\t\t\t\n", encoding="utf-8")
        entries, stats = build.build(build.DEFAULT_TAXONOMY)
        with self.assertRaisesRegex(ValueError, "needs a reason"):
            build.apply_overrides(entries, bad, stats)

    def test_a_merge_of_a_missing_row_is_refused(self):
        bad = Path(self.tmp.name) / "bad-merge.tsv"
        bad.write_text("merge\tonet:Kubernetes\tonet:No such row\t\t\tduplicate\n", encoding="utf-8")
        entries, stats = build.build(build.DEFAULT_TAXONOMY)
        with self.assertRaisesRegex(ValueError, "no other row"):
            build.apply_overrides(entries, bad, stats)


if __name__ == "__main__":
    unittest.main()


class SkillSpanKnowledgeTest(unittest.TestCase):
    """Knowledge learnt from SkillSpan's dev half: only its even sentences, only phrases annotated at
    least half the times they occur, ordinary words only when annotated twice."""

    def conll(self, sentences: list[list[tuple[str, str]]]) -> Path:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".conll", delete=False, encoding="utf-8")
        for sentence in sentences:
            for token, tag in sentence:
                tmp.write(f"{token}\tO\t{tag}\n")
            tmp.write("\n")
        tmp.close()
        self.addCleanup(Path(tmp.name).unlink)
        return Path(tmp.name)

    def test_learns_from_the_dev_half_only_and_keeps_what_is_annotated_often_enough(self):
        path = self.conll([
            [("Kafka", "B-Knowledge"), ("Streams", "I-Knowledge"), ("and", "O"), ("cloud", "B-Knowledge")],  # dev
            [("Terraform!", "B-Knowledge")],  # test half: never read
            [("We", "O"), ("like", "O"), ("Kafka", "O"), ("Streams", "O"), ("cloud", "O")],  # dev
            [("Terraform", "B-Knowledge")],  # test half
            [("cloud", "O"), ("Kafka", "B-Knowledge"), ("Streams", "I-Knowledge")],  # dev
        ])
        stats = collections.Counter()
        added = build.add_skillspan_knowledge([], [path], {"cloud"}, stats)
        self.assertEqual([e.id for e in added], ["skillspan:kafka streams"])
        self.assertEqual(added[0].category, build.SKILLSPAN_CATEGORY)

    def test_a_name_the_dictionary_has_is_not_added_again(self):
        path = self.conll([[("PostgreSQL", "B-Knowledge")]])
        existing = build.Entry("onet:PostgreSQL", "PostgreSQL", "onet", "Database management system software")
        added = build.add_skillspan_knowledge([existing], [path], set(), collections.Counter())
        self.assertEqual([e.id for e in added], ["onet:PostgreSQL"])
