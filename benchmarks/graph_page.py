"""How fast the offline graph page becomes interactive for a big graph, in headless chromium.

A synthetic network (kg/viz/synthetic.py: fictional areas, documents, findings, people who
recur across areas) is laid out by kg's own layout, written as the page `kg export html`
writes, and opened in Debian's chromium (see .ci/install-browser) with the network closed.
Prints, side by side for each size: the layout time, the page's size, when the page's script
is done (ready) and when its first frame is painted (both measured by the page from the
request), the time until the driver sees the page loaded (wall), and how long a search takes
to suggest names.

    python benchmarks/graph_page.py --nodes 20000
    python benchmarks/graph_page.py --nodes 1000 5000 20000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By

from kg.network import laid_out
from kg.viz.browser import headless_chromium
from kg.viz.page import graph_page
from kg.viz.synthetic import synthetic_network


def measure(nodes: int, folder: Path) -> dict[str, float]:
    net = synthetic_network(nodes)
    started = time.perf_counter()
    laid_out(net)
    layout = time.perf_counter() - started
    page = folder / f"graph-{nodes}.html"
    page.write_text(graph_page(net, {}, f"synthetic {nodes}"), encoding="utf-8")
    with headless_chromium() as driver:
        started = time.perf_counter()
        driver.get(page.as_uri())
        while driver.execute_script("return document.body.dataset.ready") != "true":
            time.sleep(0.05)
        wall = time.perf_counter() - started
        ready = driver.execute_script("return window.kgView.readyAt") / 1000
        while driver.execute_script("return window.kgView.paintedAt") is None:
            time.sleep(0.05)
        painted = driver.execute_script("return window.kgView.paintedAt") / 1000
        drawn = driver.execute_script("return window.kgView.drawnNodes()")
        search = driver.find_element(By.ID, "search")
        started = time.perf_counter()
        search.send_keys("Quillfeather")
        while not driver.execute_script("return document.querySelectorAll('#search-suggestions li').length"):
            time.sleep(0.01)
        suggest = time.perf_counter() - started
    return {"nodes": net.number_of_nodes(), "edges": net.number_of_edges(), "drawn": drawn, "layout_s": layout,
            "page_mb": page.stat().st_size / 1e6, "ready_s": ready, "painted_s": painted, "wall_s": wall, "suggest_s": suggest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[20_000])
    args = parser.parse_args()
    columns = ("nodes", "edges", "drawn", "layout_s", "page_mb", "ready_s", "painted_s", "wall_s", "suggest_s")
    print("  ".join(f"{c:>13}" for c in columns))
    with tempfile.TemporaryDirectory() as folder:
        for size in args.nodes:
            row = measure(size, Path(folder))
            print("  ".join(f"{row[c]:>13.2f}" if isinstance(row[c], float) else f"{row[c]:>13}" for c in columns),
                  flush=True)


if __name__ == "__main__":
    main()
