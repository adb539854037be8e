"""quality_eval: measure the information-value checker on a labelled file of posts."""

from django.core.management.base import BaseCommand, CommandError

from jembatan.triage.datasets import DatasetError, read_csv
from jembatan.triage.evaluation import evaluate, write_report
from jembatan.triage.quality import INFORMATIF, SEREMONIAL, QualityModel, shipped_model


class Command(BaseCommand):
    help = ("Evaluate the information-value checker on --test TEST.csv (text,label with labels "
            "informatif/seremonial); --train TRAIN.csv trains a fresh model instead of the "
            "shipped one.")

    def add_arguments(self, parser):
        parser.add_argument("--test", required=True)
        parser.add_argument("--train")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options):
        try:
            test = read_csv(options["test"], ("text", "label"))
            train = read_csv(options["train"], ("text", "label")) if options["train"] else None
        except DatasetError as error:
            raise CommandError(str(error), returncode=2) from error
        for name, rows in (("test", test), ("train", train or [])):
            wrong = sorted({r["label"] for r in rows} - {INFORMATIF, SEREMONIAL})
            if wrong:
                raise CommandError(f"{options[name]}: unknown label(s) {', '.join(wrong)}; "
                                   f"use {INFORMATIF} or {SEREMONIAL}", returncode=2)
        if train:
            model = QualityModel().fit([r["text"] for r in train], [r["label"] for r in train])
        else:
            model = shipped_model()
        result = evaluate(model.predict, [r["text"] for r in test], [r["label"] for r in test])
        result = {**result, "model": "trained" if train else "shipped",
                  "n_train": len(train) if train else None}
        self.stdout.write(f"information value ({result['model']} model): "
                          f"{result['n_test']} test posts")
        write_report(self.stdout, result, label_name="label", as_json=options["json"])
