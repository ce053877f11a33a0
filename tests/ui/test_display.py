"""Starting the window where it cannot open: the reader names the cause
(no display, or the X11 libraries Qt lacks) instead of Qt's message, which
blames libxcb-cursor0 whatever is missing."""

import os
import subprocess
import sys

import pytest

from reader.ui.display import debian_package, display_problem

from ..conftest import SAMPLES


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are a Linux matter")
def test_without_a_display_the_reader_says_so_and_how_to_run_headless():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", str(SAMPLES / "rotterdam-haven.txt")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "DISPLAY is not set" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "libxcb-cursor0" not in done.stderr


def test_missing_x11_libraries_are_named_with_their_packages():
    lacking = ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda paths: lacking)
    assert "libxcb-icccm.so.4" in problem and "libxkbcommon-x11.so.0" in problem
    assert "sudo apt install libxcb-icccm4 libxkbcommon-x11-0" in problem
    assert display_problem({"DISPLAY": ":0"}, "linux", lambda paths: []) is None


def test_a_chosen_platform_or_another_system_is_left_to_qt():
    nothing = {"QT_QPA_PLATFORM": "offscreen"}
    assert display_problem(nothing, "linux") is None
    assert display_problem({}, "win32") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert "DISPLAY" in display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux")


def test_debian_package_names():
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libxkbcommon-x11.so.0.0.0") == "libxkbcommon-x11-0"
