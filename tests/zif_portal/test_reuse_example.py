"""The Python example of the reuse page works against a running portal."""

import subprocess
import sys

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_python_example_runs_against_a_live_server(real_data_committed, live_server):
    example = settings.BASE_DIR / "docs" / "examples" / "api_python.py"
    result = subprocess.run(
        [sys.executable, str(example), live_server.url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Morona Santiago: 12 cantons in 2003, 13 today" in result.stdout
    assert "Created since: EC-1413" in result.stdout
    assert "Morona: seat Macas, from inec-dpa-parish-copy" in result.stdout
