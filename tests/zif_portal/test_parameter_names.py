"""A visitor's parameter names are text, never a format string (Schemathesis found
`?%b=` answered 500 before)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/territories/", "/api/v1/censuses/", "/api/v1/projects/"])
def test_an_unknown_parameter_with_a_percent_sign_answers_400_naming_it(client, path):
    response = client.get(path + "?a%25b=1&%25s%25d=2")
    assert response.status_code == 400
    message = response.json()["__all__"][0]
    assert "a%b" in message and "%s%d" in message
