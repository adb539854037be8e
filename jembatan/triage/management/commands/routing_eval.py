"""routing_eval: train a fresh router on a file (or build the cold-start router from agency
descriptions) and measure it on a test file. Exit code 2 for unusable input files."""

from django.core.management.base import BaseCommand, CommandError

from jembatan.core.reference import AGENCIES_FILE, reference_agencies
from jembatan.triage.datasets import DatasetError, read_csv
from jembatan.triage.evaluation import evaluate, write_report
from jembatan.triage.lexicon import file_topics
from jembatan.triage.router import AgencyInfo, ColdStartRouter, TrainedRouter


class Command(BaseCommand):
    help = ("Evaluate agency routing: --train TRAIN.csv (text,agency) or --cold-start "
            "[AGENCIES] (the shipped agencies file by default, or a CSV agency,name,description), "
            "with --test TEST.csv (text,agency).")

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--train", help="CSV with header text,agency")
        source.add_argument("--cold-start", dest="cold_start", nargs="?",
                            const=str(AGENCIES_FILE), metavar="AGENCIES",
                            help="An agencies file like core/data/agencies.toml (the default) or "
                                 "a CSV with header agency,name,description")
        parser.add_argument("--test", required=True, help="CSV with header text,agency")
        parser.add_argument("--json", action="store_true",
                            help="End with one line of JSON with every metric.")
        parser.add_argument("--folds", type=int, default=0,
                            help="Also cross-validate on the training file (K folds).")
        parser.add_argument("--agencies",
                            help="With --train: CSV with header agency,name,description; the "
                                 "trained model also reads the agencies' duties, as the "
                                 "product's retraining does.")

    def handle(self, *args, **options):
        try:
            test = read_csv(options["test"], ("text", "agency"))
            infos = []
            if options["train"]:
                train = read_csv(options["train"], ("text", "agency"))
                if options["agencies"]:
                    infos = self._agencies(options["agencies"])
            else:
                agencies = self._agencies(options["cold_start"])
        except DatasetError as error:
            raise CommandError(str(error), returncode=2) from error

        # The taxonomy that ships with the project (lexicon/taxonomy.tsv), never the
        # coordinators' copy in the database: the result must depend on the two files and the
        # project alone, so that it is the same on every machine and needs no database. The
        # product's own retraining measures the database taxonomy on held-out dispositions
        # (see docs/decisions/0009-editable-taxonomy.md).
        topics = file_topics()
        if options["train"]:
            router = TrainedRouter(topics, agencies=infos).fit([r["text"] for r in train],
                                                               [r["agency"] for r in train])
            mode, n_train = "trained", len(train)
        else:
            router = ColdStartRouter(topics).fit(agencies)
            mode, n_train = "cold_start", 0
        result = evaluate(lambda text: router.predict(text).label,
                          [r["text"] for r in test], [r["agency"] for r in test])
        result = {**result, "mode": mode, "n_train": n_train}
        if options["train"] and options["folds"] >= 2:
            result["cross_validation"] = self._cross_validate(topics, train, options["folds"],
                                                              agencies=infos)
        self.stdout.write(f"routing ({mode}): {n_train} training messages, "
                          f"{result['n_test']} test messages")
        write_report(self.stdout, result, label_name="agency", as_json=options["json"])

    def _agencies(self, path: str) -> list[AgencyInfo]:
        if not path.endswith(".toml"):
            rows = read_csv(path, ("agency", "name", "description"))
            return [AgencyInfo(r["agency"], r["name"], r["description"]) for r in rows]
        try:
            rows = reference_agencies(path)
        except FileNotFoundError as error:
            raise DatasetError(f"{path}: file not found") from error
        except (OSError, ValueError) as error:
            raise DatasetError(f"{path}: not a valid agencies file ({error})") from error
        if not rows:
            raise DatasetError(f"{path}: no [[agency]] entries")
        incomplete = [str(n) for n, r in enumerate(rows, 1)
                      if not all(isinstance(r.get(k), str) and r[k].strip()
                                 for k in ("slug", "name", "duties"))]
        if incomplete:
            raise DatasetError(f"{path}: agency number(s) {', '.join(incomplete[:10])} lack a "
                               f"slug, name or duties")
        return [AgencyInfo(r["slug"], r["name"], r["duties"]) for r in rows]

    def _cross_validate(self, topics, rows, folds: int, *, agencies=()) -> dict:
        import statistics

        from sklearn.metrics import f1_score
        from sklearn.model_selection import StratifiedKFold

        texts = [r["text"] for r in rows]
        labels = [r["agency"] for r in rows]
        scores = []
        splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
        for train, test in splitter.split(texts, labels):
            router = TrainedRouter(topics, agencies=list(agencies)).fit(
                [texts[i] for i in train], [labels[i] for i in train])
            predicted = [router.predict(texts[i]).label for i in test]
            scores.append(f1_score([labels[i] for i in test], predicted, average="macro",
                                   zero_division=0))
        return {"folds": folds, "macro_f1_mean": round(statistics.fmean(scores), 4),
                "macro_f1_std": round(statistics.pstdev(scores), 4),
                "macro_f1_folds": [round(s, 4) for s in scores]}
