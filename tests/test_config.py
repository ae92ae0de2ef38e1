"""Configuration: where it is read from, env overrides, errors that name the option, the token, `run` without one."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import time
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, TokenMissing, load_config, load_token
from bot.knowledge.crisis import CrisisLine
from bot.knowledge.loader import load_knowledge
from tests.bot_process import bot_cli, clean_env

PROJECT_ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = PROJECT_ROOT / "config.example.yaml"
FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-that-must-never-be-printed"
DEFAULT_CRISIS = load_knowledge(PROJECT_ROOT / "knowledge").knowledge.crisis


def write(path: Path, text: str) -> Path:
    """Write a file and return its path."""
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test in an empty folder, with no BOT_* or DISCORD_* variables from the developer's shell."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("BOT_", "DISCORD_")):
            monkeypatch.delenv(name)
    return tmp_path


# ----- where the config comes from -----


def test_no_file_and_no_env_gives_the_defaults(in_tmp: Path) -> None:
    config = load_config()
    assert config == Config()
    assert config.retention_days == 30
    assert config.knowledge_path == "knowledge"
    assert config.source_file is None


def test_config_yaml_in_the_current_folder_is_read(in_tmp: Path) -> None:
    write(in_tmp / "config.yaml", "retention_days: 7\nmaintainers: the Lupus Friends mods\n")
    config = load_config()
    assert config.retention_days == 7
    assert config.maintainers == "the Lupus Friends mods"
    assert config.source_file == "config.yaml"


def test_an_explicit_path_wins_over_config_yaml(in_tmp: Path) -> None:
    write(in_tmp / "config.yaml", "retention_days: 7\n")
    chosen = write(in_tmp / "community.yaml", "retention_days: 3\n")
    config = load_config(chosen)
    assert config.retention_days == 3
    assert config.source_file == str(chosen)


def test_bot_config_env_names_the_file(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(in_tmp / "config.yaml", "retention_days: 7\n")
    chosen = write(in_tmp / "elsewhere.yaml", "retention_days: 14\n")
    monkeypatch.setenv("BOT_CONFIG", str(chosen))
    assert load_config().retention_days == 14


def test_a_named_config_file_that_does_not_exist_is_an_error(in_tmp: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(in_tmp / "missing.yaml")
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(env={"BOT_CONFIG": str(in_tmp / "missing.yaml")})


def test_a_config_yaml_that_is_a_directory_is_named_as_the_docker_mistake(in_tmp: Path) -> None:
    """`-v ./config.yaml:/app/config.yaml` without the file on the host makes Docker create a directory there."""
    (in_tmp / "config.yaml").mkdir()
    with pytest.raises(ConfigError, match=r"config\.yaml is a directory, not a file") as caught:
        load_config()
    assert "cp config.example.yaml config.yaml" in str(caught.value)
    (in_tmp / "named").mkdir()
    with pytest.raises(ConfigError, match="is a directory"):
        load_config(in_tmp / "named")


def test_run_with_a_config_directory_stops_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").mkdir()
    done = bot_cli("run", cwd=tmp_path, env=clean_env(DISCORD_TOKEN=FAKE_TOKEN))
    assert done.returncode == 2
    assert "config.yaml is a directory" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_config_file_gives_the_defaults(in_tmp: Path) -> None:
    config = load_config(write(in_tmp / "empty.yaml", "# nothing yet\n"))
    assert dataclasses.replace(config, source_file=None) == Config()


# ----- environment overrides -----


def test_environment_overrides_the_defaults(in_tmp: Path) -> None:
    config = load_config(
        env={
            "BOT_RETENTION_DAYS": "0",
            "BOT_PRIVATE_BY_DEFAULT": "true",
            "BOT_MODERATOR_ROLE_IDS": "1,2",
            "BOT_DEV_GUILD_IDS": "10 20",
            "BOT_MOD_LOG_CHANNEL_ID": "333",
            "BOT_COOLDOWN_PER_SECONDS": "12.5",
            "BOT_WATCH_KNOWLEDGE": "off",
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9999/gateway",
        }
    )
    assert config.retention_days == 0
    assert config.private_by_default is True
    assert config.moderator_role_ids == (1, 2)
    assert config.dev_guild_ids == (10, 20)
    assert config.mod_log_channel_id == 333
    assert config.cooldown_per_seconds == 12.5
    assert config.watch_knowledge is False
    assert config.discord_api_base == "http://127.0.0.1:9999/api/v10"
    assert config.discord_gateway_url == "ws://127.0.0.1:9999/gateway"


def test_environment_overrides_the_file(in_tmp: Path) -> None:
    write(in_tmp / "config.yaml", "retention_days: 7\nprivate_by_default: true\n")
    config = load_config(env={"BOT_RETENTION_DAYS": "0"})
    assert config.retention_days == 0
    assert config.private_by_default is True  # from the file, not overridden


def test_load_config_reads_os_environ_by_default(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_RETENTION_DAYS", "0")
    monkeypatch.setenv("BOT_PRIVATE_BY_DEFAULT", "true")
    monkeypatch.setenv("BOT_MODERATOR_ROLE_IDS", "1,2")
    config = load_config()
    assert (config.retention_days, config.private_by_default, config.moderator_role_ids) == (0, True, (1, 2))


# ----- mistakes name the option -----


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ('retention_days: "soon"\n', "retention_days"),
        ("retention_days: -1\n", "retention_days"),
        ("private_by_default: maybe\n", "private_by_default"),
        ("moderator_role_ids: [admins]\n", "moderator_role_ids"),
        ("moderator_role_ids: 5\n", "moderator_role_ids"),
        ("mod_log_channel_id: general\n", "mod_log_channel_id"),
        ("cooldown_rate: 0\n", "cooldown_rate"),
        ("cooldown_per_seconds: fast\n", "cooldown_per_seconds"),
        ("log_level: LOUD\n", "log_level"),
        ("crisis: {message: [hi]}\n", "crisis"),
    ],
)
def test_an_invalid_value_names_the_option(in_tmp: Path, text: str, option: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(in_tmp / "config.yaml", text))
    assert f"'{option}" in str(caught.value)


def test_an_invalid_env_value_names_the_option(in_tmp: Path) -> None:
    with pytest.raises(ConfigError, match="retention_days"):
        load_config(env={"BOT_RETENTION_DAYS": "soon"})


def test_an_unknown_option_suggests_the_right_name(in_tmp: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(in_tmp / "config.yaml", "retension_days: 10\n"))
    message = str(caught.value)
    assert "'retension_days' is not known" in message
    assert "did you mean 'retention_days'" in message


def test_a_file_that_is_not_a_mapping_or_not_yaml_is_explained(in_tmp: Path) -> None:
    with pytest.raises(ConfigError, match="mapping"):
        load_config(write(in_tmp / "list.yaml", "- retention_days\n"))
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(in_tmp / "broken.yaml", "retention_days: [1\n"))


# ----- crisis lines -----


def test_a_crisis_section_replaces_the_lines(in_tmp: Path) -> None:
    config = load_config(
        write(
            in_tmp / "config.yaml",
            "crisis:\n"
            "  lines:\n"
            "    - {region: Australia, name: Lifeline, contact: Call 13 11 14}\n"
            "    - {region: Australia, name: Emergency services, contact: Call 000}\n",
        )
    )
    resources = config.crisis_resources(DEFAULT_CRISIS)
    assert resources.lines == (
        CrisisLine("Australia", "Lifeline", "Call 13 11 14"),
        CrisisLine("Australia", "Emergency services", "Call 000"),
    )
    # message, fallback, emergency numbers and support were not given, so the FAQ's stay
    assert resources.texts == DEFAULT_CRISIS.texts and resources.directory == DEFAULT_CRISIS.directory
    assert resources.emergency == DEFAULT_CRISIS.emergency and resources.support == DEFAULT_CRISIS.support


def test_without_a_crisis_section_the_faq_lines_are_used(in_tmp: Path) -> None:
    assert load_config().crisis_resources(DEFAULT_CRISIS) == DEFAULT_CRISIS


@pytest.mark.parametrize(
    ("section", "named"),
    [
        ("crisis:\n  lines: []\n", "'crisis.lines'"),
        ("crisis:\n  lines:\n    - {region: X, name: Y}\n", "'crisis.lines[1]'"),
        ("crisis:\n  lines:\n    - {region: X, name: Y, contact: Z}\n  numbers: []\n", "'crisis.numbers'"),
    ],
)
def test_a_broken_crisis_section_is_explained(in_tmp: Path, section: str, named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(in_tmp / "config.yaml", section))
    assert named in str(caught.value)


def test_the_crisis_override_reaches_the_answers(in_tmp: Path) -> None:
    config = write(
        in_tmp / "config.yaml",
        "crisis:\n"
        "  message: We care about you.\n"
        "  lines:\n"
        "    - {region: Testland, name: Test Crisis Line, contact: Call 0000}\n",
    )
    done = bot_cli(
        "ask",
        "--json",
        "--knowledge",
        str(PROJECT_ROOT / "knowledge"),
        "--config",
        str(config),
        "I want to kill myself",
        cwd=in_tmp,
        env=clean_env(),
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["status"] == "crisis"
    assert "Test Crisis Line" in answer["answer"]
    assert "We care about you." in answer["answer"]
    assert "988" not in answer["answer"]  # the FAQ's default lines were replaced


# ----- config.example.yaml -----


def test_the_example_config_loads_and_equals_the_defaults() -> None:
    config = load_config(EXAMPLE, env={})
    assert dataclasses.replace(config, source_file=None) == Config()


def test_the_example_config_documents_every_option_and_its_env_variable() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for option in dataclasses.fields(Config):
        if option.name == "source_file":
            continue
        assert re.search(rf"^(# )?{option.name}:", text, re.MULTILINE), f"{option.name} is not in the example"
        if option.name == "crisis":
            continue
        env_name = {"discord_api_base": "DISCORD_API_BASE", "discord_gateway_url": "DISCORD_GATEWAY_URL"}.get(
            option.name, f"BOT_{option.name.upper()}"
        )
        assert env_name in text, f"{env_name} is not mentioned in the example"


def test_the_example_crisis_section_is_valid_when_uncommented(tmp_path: Path) -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    start = lines.index("# crisis:")
    block = []
    for line in lines[start:]:
        if not line.startswith("#") or line.strip() == "#":
            break
        block.append(line[2:])
    config = load_config(write(tmp_path / "config.yaml", "\n".join(block) + "\n"), env={})
    resources = config.crisis_resources(DEFAULT_CRISIS)
    assert len(resources.lines) >= 2
    assert resources.directory != DEFAULT_CRISIS.directory


# ----- the token -----


def test_the_token_comes_from_discord_token() -> None:
    assert load_token({"DISCORD_TOKEN": f"  {FAKE_TOKEN}\n"}) == FAKE_TOKEN


def test_the_token_comes_from_a_secret_file(tmp_path: Path) -> None:
    secret = write(tmp_path / "discord_token", FAKE_TOKEN + "\n")
    assert load_token({"DISCORD_TOKEN_FILE": str(secret)}) == FAKE_TOKEN


def test_discord_token_wins_over_the_file(tmp_path: Path) -> None:
    secret = write(tmp_path / "discord_token", "from-the-file")
    assert load_token({"DISCORD_TOKEN": "from-the-env", "DISCORD_TOKEN_FILE": str(secret)}) == "from-the-env"


def test_no_token_says_how_to_set_one_and_how_to_try_offline() -> None:
    for env in ({}, {"DISCORD_TOKEN": "   "}):
        with pytest.raises(TokenMissing) as caught:
            load_token(env)
        message = str(caught.value)
        assert "DISCORD_TOKEN" in message
        # the command as the README gives it: bare `python` is not the project's venv unless it is activated
        assert '.venv/bin/python -m bot ask "Is CAR-T a cure for lupus?"' in message
        assert '.venv/bin/python -m bot ask "Is CAR-T a cure for lupus?"' in (PROJECT_ROOT / "README.md").read_text()


def test_an_unreadable_token_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TokenMissing, match="DISCORD_TOKEN_FILE"):
        load_token({"DISCORD_TOKEN_FILE": str(tmp_path / "missing")})
    with pytest.raises(TokenMissing, match="No Discord token"):
        load_token({"DISCORD_TOKEN_FILE": str(write(tmp_path / "empty", "\n"))})


# ----- `python -m bot run` without a usable token -----


def test_run_without_a_token_stops_quickly_and_explains(tmp_path: Path) -> None:
    started = time.monotonic()
    done = bot_cli("run", cwd=tmp_path, env=clean_env())
    elapsed = time.monotonic() - started
    assert done.returncode != 0
    assert elapsed < 15
    assert "DISCORD_TOKEN" in done.stderr
    assert '.venv/bin/python -m bot ask "' in done.stderr
    assert "Traceback" not in done.stderr


def test_run_with_a_missing_token_file_names_it(tmp_path: Path) -> None:
    done = bot_cli("run", cwd=tmp_path, env=clean_env(DISCORD_TOKEN_FILE=str(tmp_path / "no-such-secret")))
    assert done.returncode != 0
    assert "DISCORD_TOKEN_FILE" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("problem", ["bad config", "bad faq"])
def test_run_never_prints_the_token(tmp_path: Path, problem: str) -> None:
    """Start-up failures after the token was read explain themselves without echoing it."""
    secret = write(tmp_path / "discord_token", FAKE_TOKEN)
    if problem == "bad config":
        write(tmp_path / "config.yaml", "retention_days: soon\n")
        args: tuple[str, ...] = ("run",)
        expected = "retention_days"
    else:
        (tmp_path / "empty-faq").mkdir()
        args = ("run", "--knowledge", str(tmp_path / "empty-faq"))
        expected = "not valid"
    for env in (clean_env(DISCORD_TOKEN=FAKE_TOKEN), clean_env(DISCORD_TOKEN_FILE=str(secret))):
        done = bot_cli(*args, cwd=tmp_path, env=env)
        assert done.returncode != 0
        assert expected in done.stderr
        assert FAKE_TOKEN not in done.stdout + done.stderr
        assert "fake-token" not in done.stdout + done.stderr
