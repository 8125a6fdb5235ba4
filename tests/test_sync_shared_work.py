"""The sync client's shared renewal (`SharedWork`): threads asking while a run is under
way wait for it and share its outcome; a failure reaches each waiting thread with a
traceback of its own."""

from __future__ import annotations

import threading
import traceback

from roundtable._sync_concurrency import SharedWork


def _in_threads(count: int, target) -> list[threading.Thread]:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def test_threads_asking_during_a_run_share_it():
    shared = SharedWork()
    started, release = threading.Event(), threading.Event()
    runs = []

    def work():
        runs.append(1)
        started.set()
        release.wait(5)

    first = _in_threads(1, lambda: shared.run(work))
    assert started.wait(5)
    joiners = _in_threads(16, lambda: shared.run(work))
    release.set()
    for thread in first + joiners:
        thread.join(5)
    assert runs == [1]  # one run for 17 threads
    shared.run(work)  # a later ask starts a run of its own
    assert runs == [1, 1]


def test_a_failed_run_reaches_every_waiting_thread_with_its_own_traceback():
    shared = SharedWork()
    started, release = threading.Event(), threading.Event()

    def failing():
        started.set()
        release.wait(5)
        raise RuntimeError("renewal refused")

    caught: list[BaseException] = []
    lock = threading.Lock()

    def ask():
        try:
            shared.run(failing)
        except RuntimeError as error:
            with lock:
                caught.append(error)

    first = _in_threads(1, ask)
    assert started.wait(5)
    joiners = _in_threads(32, ask)
    release.set()
    for thread in first + joiners:
        thread.join(5)
    assert len(caught) == 33
    assert all(str(error) == "renewal refused" for error in caught)
    assert len({id(error) for error in caught}) == 33  # not one object shared by all
    lengths = {len(traceback.format_exception(error)) for error in caught[1:]}
    assert max(lengths) < 20  # does not grow with the number of threads
