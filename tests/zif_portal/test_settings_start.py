"""What the settings require, tried in fresh processes with nothing set but the path."""

import os
import subprocess
import sys

from django.conf import settings

ROOT = settings.BASE_DIR


def run(*args, **env):
    clean = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_commands_that_need_no_secret_run_without_one():
    result = run("manage.py", "makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_without_a_secret_the_server_refuses_to_start_and_the_deploy_check_fails():
    server = run("-c", "import zif_portal.wsgi")
    assert server.returncode != 0 and "SECRET_KEY" in server.stderr
    deploy = run("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert deploy.returncode != 0 and "security.W009" in deploy.stderr + deploy.stdout
