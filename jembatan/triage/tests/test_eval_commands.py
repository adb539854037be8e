"""The evaluation commands: their contract on good files and a clear exit 2 on bad ones."""

import csv
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ROUTING_TRAIN = [
    ("jalan di depan sekolah berlubang parah mohon diperbaiki", "pu"),
    ("aspal jalan kabupaten rusak dan retak", "pu"),
    ("jembatan desa putus tolong dibangun lagi", "pu"),
    ("jln rusak parah min udh lama gk dibenerin", "pu"),
    ("listrik padam sejak tadi malam di kampung kami", "pln"),
    ("tiang listrik miring hampir roboh", "pln"),
    ("token listrik tidak bisa diisi", "pln"),
    ("mati lampu terus tiap hujan", "pln"),
    ("air pdam mati tiga hari", "pdam"),
    ("air keruh dan bau dari pdam", "pdam"),
    ("pipa air bocor di pinggir jalan", "pdam"),
    ("tagihan air bulan ini naik drastis", "pdam"),
]
ROUTING_TEST = [
    ("jalannya rusak berlubang banyak", "pu"),
    ("listrik mati lagi dari pagi", "pln"),
    ("air pdam tidak mengalir", "pdam"),
]
AGENCIES = [
    ("pu", "Dinas Pekerjaan Umum", "Pemeliharaan jalan kabupaten, jembatan dan drainase."),
    ("pln", "PLN Unit Layanan", "Listrik padam, tiang dan kabel listrik, token dan meteran."),
    ("pdam", "Perumda Air Minum", "Air minum PDAM mati atau keruh, pipa bocor, tagihan air."),
]
POSTS_TEST = [
    ("Vaksinasi gratis Sabtu 12 Oktober pukul 08.00 di Puskesmas Kertek, bawa KTP. "
     "Info: 0812-0000-1111", "informatif"),
    ("Bupati menghadiri upacara peringatan dan berfoto bersama jajaran forkopimda.",
     "seremonial"),
]


def write(path, header, rows, encoding="utf-8"):
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def run(*args) -> tuple[str, dict | None]:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    text = out.getvalue()
    last = text.strip().splitlines()[-1]
    return text, json.loads(last) if last.startswith("{") else None


def test_routing_eval_trains_on_the_file_and_reports_every_metric(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN)
    test = write(tmp_path / "test.csv", ["text", "agency"], ROUTING_TEST)

    text, result = run("routing_eval", "--train", train, "--test", test, "--json")

    assert "macro-F1" in text
    assert "precision" in text
    assert {"accuracy", "macro_f1", "latency_ms_mean", "latency_ms_p95"} <= set(result)
    assert set(result["per_label"]) == {"pu", "pln", "pdam"}
    assert result["accuracy"] == 1.0
    assert result["n_train"] == len(ROUTING_TRAIN)


def test_routing_eval_cold_start_uses_only_the_agencies_file(tmp_path):
    agencies = write(tmp_path / "agencies.csv", ["agency", "name", "description"], AGENCIES)
    test = write(tmp_path / "test.csv", ["text", "agency"], ROUTING_TEST)

    _text, result = run("routing_eval", "--cold-start", agencies, "--test", test, "--json")

    assert result["mode"] == "cold_start"
    assert result["accuracy"] == 1.0
    assert result["latency_ms_p95"] >= result["latency_ms_mean"] * 0


def test_routing_eval_accepts_any_label_strings(tmp_path):
    rows = [(text, f"Instansi {label.upper()} (unit 1)") for text, label in ROUTING_TRAIN]
    train = write(tmp_path / "train.csv", ["text", "agency"], rows)
    test = write(tmp_path / "test.csv", ["text", "agency"],
                 [(t, f"Instansi {a.upper()} (unit 1)") for t, a in ROUTING_TEST])

    _text, result = run("routing_eval", "--train", train, "--test", test, "--json")

    assert "Instansi PU (unit 1)" in result["per_label"]


def test_quality_eval_uses_the_shipped_model_without_train(tmp_path):
    test = write(tmp_path / "posts.csv", ["text", "label"], POSTS_TEST)

    _text, result = run("quality_eval", "--test", test, "--json")

    assert result["model"] == "shipped"
    assert {"accuracy", "macro_f1"} <= set(result)


def test_quality_eval_trains_a_fresh_model_with_train(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "label"], POSTS_TEST * 3)
    test = write(tmp_path / "test.csv", ["text", "label"], POSTS_TEST)

    _text, result = run("quality_eval", "--test", test, "--train", train, "--json")

    assert result["model"] == "trained"
    assert result["accuracy"] == 1.0


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        (["text", "label_agency"], ROUTING_TEST, "missing column"),
        (["text", "agency"], [("", "pu"), ("jalan rusak", "")], "empty cell"),
        (["text", "agency"], [], "no data rows"),
    ],
)
def test_bad_routing_files_exit_with_code_2_and_a_clear_message(tmp_path, header, rows,
                                                                message):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN)
    bad = write(tmp_path / "bad.csv", header, rows)

    with pytest.raises(CommandError) as error:
        call_command("routing_eval", "--train", train, "--test", bad)

    assert error.value.returncode == 2
    assert message in str(error.value)


def test_a_file_in_another_encoding_exits_with_code_2(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN)
    latin = write(tmp_path / "latin.csv", ["text", "agency"],
                  [("jalan rusak di depan café", "pu")], encoding="utf-16")

    with pytest.raises(CommandError) as error:
        call_command("routing_eval", "--train", train, "--test", latin)

    assert error.value.returncode == 2
    assert "UTF-8" in str(error.value)


def test_a_missing_file_exits_with_code_2(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("quality_eval", "--test", str(tmp_path / "nowhere.csv"))

    assert error.value.returncode == 2


def test_unknown_quality_labels_exit_with_code_2(tmp_path):
    test = write(tmp_path / "posts.csv", ["text", "label"], [("Pengumuman", "bagus")])

    with pytest.raises(CommandError) as error:
        call_command("quality_eval", "--test", test)

    assert error.value.returncode == 2
    assert "informatif" in str(error.value)


URGENCY_TEST = [
    ("Tolong, rumah tetangga kebakaran, apinya sudah sampai atap", "urgent"),
    ("tulung omahe kebanjiran, banyune wis sak dada, simbah isih ning njero", "urgent"),
    ("Tikungan di Kalianget rawan kecelakaan, mohon dipasang cermin", "normal"),
    ("Kemarin ambulans datang telat satu jam, mohon dievaluasi", "normal"),
]


def test_urgency_eval_reports_precision_recall_and_f1_of_urgent(tmp_path):
    test = write(tmp_path / "urgency.csv", ["text", "label"], URGENCY_TEST)

    text, result = run("urgency_eval", "--test", test, "--json")

    assert "precision" in text
    assert "recall" in text
    assert "F1" in text
    assert set(result) == {"precision", "recall", "f1", "precision_ci95", "recall_ci95",
                           "f1_ci95", "latency_ms_mean", "cpu_ms_mean"}
    assert result["recall_ci95"][0] <= result["recall"] <= result["recall_ci95"][1]
    assert result["cpu_ms_mean"] >= 0
    assert result["recall"] == 1.0
    assert result["precision"] == 1.0
    assert result["f1"] == 1.0


def test_urgency_eval_without_json_prints_no_json(tmp_path):
    test = write(tmp_path / "urgency.csv", ["text", "label"], URGENCY_TEST)

    text, result = run("urgency_eval", "--test", test)

    assert result is None
    assert "recall" in text


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        (["text", "urgency"], URGENCY_TEST, "missing column"),
        (["text", "label"], [("kebakaran", "")], "empty cell"),
        (["text", "label"], [], "no data rows"),
        (["text", "label"], [("kebakaran", "darurat")], "unknown label"),
    ],
)
def test_bad_urgency_files_exit_with_code_2(tmp_path, header, rows, message):
    bad = write(tmp_path / "bad.csv", header, rows)

    with pytest.raises(CommandError) as error:
        call_command("urgency_eval", "--test", bad)

    assert error.value.returncode == 2
    assert message in str(error.value)


def test_a_missing_urgency_file_exits_with_code_2(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("urgency_eval", "--test", str(tmp_path / "nowhere.csv"))

    assert error.value.returncode == 2


def test_routing_eval_gives_confidence_intervals_and_cross_validates(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN * 2)
    test = write(tmp_path / "test.csv", ["text", "agency"], ROUTING_TEST * 4)

    text, result = run("routing_eval", "--train", train, "--test", test, "--folds", "2",
                       "--json")

    low, high = result["macro_f1_ci95"]
    assert low <= result["macro_f1"] <= high
    assert result["cross_validation"]["folds"] == 2
    assert len(result["cross_validation"]["macro_f1_folds"]) == 2
    assert "95% CI" in text


def test_routing_eval_trained_reads_the_agencies_duties_when_given(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN * 2)
    test = write(tmp_path / "test.csv", ["text", "agency"], ROUTING_TEST)
    agencies = write(tmp_path / "agencies.csv", ["agency", "name", "description"], AGENCIES)

    _text, result = run("routing_eval", "--train", train, "--agencies", agencies, "--test", test,
                        "--folds", "2", "--json")

    assert result["mode"] == "trained"
    assert result["accuracy"] == 1.0
    assert result["cross_validation"]["folds"] == 2


def test_routing_eval_with_an_unusable_agencies_file_exits_with_code_2(tmp_path):
    train = write(tmp_path / "train.csv", ["text", "agency"], ROUTING_TRAIN)
    test = write(tmp_path / "test.csv", ["text", "agency"], ROUTING_TEST)
    agencies = write(tmp_path / "agencies.csv", ["agency", "label"], [["a", "b"]])

    with pytest.raises(CommandError) as raised:
        call_command("routing_eval", "--train", train, "--agencies", agencies, "--test", test)

    assert raised.value.returncode == 2


def test_urgency_eval_leaves_one_batch_out_at_a_time(tmp_path):
    rows = [(text, label, batch) for batch in ("first", "second") for text, label in URGENCY_TEST]
    test = write(tmp_path / "urgency.csv", ["text", "label", "batch"], rows)

    text, result = run("urgency_eval", "--test", test, "--by-batch", "--json")

    assert "one batch left out at a time (2 batches)" in text
    assert "batch first: 4 messages, missed 0 of 2, false alarms 0 of 2" in text
    assert result["recall"] == 1.0


def test_urgency_eval_by_batch_without_a_batch_column_exits_with_code_2(tmp_path):
    test = write(tmp_path / "urgency.csv", ["text", "label"], URGENCY_TEST)

    with pytest.raises(CommandError) as error:
        call_command("urgency_eval", "--test", test, "--by-batch")

    assert error.value.returncode == 2
    assert "batch" in str(error.value)
