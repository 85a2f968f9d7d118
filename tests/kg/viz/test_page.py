"""The offline graph page opened in a real headless chromium with the network closed: it
draws the real corpus, search finds a person and opens her facts with quotes, filters hide
nodes, shortest paths are drawn; a screenshot is saved. Without chromium the tests skip,
unless KG_REQUIRE_BROWSER=1 (as in CI), where they fail."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.network import facts_by_node, find_node, to_network
from kg.store import Store
from kg.viz.browser import find_chromium
from kg.viz.page import script_json

runner = CliRunner()


def require_browser() -> None:
    if find_chromium() is None:
        reason = "chromium and chromedriver are not installed (run .ci/install-browser)"
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"KG_REQUIRE_BROWSER is set but {reason}")
        pytest.skip(reason)
    pytest.importorskip("selenium")


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    require_browser()
    from kg.viz.browser import headless_chromium

    with headless_chromium() as running:
        yield running


@pytest.fixture(scope="module")
def page(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("page") / "graph.html"
    result = runner.invoke(app, ["export", "html", "--store", str(corpus_store), "--output", str(output)])
    assert result.exit_code == 0, result.output
    return output


def wait_for(driver: Any, script: str, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def open_page(driver: Any, page: Path) -> None:
    driver.get(page.as_uri())
    wait_for(driver, "return document.body.dataset.ready === 'true'")


def drawn(driver: Any) -> int:
    return int(driver.execute_script("return window.kgView.drawnNodes()"))


class Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_the_page_is_one_file_that_fetches_nothing(page: Path) -> None:
    parser = Tags()
    parser.feed(page.read_text(encoding="utf-8"))
    assert not [t for t in parser.tags if {"src", "href"} & set(t[1]) or t[0] in ("link", "iframe", "img")]
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert len(scripts) == 4  # the data, graphology, sigma and the page's own
    policy = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy and "default-src 'none'" in policy


def test_hostile_text_cannot_end_the_data_script() -> None:
    hostile = '</script><script>alert(1)</script><!-- & \u2028'
    text = script_json({"label": hostile})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    import json

    assert json.loads(text)["label"] == hostile


def test_the_page_draws_the_corpus_offline(driver: Any, page: Path, corpus_store: Path, tmp_path: Path) -> None:
    import matplotlib.image

    open_page(driver, page)
    net = to_network(Store(corpus_store).graph(include_contacts=False))
    assert drawn(driver) == net.number_of_nodes()
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    shot = tmp_path / "graph.png"
    driver.save_screenshot(str(shot))
    pixels = matplotlib.image.imread(str(shot))[:, :, :3]
    person = (0xD6 / 255, 0x27 / 255, 0x28 / 255)  # the colour of people
    near = ((abs(pixels - person) < 0.02).all(axis=2)).sum()
    assert near > 200, "no people drawn on the canvas"


def test_search_finds_a_person_and_opens_her_facts_with_quotes(driver: Any, page: Path, corpus_store: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(driver, page)
    search = driver.find_element(By.ID, "search")
    search.send_keys("mcguck")
    suggestions = wait_for(driver, "return [...document.querySelectorAll('#search-suggestions li')]"
                                   ".map(li => li.textContent)")
    assert any("Yvonne McGuckian" in s for s in suggestions)
    search.send_keys(Keys.ENTER)
    assert wait_for(driver, "return document.getElementById('panel-title').textContent") == "Yvonne McGuckian"
    quotes = set(driver.execute_script("return [...document.querySelectorAll('#facts blockquote')]"
                                       ".map(q => q.textContent)"))
    documents = set(driver.execute_script("return [...document.querySelectorAll('#facts cite')]"
                                          ".map(c => c.textContent)"))
    graph = Store(corpus_store).graph(include_contacts=False)
    net = to_network(graph)
    facts = facts_by_node(graph, [find_node(net, "Yvonne McGuckian")])
    expected = next(iter(facts.values()))
    assert quotes == {f.quote for f in expected} and documents == {f.document for f in expected}
    assert any("McGuckian" in q and len(q) > len("Yvonne McGuckian") for q in quotes)


def test_filters_hide_nodes(driver: Any, page: Path, corpus_store: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_page(driver, page)
    net = to_network(Store(corpus_store).graph(include_contacts=False))
    people = sum(1 for _, t in net.nodes(data="type") if t == "Person")
    driver.find_element(By.CSS_SELECTOR, "#type-filters input[data-name='Person']").click()
    assert drawn(driver) == net.number_of_nodes() - people
    driver.find_element(By.CSS_SELECTOR, "#type-filters input[data-name='Person']").click()
    Select(driver.find_element(By.ID, "area-filter")).select_by_visible_text("Havering")
    assert drawn(driver) == sum(1 for _, areas in net.nodes(data="area") if "Havering" in areas)


def test_the_shortest_path_between_two_chosen_nodes(driver: Any, page: Path, corpus_store: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(driver, page)
    net = to_network(Store(corpus_store).graph(include_contacts=False))
    driver.find_element(By.ID, "path-from").send_keys("Yvonne McGuckian", Keys.ENTER)
    driver.find_element(By.ID, "path-to").send_keys("Sandwell", Keys.ENTER)
    driver.find_element(By.ID, "path-show").click()
    steps = wait_for(driver, "return [...document.querySelectorAll('#path-steps li')].map(li => li.textContent)")
    length = nx.shortest_path_length(nx.Graph(net), find_node(net, "Yvonne McGuckian"), find_node(net, "Sandwell"))
    assert len(steps) == length + 1
    assert steps[0] == "Yvonne McGuckian" and steps[-1].endswith("Sandwell")


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    from kg.network import laid_out
    from kg.viz.page import graph_page
    from kg.viz.synthetic import synthetic_network

    net = laid_out(synthetic_network(1500))
    output = tmp_path_factory.mktemp("big") / "big.html"
    output.write_text(graph_page(net, {}, "synthetic"), encoding="utf-8")
    return output, net.number_of_nodes()


def overlapping(boxes: list[list[float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes[i + 1:], i + 1)
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def test_a_page_over_a_thousand_nodes_stays_readable(driver: Any, big_page: tuple[Path, int], tmp_path: Path) -> None:
    page, nodes = big_page
    assert nodes > 1000
    open_page(driver, page)
    assert drawn(driver) == nodes
    boxes = driver.execute_script("return window.kgView.labelBoxes()")
    assert 5 <= len(boxes) <= 60, f"{len(boxes)} labels at the first view of {nodes} nodes"
    assert not overlapping(boxes), "labels pile up"
    driver.save_screenshot(str(tmp_path / "big.png"))
