"""Headless Chromium driven by Selenium, for the page tests and the page benchmark: Debian's
`chromium` and `chromium-driver` (installed by .ci/install-browser), started with a fresh
profile, no background traffic, and the network closed to the page.

Selenium is a test extra: it is imported only when a browser is started.

    with headless_chromium() as driver:
        driver.get(page.as_uri())
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver",)
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
         # every host name fails to resolve: the page can fetch nothing
         "--host-resolver-rules=MAP * ~NOTFOUND")


def find_chromium() -> tuple[str, str] | None:
    """The paths of chromium and chromedriver, or None when either is missing."""
    browser = next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    driver = next((p for p in map(shutil.which, DRIVER_NAMES) if p), None)
    return (browser, driver) if browser and driver else None


@contextmanager
def headless_chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A Selenium driver of a headless chromium whose pages are offline."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_chromium()
    if found is None:
        raise RuntimeError("chromium and chromedriver are not installed (run .ci/install-browser)")
    browser, driver_path = found
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page: Path, output: Path, timeout: float = 60.0) -> None:
    """Open a page of kg in headless chromium, wait until it is drawn, and save what it shows."""
    with headless_chromium() as driver:
        driver.get(page.resolve().as_uri())
        deadline = time.monotonic() + timeout
        while driver.execute_script("return document.body.dataset.ready") != "true":
            if time.monotonic() > deadline:
                raise TimeoutError(f"{page} was not drawn within {timeout:.0f} s")
            time.sleep(0.1)
        time.sleep(0.5)  # the labels are placed on the frame after the first
        driver.save_screenshot(str(output))


if __name__ == "__main__":
    # python -m kg.viz.browser PAGE.html OUT.png: the README's screenshot of the graph page
    import sys

    screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
