"""Real Neo4j and Apache Jena Fuseki servers on 127.0.0.1, for integration tests.

The servers are the small Maven projects under `servers/` in the repository: `servers/neo4j`
(an in-process Neo4j Community server from neo4j-harness: Bolt only, user `neo4j` with a
password) and `servers/fuseki` (Fuseki with one in-memory dataset, `/kg`, open to updates).

`neo4j_server()` and `fuseki_server()` are context managers. Each builds its project when the
jar is missing or older than the project's files (`mvn -q -o package`, then online if the
offline build fails; the first build fills ~/.m2 from Maven Central), starts the server in a
process group of its own with a private temporary directory, waits for its ready line, yields
where to reach it and, on exit, ends the whole group and removes the directory. The JDK is
`$JAVA_HOME`, else the one `java` on PATH belongs to, else the first JDK 17+ under
/usr/lib/jvm. Without a JDK 17+ or Maven, or when the build fails, they raise
`ServerUnavailable`, whose reason a test can skip with.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

SERVERS = Path(__file__).resolve().parents[1] / "servers"
JDK_DIR = Path("/usr/lib/jvm")
MIN_JAVA = 17
NEO4J_USER = "neo4j"
NEO4J_PASSWORD = "kg-test-password"  # Neo4j wants at least 8 characters
START_TIMEOUT_SECONDS = 180.0
BUILD_TIMEOUT_SECONDS = 1200.0
STOP_TIMEOUT_SECONDS = 30.0
OUTPUT_LINES_KEPT = 40
# The quick (C1) compiler only: Neo4j starts in about half the time; test loads are too short for C2 to pay.
JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)


class ServerUnavailable(Exception):
    """No JDK 17+, no Maven, or the server's project would not build; `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextmanager
def neo4j_server(
    port: int = 0, password: str = NEO4J_PASSWORD, timeout: float = START_TIMEOUT_SECONDS
) -> Iterator[tuple[str, tuple[str, str]]]:
    """A Neo4j server on 127.0.0.1:`port` (0: a free port): yields its Bolt URI and (user, password)."""
    with _serve("neo4j", [str(port), password], "BOLT ", timeout) as uri:
        yield uri, (NEO4J_USER, password)


@contextmanager
def fuseki_server(port: int = 0, timeout: float = START_TIMEOUT_SECONDS) -> Iterator[str]:
    """A Fuseki server on 127.0.0.1:`port` (0: a free port): yields the URL of its dataset `kg`.

    That URL takes SPARQL queries, SPARQL updates and Graph Store Protocol requests.
    """
    with _serve("fuseki", [str(port)], "SPARQL ", timeout) as url:
        yield url


def java_home() -> Path:
    """The JDK (17 or later) to build and run the servers with."""
    candidates = [Path(os.environ["JAVA_HOME"])] if os.environ.get("JAVA_HOME") else []
    if java := shutil.which("java"):
        candidates.append(Path(java).resolve().parents[1])
    if JDK_DIR.is_dir():
        candidates.extend(sorted(JDK_DIR.iterdir()))
    for home in candidates:
        if (home / "bin" / "javac").is_file() and _java_major(home / "bin" / "java") >= MIN_JAVA:
            return home
    raise ServerUnavailable(f"no JDK {MIN_JAVA} or later: set JAVA_HOME or put its java on PATH")


def _java_major(java: Path) -> int:
    try:
        result = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return 0
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr)
    if not match:
        return 0
    major = int(match[1])
    return int(match[2] or 0) if major == 1 else major


@contextmanager
def _serve(name: str, args: list[str], ready: str, timeout: float) -> Iterator[str]:
    """Build servers/`name` if needed, run its jar with `args`, yield what follows `ready` on its ready line."""
    project = SERVERS / name
    if not (project / "pom.xml").is_file():
        raise ServerUnavailable(f"{project} is missing: kg is not running from its repository")
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerUnavailable("Maven (mvn) is not on PATH")
    home = java_home()
    env = {**os.environ, "JAVA_HOME": str(home)}
    jar = project / "target" / f"{name}-server.jar"
    _build(project, jar, mvn, env)
    with tempfile.TemporaryDirectory(prefix=f"kg-{name}-", ignore_cleanup_errors=True) as tmp:
        command = [str(home / "bin" / "java"), *JVM_OPTIONS, f"-Djava.io.tmpdir={tmp}", "-jar", str(jar), *args]
        with _run(name, command, env, ready, timeout) as value:
            yield value


def _build(project: Path, jar: Path, mvn: str, env: dict[str, str]) -> None:
    files = [project / "pom.xml", *(p for p in (project / "src").rglob("*") if p.is_file())]
    if jar.is_file() and all(f.stat().st_mtime <= jar.stat().st_mtime for f in files):
        return
    for mode in (["-o"], []):
        result = subprocess.run(
            [mvn, "-q", "-B", *mode, "package"], cwd=project, env=env, capture_output=True, text=True,
            timeout=BUILD_TIMEOUT_SECONDS,
        )
        if result.returncode == 0:
            return
    output = (result.stdout + result.stderr).strip().splitlines()[-OUTPUT_LINES_KEPT:]
    raise ServerUnavailable(f"mvn package failed in servers/{project.name}:\n" + "\n".join(output))


@contextmanager
def _run(name: str, command: list[str], env: dict[str, str], ready: str, timeout: float) -> Iterator[str]:
    """Run `command` in its own process group until the context exits; yield the rest of its `ready` line.

    A thread reads the server's output all along (so it never blocks writing) and keeps the last
    lines for the error when the server exits or is not ready within `timeout` seconds.
    """
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=env, start_new_session=True,
    )
    assert process.stdin is not None and process.stdout is not None
    output = process.stdout
    lines: deque[str] = deque(maxlen=OUTPUT_LINES_KEPT)
    found: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in output:
            lines.append(line.rstrip("\n"))
            if line.startswith(ready):
                found.put(line[len(ready):].strip())
        found.put(None)

    reader = threading.Thread(target=read, name=f"{name}-output", daemon=True)
    reader.start()
    try:
        try:
            value = found.get(timeout=timeout)
        except queue.Empty:
            raise RuntimeError(f"the {name} server was not ready within {timeout:.0f} s; its last output:\n"
                               + "\n".join(lines)) from None
        if value is None:
            raise RuntimeError(f"the {name} server exited with status {process.wait()} before it was ready; "
                               "its last output:\n" + "\n".join(lines))
        yield value
    finally:
        _stop(process)
        reader.join(STOP_TIMEOUT_SECONDS)
        process.stdin.close()
        output.close()


def _stop(process: subprocess.Popen[str]) -> None:
    """SIGTERM to the process group, then SIGKILL if it is still running after STOP_TIMEOUT_SECONDS."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
