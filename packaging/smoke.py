"""Smoke tests of the frozen program, with the figures of the budget.

Each check raises SmokeError with what went wrong; each returns what it
measured. Times are wall-clock seconds, the best of a few runs (the machine
may be busy with other work; the best run is the program's own cost).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path


class SmokeError(Exception):
    """A check of the frozen program failed; the message says how."""


def _run(cmd: list, env: dict, timeout: float = 300) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run([str(c) for c in cmd], check=False, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=timeout)
    return time.perf_counter() - start, done


def _must(done: subprocess.CompletedProcess, what: str) -> None:
    if done.returncode != 0:
        raise SmokeError(f"{what} exited with {done.returncode}:\n{done.stderr[-3000:]}")


def check_version(program: Path, env: dict, version: str, runs: int = 5) -> float:
    """`reader --version` prints the version; the best time of `runs`."""
    times = []
    for _ in range(runs):
        seconds, done = _run([program, "--version"], env)
        _must(done, "reader --version")
        if done.stdout.strip() != f"reader {version}":
            raise SmokeError(f"reader --version printed {done.stdout.strip()!r}, not 'reader {version}'")
        times.append(seconds)
    return min(times)


def _first_difference(a, b, path="$") -> str:
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'installed' if key in b else 'frozen'}"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r:.80} vs {b!r:.80}"


def check_analyze(program: Path, installed: list, sample: Path, env: dict, work: Path, runs: int = 3) -> dict:
    """The frozen `reader analyze --format json` prints what the installed
    package prints; the best times of both, run in turns."""
    frozen_times, installed_times, outputs = [], [], {}
    for _ in range(runs):
        for name, command, times in (("frozen", [program], frozen_times), ("installed", installed, installed_times)):
            seconds, done = _run([*command, "analyze", "--format", "json", sample], env)
            _must(done, f"{name} reader analyze")
            times.append(seconds)
            outputs[name] = done.stdout
    frozen, wanted = json.loads(outputs["frozen"]), json.loads(outputs["installed"])
    if frozen != wanted:
        for name, text in outputs.items():
            (work / f"analyze-{name}.json").write_text(text, encoding="utf-8")
        raise SmokeError(
            "the frozen reader analyze differs from the installed one at "
            f"{_first_difference(frozen, wanted)} (both outputs are in {work})"
        )
    return {
        "frozen_s": min(frozen_times),
        "installed_s": min(installed_times),
        "entities": len(frozen["entities"]),
        "quotes": len(frozen["quotes"]),
        "title": frozen["title"],
    }


def ink(png: Path) -> float:
    """Share of dark pixels in the reading column of a window screenshot
    (left 60%, without menu and status bars): text is there when it is
    above a few thousandths."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise SmokeError(f"{png} is not an image")
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    dark = total = 0
    for y in range(int(height * 0.08), int(height * 0.92)):
        row = data[y * stride : y * stride + int(width * 0.6)]
        total += len(row)
        dark += sum(1 for value in row if value < 110)
    return dark / max(total, 1)


def check_screenshot(program: Path, sample: Path, env: dict, out: Path, what: str) -> float:
    """`reader FILE --screenshot OUT` opens, analyses, saves and quits."""
    seconds, done = _run([program, sample, "--screenshot", out], env)
    _must(done, f"reader --screenshot ({what})")
    if not out.is_file():
        raise SmokeError(f"reader --screenshot ({what}) saved no {out}")
    share = ink(out)
    if share < 0.003:
        raise SmokeError(f"the {what} screenshot {out} shows no text ({share:.4f} of the reading column is ink)")
    return seconds


# ------------------------------------------------------------------ X server


class XServer:
    """Xvfb on a display it picks itself (-displayfd), with openbox as the
    window manager when it is installed."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read], [], [], 0.5)
            if ready:
                chunk = os.read(read, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read)
        if not number.strip():
            self.close()
            raise SmokeError("Xvfb did not start")
        self.display = f":{number.decode().strip()}"
        self.wm = None
        if shutil.which("openbox"):
            self.wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env(os.environ),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)

    def env(self, base: dict) -> dict:
        env = {k: v for k, v in base.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return env

    def close(self) -> None:
        for process in (self.wm, self.xvfb):
            if process and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()


def _xdotool(env: dict, *args) -> str:
    done = subprocess.run(["xdotool", *args], check=False, capture_output=True, text=True, env=env, timeout=20)
    return done.stdout.strip() if done.returncode == 0 else ""


def _wait_for_window(reader: subprocess.Popen, env: dict, pattern: str, start: float) -> tuple[str, float]:
    while time.perf_counter() - start < 60:
        found = _xdotool(env, "search", "--onlyvisible", "--name", pattern)
        if found:
            return found.split()[0], time.perf_counter() - start
        if reader.poll() is not None:
            raise SmokeError(f"the frozen reader exited with {reader.returncode} before its window showed")
        time.sleep(0.02)
    raise SmokeError(f"no window named like {pattern!r} within 60 s")


def _capture_text(window: str, env: dict, out: Path, start: float) -> float:
    """Capture the window until its reading column shows text; when it did."""
    share = 0.0
    while time.perf_counter() - start < 30:
        subprocess.run(["import", "-window", window, str(out)], env=env, check=False, capture_output=True, timeout=30)
        if out.is_file() and (share := ink(out)) >= 0.003:
            return time.perf_counter() - start
    raise SmokeError(f"the window never showed the article's text (last capture {out}: {share:.4f} ink)")


def _close(reader: subprocess.Popen, window: str, env: dict) -> str:
    """Ctrl+Q to the window, as a person would; SIGTERM if that is not heard."""
    _xdotool(env, "windowactivate", "--sync", window) or _xdotool(env, "windowfocus", "--sync", window)
    _xdotool(env, "key", "--clearmodifiers", "ctrl+q")
    try:
        code = reader.wait(15)
    except subprocess.TimeoutExpired:
        reader.terminate()
        reader.wait(15)
        return "Ctrl+Q did not reach the window; ended with SIGTERM"
    if code != 0:
        raise SmokeError(f"the frozen reader exited with {code} after Ctrl+Q:\n{reader.stderr.read()[-3000:]}")
    return "closed with Ctrl+Q, exit code 0"


def check_x11(program: Path, sample: Path, title: str, env: dict, work: Path) -> dict | None:
    """Start the frozen program on a real X server (Xvfb) with the article,
    wait for its window with the article's title and text, close it; then
    --screenshot on the same server. {"skipped": why} without Xvfb,
    xdotool or ImageMagick's import."""
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if not shutil.which(tool)]
    if missing:
        return {"skipped": f"not on a real X server: {', '.join(missing)} not installed"}
    server = XServer()
    try:
        xenv = server.env(env)
        start = time.perf_counter()
        reader = subprocess.Popen([str(program), str(sample)], env=xenv, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        try:
            window, titled = _wait_for_window(reader, xenv, re.escape(title[:40]), start)
            shown = _capture_text(window, xenv, work / "x11-window.png", start)
            closed = _close(reader, window, xenv)
        finally:
            if reader.poll() is None:
                reader.kill()
                reader.wait()
        screenshot_s = check_screenshot(program, sample, xenv, work / "x11-screenshot.png", "X server")
        return {
            "display": server.display,
            "window_manager": "openbox" if server.wm else "none",
            "title_s": titled,
            "text_s": shown,
            "closed": closed,
            "screenshot_s": screenshot_s,
            "capture": str(work / "x11-window.png"),
        }
    finally:
        server.close()
