"""The query page in headless Chromium: pick an example, run it, read the table; see
errors in the error box. Needs Debian's chromium and chromium-driver
(.ci/system-deps.sh installs them)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from graph.server import SparqlServer
from graph.settings import Settings
from graph.store import GraphStore
from graph.synthetic import EventSpec, actor_quads, document_quads, event_quads

from .serving import running

pytestmark = [pytest.mark.browser, pytest.mark.server]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ODD_NAME = 'AT&T <b>"Ops"</b> & Sons'
MAX_RESULTS = 3
WAIT = 30  # seconds


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    store = GraphStore.in_memory()
    store.add([
        *actor_quads("joe-biden", "Person", "Joe Biden", country="united-states"),
        *actor_quads("vladimir-putin", "Person", "Vladimir Putin", country="russia"),
        *actor_quads("united-states", "Country", "United States", code="USA"),
        *actor_quads("russia", "Country", "Russia", code="RUS"),
        *actor_quads("odd", "Organization", ODD_NAME, known=False),
        *document_quads("doc-1", date(2021, 6, 16), "Summit in Geneva"),
        *event_quads(EventSpec(key="k/geneva", doc="doc-1", type="meet", sentence="Biden met Putin.",
                               participants=("joe-biden", "vladimir-putin"), date=date(2021, 6, 16),
                               place="Geneva", mode="in_person")),
    ])
    yield from running(store, Settings(port=0, query_timeout=20, max_results=MAX_RESULTS))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    for path in (CHROMIUM, CHROMEDRIVER):
        assert path.exists(), f"{path} is missing: run .ci/system-deps.sh"
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: WebDriver, server: SparqlServer) -> WebDriver:
    browser.get(server.url)
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "run").is_enabled())
    return browser


def run(driver: WebDriver, query: str | None = None) -> None:
    """Put ``query`` in the editor (if given), click Run and wait for the answer."""
    if query is not None:
        editor = driver.find_element(By.ID, "query")
        editor.clear()
        editor.send_keys(query)
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.ID, "run").is_enabled()
        and (d.find_elements(By.CSS_SELECTOR, "#results > *")
             or d.find_element(By.ID, "error").is_displayed()))


def cells(driver: WebDriver) -> list[list[str]]:
    table: WebElement = driver.find_element(By.CSS_SELECTOR, "#results table")
    return [[td.text for td in row.find_elements(By.TAG_NAME, "td")]
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]


def test_page_starts_with_prefixes_and_a_query(page: WebDriver) -> None:
    text = page.find_element(By.ID, "query").get_property("value")
    assert isinstance(text, str)
    for name in ("dg", "id", "prov", "rdfs", "skos", "xsd", "dcterms", "owl"):
        assert f"PREFIX {name}: <" in text
    assert "SELECT" in text
    assert not page.find_element(By.ID, "error").is_displayed()


def test_first_example_runs_into_a_table(page: WebDriver) -> None:
    run(page)
    rows = cells(page)
    assert rows and rows[0][:2] == ["Joe Biden", "Vladimir Putin"]
    headers = [th.text for th in page.find_elements(By.CSS_SELECTOR, "#results th")]
    assert headers[:2] == ["?nameA", "?nameB"]


def test_picked_example_runs_and_names_are_shown_as_text(page: WebDriver) -> None:
    Select(page.find_element(By.ID, "example")).select_by_visible_text("Actors")
    assert "dg:Organization" in str(page.find_element(By.ID, "query").get_property("value"))
    run(page)
    rows = cells(page)
    assert [row[1] for row in rows] == [ODD_NAME, "Joe Biden", "Russia"]  # sorted by name
    assert rows[1][0] == "id:actor/joe-biden" and rows[1][2] == "dg:Person"
    assert not page.find_elements(By.CSS_SELECTOR, "#results b")  # the name was not read as HTML
    notice = page.find_element(By.ID, "notice")
    assert notice.is_displayed() and f"at most {MAX_RESULTS}" in notice.text


def test_ask_and_construct(page: WebDriver) -> None:
    run(page, "ASK { ?e a dg:Meeting ; dg:mode dg:InPerson }")
    assert page.find_element(By.CSS_SELECTOR, "#results .boolean").text == "true"
    run(page, "CONSTRUCT { ?a rdfs:label ?name } WHERE { ?a a dg:Country ; rdfs:label ?name }")
    turtle = page.find_element(By.CSS_SELECTOR, "#results pre").text
    assert '"Russia"' in turtle and '"United States"' in turtle


def test_malformed_query_shows_the_error_box(page: WebDriver) -> None:
    run(page, "SELECT ?x WHERE { ?x }")
    box = page.find_element(By.ID, "error")
    assert box.is_displayed()
    assert "400" in box.text and "malformed query" in box.text
    assert not page.find_elements(By.CSS_SELECTOR, "#results table")
    run(page, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert "403" in box.text and "SERVICE" in box.text
    run(page, "ASK {}")  # the next good answer clears the box
    assert not box.is_displayed()


def test_every_example_runs_without_error(page: WebDriver) -> None:
    select = Select(page.find_element(By.ID, "example"))
    titles = [option.text for option in select.options]
    assert "Who met whom" in titles
    for title in titles:
        Select(page.find_element(By.ID, "example")).select_by_visible_text(title)
        run(page)
        error = page.find_element(By.ID, "error")
        assert not error.is_displayed(), f"{title}: {error.text}"
