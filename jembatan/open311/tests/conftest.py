import pytest

from jembatan.open311 import actions


@pytest.fixture
def client_key(db):
    """(row, key) of an Open311 client allowed to send reports and read updates."""
    return actions.client_key_issue(name="Aplikasi Lapor Warga", actor=None)


@pytest.fixture
def api_key(client_key):
    return client_key[1]
