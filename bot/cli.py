"""Command line: `python -m bot run | ask | validate | export | sync | health`."""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.knowledge.export import export_json, export_markdown

DEFAULT_KNOWLEDGE = "knowledge"


def _print_problems(error: KnowledgeError) -> None:
    errors = [p for p in error.problems if p.severity == "error"]
    warnings = [p for p in error.problems if p.severity == "warning"]
    for problem in errors + warnings:
        print(problem, file=sys.stderr)
    print(f"The FAQ is not valid: {len(errors)} error(s), {len(warnings)} warning(s).", file=sys.stderr)


def _quote_step(kb: KnowledgeBase, articles: str | None) -> tuple[str, int]:
    """Check quotes against the articles when asked; return the summary's note and how many failed."""
    if not articles:
        return "quotes not checked against the article texts (add --articles DIR)", 0
    from bot.knowledge.quote_check import check_quotes

    report = check_quotes(kb, Path(articles))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    failed = len(report.problems) or (0 if report.checked else 1)
    return f"{report.checked} quotes checked against {articles}, all found", failed


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate the FAQ folder and print a one-line summary, or every problem."""
    started = time.perf_counter()
    try:
        result = load_knowledge(args.path)
    except KnowledgeError as error:
        _print_problems(error)
        return 1
    elapsed = (time.perf_counter() - started) * 1000
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    kb = result.knowledge
    from bot.answering.collisions import alias_collisions
    from bot.answering.index import indexed_entries
    from bot.answering.normalise import Normaliser
    from bot.knowledge.readability import readability_problems, translation_readability_problems

    readability = readability_problems(kb) + translation_readability_problems(kb)
    for warning in readability:
        print(warning, file=sys.stderr)
    quote_note, quotes_failed = _quote_step(kb, args.articles)
    if quotes_failed:
        print(f"The FAQ is not valid: {quotes_failed} quote(s) not found in the article texts.", file=sys.stderr)
        return 1
    collisions = alias_collisions(indexed_entries(kb), Normaliser(kb.lexicon))
    for words, owners in collisions:
        where = "; ".join(f"'{text}' ({entry_id})" for entry_id, text in owners)
        print(
            f"warning: these mean the same to the matcher (words: {words}), so one entry wins at random: "
            f"{where}. Reword one of them.",
            file=sys.stderr,
        )
    from bot.i18n.report import language_report

    for line in language_report(kb):
        print(line, file=sys.stderr)
    warnings = len(result.warnings) + len(collisions) + len(readability)
    print(
        f"OK: {args.path} is valid: {len(kb.entries)} entries, {len(kb.sources)} sources, "
        f"{kb.alias_count} aliases, {len(kb.caveats)} caveats, {warnings} warning(s) "
        f"(loaded in {elapsed:.0f} ms); {quote_note}"
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Print the whole FAQ as JSON or Markdown."""
    try:
        kb = load_knowledge(args.knowledge).knowledge
    except KnowledgeError as error:
        _print_problems(error)
        return 1
    from bot.config import ConfigError, load_config

    try:
        trust = load_config(args.config).trust_info()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    text = export_json(kb) if args.format == "json" else export_markdown(kb, trust)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question (or one per line from stdin with `-`) as text or JSON lines."""
    from bot.answering import AnswerEngine
    from bot.config import ConfigError, load_config
    from bot.terminal import render_text

    try:
        config = load_config(args.config)
        kb = load_knowledge(args.knowledge or config.knowledge_path).knowledge
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    except KnowledgeError as error:
        _print_problems(error)
        return 1
    from bot.i18n.cli_language import ask_language
    from bot.i18n.engine import MultilingualEngine

    engine = MultilingualEngine(AnswerEngine(kb, crisis=config.crisis_resources(kb.crisis)))
    if args.question == "-" and isinstance(sys.stdin, io.TextIOWrapper):
        # A stray byte that is not UTF-8 must not end the run and leave later lines unanswered.
        sys.stdin.reconfigure(errors="replace")
    questions = sys.stdin if args.question == "-" else [args.question]
    for line in questions:
        # Every line gets its answer, a blank one too: the output must line up with the input.
        question = line.rstrip("\r\n")
        answer = engine.answer(question, ask_language(engine, question, args.lang))
        if args.json:
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render_text(answer, messages=kb.messages) + "\n")
            if args.question == "-":
                sys.stdout.write("\n")
        sys.stdout.flush()
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Run the Discord bot until SIGTERM or Ctrl-C."""
    from bot.discord_app.runner import run_bot

    return run_bot(config_path=args.config, knowledge_override=args.knowledge)


def cmd_sync(args: argparse.Namespace) -> int:
    """Register the slash commands with Discord and exit."""
    from bot.discord_app.runner import sync_commands

    return sync_commands(config_path=args.config, guild_id=args.guild)


def cmd_health(args: argparse.Namespace) -> int:
    """Print the running bot's health as JSON; exit 0 when healthy (for Docker's HEALTHCHECK)."""
    from bot.config import ConfigError, load_config
    from bot.health import check_health

    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    ok, report = check_health(
        config.heartbeat_path, max_age_seconds=args.max_age, grace_seconds=config.health_grace_seconds
    )
    print(json.dumps(report))
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the Discord bot")
    run.add_argument("--config", help="config file (default: config.yaml if present, or $BOT_CONFIG)")
    run.add_argument("--knowledge", help="FAQ folder (overrides the config)")
    run.set_defaults(func=cmd_run)

    ask = sub.add_parser("ask", help="answer a question offline, as the bot would")
    ask.add_argument("question", help="the question, or - to read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument("--knowledge", help=f"FAQ folder (default: {DEFAULT_KNOWLEDGE}/)")
    ask.add_argument("--config", help="config file (for community crisis lines)")
    ask.add_argument(
        "--lang",
        help="answer in this language (en, de, es, fr), or 'auto' for the question's own; default: English",
    )
    ask.set_defaults(func=cmd_ask)

    validate = sub.add_parser("validate", help="check the FAQ files and report every problem")
    validate.add_argument("path", nargs="?", default=DEFAULT_KNOWLEDGE, help="FAQ folder (default: knowledge/)")
    validate.add_argument(
        "--articles", metavar="DIR", help="also check every quote against the article texts in DIR (../shared/articles)"
    )
    validate.set_defaults(func=cmd_validate)

    export = sub.add_parser("export", help="print the whole FAQ as JSON or Markdown")
    export.add_argument("--format", choices=("json", "markdown"), default="markdown")
    export.add_argument("--knowledge", default=DEFAULT_KNOWLEDGE, help="FAQ folder (default: knowledge/)")
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.add_argument("--config", help="config file (who maintains the FAQ, contact, funding)")
    export.set_defaults(func=cmd_export)

    sync = sub.add_parser("sync", help="register the slash commands with Discord and exit")
    sync.add_argument("--guild", type=int, help="register in this server only (instant; for testing)")
    sync.add_argument("--config", help="config file")
    sync.set_defaults(func=cmd_sync)

    health = sub.add_parser("health", help="print the running bot's health as JSON; exit 0 if healthy (Docker)")
    health.add_argument("--config", help="config file")
    health.add_argument("--max-age", type=float, default=90.0, help="seconds since the last heartbeat")
    health.set_defaults(func=cmd_health)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line."""
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code
