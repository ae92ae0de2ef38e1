"""Configuration: defaults, then config.yaml (or --config / $BOT_CONFIG), then environment variables."""

from __future__ import annotations

import dataclasses
import difflib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.crisis import CrisisResources
from bot.knowledge.crisis_override import apply_crisis_override, check_crisis_override
from bot.trust import TrustInfo

DEFAULT_CONFIG_FILE = "config.yaml"
ENV_PREFIX = "BOT_"


class ConfigError(Exception):
    """The configuration is invalid; the message names the option."""


@dataclass(frozen=True)
class Config:
    """Every option a community may change. Documented in config.example.yaml."""

    knowledge_path: str = "knowledge"
    database_path: str = "data/faq.sqlite3"
    heartbeat_path: str = "data/heartbeat.json"
    retention_days: int = 30
    private_by_default: bool = False
    cooldown_rate: int = 5
    cooldown_per_seconds: float = 30.0
    duplicate_window_seconds: float = 120.0
    moderator_role_ids: tuple[int, ...] = ()
    mod_log_channel_id: int | None = None
    mod_log_crisis_notes: bool = False
    dev_guild_ids: tuple[int, ...] = ()
    allowed_guild_ids: tuple[int, ...] = ()  # empty: any server may use the bot
    watch_knowledge: bool = True
    reload_debounce_ms: int = 800
    maintainers: str = "this server's moderators"
    contact: str = "message one of this server's moderators"
    funding: str = "No funding has been declared by this server's moderators"
    log_level: str = "INFO"
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    shutdown_grace_seconds: float = 5.0
    health_grace_seconds: float = 60.0
    crisis: Mapping[str, Any] | None = field(default=None, hash=False)
    source_file: str | None = None

    def trust_info(self) -> TrustInfo:
        """Return who maintains the FAQ, how to reach them and who funds it, for /about and the export."""
        return TrustInfo(self.maintainers, self.contact, self.funding, self.retention_days)

    def crisis_resources(self, default: CrisisResources) -> CrisisResources:
        """Return the FAQ's crisis resources with the community's `crisis:` section from the config applied."""
        return apply_crisis_override(default, self.crisis) if self.crisis else default


_ENV_ALIASES = {
    "discord_api_base": "DISCORD_API_BASE",
    "discord_gateway_url": "DISCORD_GATEWAY_URL",
}


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    lowered = str(value).strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)


def _parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    return int(value)


def _parse_optional_int(value: Any) -> int | None:
    return None if value in (None, "", "null", "none") else int(value)


def _parse_optional_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _parse_int_tuple(value: Any) -> tuple[int, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list | tuple):
        raise ValueError(value)
    return tuple(int(v) for v in value)


# One parser per option type (the type as written on Config); a parser raises TypeError or ValueError.
_PARSERS: dict[str, Callable[[Any], Any]] = {
    "bool": _parse_bool,
    "int": _parse_int,
    "float": float,
    "int | None": _parse_optional_int,
    "str | None": _parse_optional_str,
    "str": str,
    "tuple[int, ...]": _parse_int_tuple,
}


def _coerce(name: str, expected: Any, value: Any) -> Any:
    """Turn a YAML or environment value into the option's type, or raise ConfigError naming the option."""
    text_type = str(expected)
    parser = _PARSERS.get(text_type)
    if parser is None:
        return value
    try:
        return parser(value)
    except (TypeError, ValueError):
        raise ConfigError(f"config option '{name}': {value!r} is not a valid {text_type}") from None


def _check_crisis(value: Any) -> Mapping[str, Any] | None:
    if value is None:
        return None
    problem = check_crisis_override(value)
    if problem:
        raise ConfigError(f"config option 'crisis{problem}")
    checked: Mapping[str, Any] = value
    return checked


# Options that are not parsed by type: the crisis section is checked on its own, source_file is set by the loader.
_SPECIAL: dict[str, Callable[[Any], Any]] = {"crisis": _check_crisis, "source_file": lambda value: value}


def _read_file(file: Path, chosen: object) -> dict[str, Any]:
    """Return the options in the config file (none if there is no file and none was asked for)."""
    if file.is_dir():
        # `docker run -v ./config.yaml:/app/config.yaml` with no config.yaml on the host makes Docker create an
        # empty directory in its place, on the host and in the container; ignoring it would hide the mistake.
        raise ConfigError(
            f"config file {file} is a directory, not a file. Docker creates an empty directory when it is asked to "
            "mount a config.yaml that does not exist on the host: remove that directory, create the file "
            "(cp config.example.yaml config.yaml) and start again, or remove the mount"
        )
    if chosen and not file.is_file():
        raise ConfigError(f"config file {file} does not exist")
    if not file.is_file():
        return {}
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {file} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config file {file} should be a mapping of option: value")
    return {**data, "source_file": str(file)}


def _check_names(values: Mapping[str, Any], known: Iterable[str]) -> None:
    names = list(known)
    for name in values:
        if name not in names:
            hint = difflib.get_close_matches(name, names, n=1)
            more = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise ConfigError(f"config option '{name}' is not known{more}; see config.example.yaml")


def _check_ranges(config: Config) -> None:
    if config.retention_days < 0:
        raise ConfigError("config option 'retention_days' must be 0 (keep no question text) or more")
    if config.cooldown_rate < 1 or config.cooldown_per_seconds < 0:
        raise ConfigError("config option 'cooldown_rate' must be at least 1 and 'cooldown_per_seconds' 0 or more")
    if config.log_level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError("config option 'log_level' must be DEBUG, INFO, WARNING or ERROR")


def load_config(path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Load the config: defaults < file (path, $BOT_CONFIG or ./config.yaml if present) < environment."""
    env = os.environ if env is None else env
    chosen = path or env.get("BOT_CONFIG")
    values = _read_file(Path(chosen) if chosen else Path(DEFAULT_CONFIG_FILE), chosen)
    fields = {f.name: f for f in dataclasses.fields(Config)}
    _check_names(values, fields)
    for name in fields:
        env_name = _ENV_ALIASES.get(name, ENV_PREFIX + name.upper())
        if env_name in env and name not in _SPECIAL:
            values[name] = env[env_name]
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        special = _SPECIAL.get(name)
        kwargs[name] = special(value) if special else _coerce(name, fields[name].type, value)
    config = Config(**kwargs)
    _check_ranges(config)
    return config


# The offline command exactly as the README gives it: from a clone, `python` alone is not the project's venv.
OFFLINE_TRY = '.venv/bin/python -m bot ask "Is CAR-T a cure for lupus?"'


class TokenMissing(Exception):
    """No Discord token was given."""


def load_token(env: Mapping[str, str] | None = None) -> str:
    """Read the bot token from $DISCORD_TOKEN or the file named by $DISCORD_TOKEN_FILE (Docker secrets)."""
    env = os.environ if env is None else env
    token = env.get("DISCORD_TOKEN", "").strip()
    if not token and env.get("DISCORD_TOKEN_FILE"):
        try:
            token = Path(env["DISCORD_TOKEN_FILE"]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise TokenMissing(f"DISCORD_TOKEN_FILE is set but cannot be read: {exc.strerror}") from None
    if not token:
        raise TokenMissing(
            "No Discord token. Set DISCORD_TOKEN=... (or DISCORD_TOKEN_FILE=/run/secrets/discord_token) and run "
            f"again. To try the FAQ offline without Discord: {OFFLINE_TRY}"
        )
    return token
