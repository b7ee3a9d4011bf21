"""`--profile DIR` of `first_response.py`: py-spy (installed outside the project: `pip install --user py-spy`)
samples each service process during the first burst at each mentor count; the collapsed stacks are kept in DIR
and the heaviest frames printed (inclusive: share of samples with the frame on the stack)."""

import collections
import shutil
import signal
import subprocess
import time
from pathlib import Path


class Sampler:
    def __init__(self, folder: Path, label: str, pids: dict[str, int]) -> None:
        self.folder, self.label, self.pids = folder, label, pids
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def __enter__(self) -> "Sampler":
        binary = shutil.which("py-spy") or str(Path.home() / ".local/bin/py-spy")
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, pid in self.pids.items():
            out = self.folder / f"{self.label}-{name}.txt"
            command = [binary, "record", "-p", str(pid), "-r", "100", "--format", "raw", "-o", str(out)]
            self.processes[name] = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # py-spy attached
        return self

    def __exit__(self, *_exc: object) -> None:
        for process in self.processes.values():
            process.send_signal(signal.SIGINT)
        for process in self.processes.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)

    def summary(self, top: int = 10) -> list[str]:
        """Per process: samples on CPU (a thread waiting in a pool, a condition or the selector is idle), the
        project's heaviest frames (inclusive) and the heaviest leaves (self)."""
        lines = []
        for name in self.pids:
            path = self.folder / f"{self.label}-{name}.txt"
            if not path.exists():
                lines.append(f"    {name}: no profile (is py-spy installed?)")
                continue
            inclusive: collections.Counter[str] = collections.Counter()
            leaves: collections.Counter[str] = collections.Counter()
            busy = 0
            for line in path.read_text().splitlines():
                stack, _, count = line.rpartition(" ")
                frames = stack.split(";")[1:]  # the first entry names the thread
                if not count.isdigit() or not frames or frames[-1].startswith(IDLE):
                    continue
                busy += int(count)
                leaves[frames[-1]] += int(count)
                for frame in set(frames):
                    if "mentor_" in frame and "mentor_gateway" not in frame:
                        inclusive[frame] += int(count)
            lines.append(f"    {name}: {busy} samples on CPU at 100 Hz; project frames (inclusive), then leaves (self)")
            for counter in (inclusive, leaves):
                for heavy, samples in counter.most_common(top):
                    lines.append(f"      {100 * samples / max(1, busy):5.1f} %  {heavy[:140]}")
        return lines


IDLE = ("Condition.wait", "_worker (concurrent", "EpollSelector.select", "Queue.get", "Event.wait")
