import pytest


@pytest.fixture(autouse=True)
def fresh_statistics_cache():
    """The unit panels' cache is keyed on a generation that only this app's writes
    raise; a test's rolled-back observations must not be served to the next test."""
    from indicators.signals import new_generation

    new_generation()
    yield
    new_generation()
