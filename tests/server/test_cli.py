"""``pos server`` and ``pos enroll`` as a person runs them: real processes, real TLS."""

from __future__ import annotations

import socket
import sqlite3
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest


def pos(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _self_signed(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    done = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {done.stderr[:200]!r}")
    return cert, key


def test_server_over_tls_enroll_code_and_enroll(tmp_path: Path):
    server_dir, terminal_dir = tmp_path / "server", tmp_path / "terminal"
    server_dir.mkdir()
    cert, key = _self_signed(tmp_path)
    port = _free_port()
    db = f"sqlite:///{server_dir / 'server.db'}"
    proc = subprocess.Popen([sys.executable, "-m", "pos.cli", "--data-dir", str(server_dir),
                             "server", "--db", db, "--host", "127.0.0.1", "--port", str(port),
                             "--cert", str(cert), "--key", str(key)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"https://127.0.0.1:{port}"
    try:
        with httpx.Client(verify=ssl.create_default_context(cafile=str(cert)), timeout=2) as c:
            for _ in range(200):
                try:
                    if c.get(f"{url}/api/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.05)
            else:
                pytest.fail("the server did not come up")
        made = pos("server", "enroll-code", "--db", db, "--site", "Harbour",
                   data_dir=server_dir)
        assert made.returncode == 0, made.stderr
        code = made.stdout.split("Harbour: ")[1].split()[0]
        untrusted = pos("enroll", url, code, data_dir=terminal_dir)
        assert untrusted.returncode == 2 and "did not answer" in untrusted.stderr
        ok = pos("enroll", url, code, "--ca", str(cert), "--name", "bar till",
                 data_dir=terminal_dir)
        assert ok.returncode == 0, ok.stderr
        assert "Harbour" in ok.stdout
        again = pos("enroll", url, code, "--ca", str(cert), data_dir=terminal_dir)
        assert again.returncode == 2 and "used already" in again.stderr
        listed = pos("server", "terminals", "--db", db, data_dir=server_dir)
        assert "Harbour" in listed.stdout and "bar till" in listed.stdout
    finally:
        proc.terminate()
        out, _err = proc.communicate(timeout=20)
    con = sqlite3.connect(terminal_dir / "pos.db")
    settings = dict(con.execute("SELECT key, value FROM setting WHERE key LIKE 'sync_%'"))
    con.close()
    assert settings["sync_server_url"] == url and settings["sync_device_token"]
    assert settings["sync_site"] == "Harbour" and settings["sync_ca_file"] == str(cert)
    assert f"https://127.0.0.1:{port}/api/v1" in out
