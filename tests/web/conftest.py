from tests.api.conftest import client, db_path, make_client, seeded_template  # noqa: F401
