"""The window's work on its own thread takes turns (`reader.ui.turns`):
one slice per pass of the event loop for all jobs together, so a key
press or a paint waits for one slice at most, never for every job's."""

from PySide6.QtCore import QTimer

from reader.ui.turns import Turns


class Job:
    def __init__(self, log, name, slices):
        self.log, self.name, self.left = log, name, slices

    def step(self):
        self.left -= 1
        self.log.append(self.name)
        return self.left == 0


def test_jobs_take_turns_one_slice_per_pass_of_the_event_loop(qtbot):
    log = []
    turns = Turns()
    first, second = Job(log, "a", 3), Job(log, "b", 3)
    # Another zero-interval timer stands for the window's other events: it
    # gets a pass between any two slices.
    other = QTimer()
    other.setInterval(0)
    other.timeout.connect(lambda: log.append("|"))
    other.start()
    turns.add(first.step)
    turns.add(second.step)
    qtbot.waitUntil(lambda: log.count("a") == 3 and log.count("b") == 3)
    other.stop()
    slices = "".join(log).split("|")
    assert all(len(between) <= 1 for between in slices), slices
    assert "".join(name for name in log if name != "|") == "ababab"
    assert not turns.has(first.step) and not turns.has(second.step)


def test_a_job_removed_during_its_slice_or_before_gets_no_more(qtbot):
    log = []
    turns = Turns()

    def quits():
        log.append("q")
        turns.remove(quits)
        return False  # not done, but removed: no second slice

    waiting = Job(log, "w", 5)
    turns.add(quits)
    turns.add(waiting.step)
    turns.remove(waiting.step)
    assert not turns.has(waiting.step)
    qtbot.wait(30)
    assert log == ["q"]
