"""The ``pos`` command as a person runs it: a real process on a real data folder."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path


def pos(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_help_lists_the_commands(tmp_path: Path):
    out = pos("--help", data_dir=tmp_path)
    assert out.returncode == 0
    for word in ("demo", "db", "audit", "--data-dir"):
        assert word in out.stdout


def test_demo_then_start_then_verify(tmp_path: Path):
    first = pos("demo", data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "62 items" in first.stdout and "20 tables" in first.stdout
    assert "Maria Schmidt (manager) 1234" in first.stdout
    again = pos("demo", data_dir=tmp_path)
    assert "already has a menu; nothing changed" in again.stdout
    start = pos(data_dir=tmp_path)
    assert start.returncode == 0 and "Trattoria Tableside" in start.stdout
    verify = pos("audit", "verify", data_dir=tmp_path)
    assert verify.returncode == 0 and "Audit log intact" in verify.stdout
    status = pos("db", "status", data_dir=tmp_path)
    assert "schema: 0013" in status.stdout


def test_audit_verify_fails_loudly_on_a_tampered_log(tmp_path: Path):
    assert pos("demo", data_dir=tmp_path).returncode == 0
    con = sqlite3.connect(tmp_path / "pos.db")
    con.execute("UPDATE audit_log SET action = 'nothing_to_see' WHERE seq = 1")
    con.commit()
    con.close()
    out = pos("audit", "verify", data_dir=tmp_path)
    assert out.returncode == 1
    assert "AUDIT LOG BROKEN at entry 1" in out.stdout


def test_db_upgrade_refuses_a_newer_database_with_a_clear_message(tmp_path: Path):
    assert pos("db", "upgrade", data_dir=tmp_path).returncode == 0
    con = sqlite3.connect(tmp_path / "pos.db")
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    out = pos("db", "upgrade", data_dir=tmp_path)
    assert out.returncode == 2
    assert "newer version of Tableside POS" in out.stderr
    assert "Traceback" not in out.stderr


def test_an_unwritable_data_dir_is_a_message_not_a_traceback(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = pos("db", "upgrade", data_dir=blocker / "sub")
    assert out.returncode == 2
    assert out.stderr.startswith("pos: ")
    assert "Traceback" not in out.stderr


def test_report_x_and_z_from_the_command_line(tmp_path: Path):
    import csv
    import io
    import json

    assert pos("demo", data_dir=tmp_path).returncode == 0
    x = pos("report", "x", data_dir=tmp_path)
    assert x.returncode == 0 and "X REPORT" in x.stdout and "Net sales" in x.stdout
    refused = pos("report", "z", data_dir=tmp_path)
    assert refused.returncode == 2 and "manager's PIN" in refused.stderr
    wrong = pos("report", "z", "--pin", "1111", data_dir=tmp_path)
    assert wrong.returncode == 2 and "may not run reports" in wrong.stderr
    z = pos("report", "z", "--pin", "1234", "--cash", "2000=1", "--json", data_dir=tmp_path)
    assert z.returncode == 0, z.stderr
    figures = json.loads(z.stdout)
    assert (figures["kind"], figures["number"], figures["cash_difference"]) == ("Z", 1, 2000)
    again = pos("report", "z", "--pin", "1234", "--date", figures["business_date"],
                data_dir=tmp_path)
    assert again.returncode == 2 and "already closed" in again.stderr
    out = tmp_path / "x.csv"
    assert pos("report", "x", "--csv", str(out), data_dir=tmp_path).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert any(r["label"] == "net" for r in rows)
    pdf = tmp_path / "z.pdf"
    stored = pos("report", "x", "--date", figures["business_date"], "--pdf", str(pdf),
                 data_dir=tmp_path)
    assert stored.returncode == 0, stored.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
