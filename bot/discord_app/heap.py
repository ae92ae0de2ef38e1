"""The long-lived heap: the FAQ, its indexes, the matchers and the safety model live until the next reload.

They are hundreds of thousands of objects. Python's cyclic garbage collector walks every tracked object in each
full collection, and a burst of interactions allocates enough to trigger several: each would walk the FAQ again
although none of it is garbage. `gc.freeze()` after loading moves what exists then out of the collector's sight
(reference counting still frees it as usual); a reload thaws it first, so that whatever the old FAQ leaves in
reference cycles is collected once before the new one is frozen.

A burst leaves the opposite behind: memory that is free again but that the C library keeps, so the process
stays at its burst size. AfterBursts gives it back once the burst is over.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Callable

#: Container objects allocated (net) between two collections of the youngest generation (Python's default: 700).
#: In the running bot every collection cost about 9 ms of CPU whatever its size (measured with gc.callbacks under
#: bench/bench_load.py: 250-280 collections, 2.6 s of a run's 11-12 s of CPU), and an interaction allocates a few
#: hundred objects, so by default the collector ran every two or three interactions. At 10,000 it runs about 20
#: times less often (0.24 s in the same run, the bot's CPU per interaction 35-65% lower); the young objects it
#: then looks at are a few MB at most, and reference counting still frees everything that is not in a cycle.
YOUNG_COLLECTION_THRESHOLD = 10_000


def freeze_long_lived() -> None:
    """Collect what start-up left behind, keep everything alive now out of later collections, give the memory
    loading used and freed back to the system (reading the YAML files and training the matchers leave a few MB),
    and let the collector run less often (see YOUNG_COLLECTION_THRESHOLD)."""
    gc.collect()
    gc.freeze()
    give_back_free_memory()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)


def refreeze_after_reload() -> None:
    """After a reload: let the collector see the old FAQ once (to free its cycles), then freeze the new one."""
    gc.unfreeze()
    freeze_long_lived()


#: In flight at once from which a busy spell counts as a burst whose freed memory is worth giving back.
BURST_IN_FLIGHT = 64


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim


def give_back_free_memory() -> bool:
    """Return the C heap's free pages to the system (glibc keeps them otherwise); False where not possible."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class AfterBursts:
    """Gives memory back once a burst is over: a burst's connections, requests and replies are freed by then, but
    the C heap keeps the pages they used, so the process would stay at its burst size for good."""

    def __init__(self, give_back: Callable[[], bool] = give_back_free_memory, burst: int = BURST_IN_FLIGHT) -> None:
        self._give_back = give_back
        self._burst = burst
        self.peak = 0  # most interactions in flight at once since the bot was last idle

    def busy(self, in_flight: int) -> None:
        """Note how many interactions are in flight now."""
        self.peak = max(self.peak, in_flight)

    def idle(self) -> None:
        """No interaction is in flight: after a burst, give its memory back."""
        if self.peak >= self._burst:
            self._give_back()
        self.peak = 0
