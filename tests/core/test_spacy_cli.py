"""spaCy's command line is imported only when something uses it
(reader/spacy_cli.py): 0.4 s of every cold start otherwise."""

import os
import subprocess
import sys


def _run(script: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_loading_a_model_and_analysing_leaves_spacys_command_line_unimported():
    out = _run(
        "import sys\n"
        "from reader.core.analyzer import Analyzer\n"
        "from reader.core.article import Article, Block\n"
        "from reader.core.nlp.pipeline import Pipelines\n"
        "text = 'Premier Mark Rutte zei in Den Haag dat het goed ging.'\n"
        "article = Article(path='mem.txt', text=text, blocks=[Block(0, len(text), 'paragraph')], language='nl')\n"
        "analysis = Analyzer(Pipelines()).analyze(article)\n"
        "print(len(analysis.entities) > 0, any(m.split('.')[0] in ('typer', 'weasel', 'requests') for m in sys.modules))\n"
    )
    assert out == ["True", "False"]


def test_spacys_command_line_still_works_when_asked_for():
    out = _run(
        "import reader, spacy\n"
        "from spacy.cli.init_config import init_config\n"  # the reader's own training imports this
        "import spacy.cli\n"
        "from spacy.cli import download\n"
        "print(callable(init_config), callable(spacy.cli.download), callable(download), 'pipelines' in spacy.info(silent=True))\n"
    )
    assert out == ["True"] * 4


def test_a_first_reader_analyze_imports_neither_spacys_command_line_nor_sqlite_utils(tmp_path):
    # With no notes database yet, there are no rules to read: the notes
    # store and sqlite-utils (0.2 s) stay unimported too.
    article = tmp_path / "article.txt"
    article.write_text("Premier Mark Rutte zei in Den Haag dat het goed ging.\n", encoding="utf-8")
    script = (
        "import io, sys\n"
        "from contextlib import redirect_stdout\n"
        "from reader.cli import main\n"
        "with redirect_stdout(io.StringIO()) as out:\n"
        "    code = main(['analyze', '--format', 'json', sys.argv[1]])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'weasel', 'sqlite_utils'})\n"
        "print(code, 'Rutte' in out.getvalue(), heavy or 'none')\n"
    )
    env = {**os.environ, "READER_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "True", "none"]
