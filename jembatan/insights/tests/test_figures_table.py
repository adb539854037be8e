"""A table of figures written as HTML (`insights_tags.figures_table`): every value escaped, the
sortable headings, the column name on each cell for a phone, the empty table and the downloads."""

from html.parser import HTMLParser

from django.template import Context, Template
from django.utils import translation

from jembatan.insights.tables import Cell, Column, Row, Table

TAG = Template("{% load insights_tags %}{% figures_table table headers=headers "
               "export_url=export_url export_query=export_query labelled_by=labelled_by "
               "stacked=stacked %}")


def render(table, **options) -> str:
    context = {"table": table, "headers": None, "export_url": "", "export_query": "",
               "labelled_by": "", "stacked": False, **options}
    with translation.override("id"):
        return TAG.render(Context(context))


def table_of_two() -> Table:
    return Table("liga", "Instansi <dibandingkan>", [
        Column("received", "Laporan masuk"), Column("on_time", "Tepat waktu & \"cepat\""),
    ], rows=[
        Row("Dinas <PU> & Penataan Ruang", [Cell(12, "12", "/staf/laporan/?a=1&b=2"),
                                           Cell(0.5, "50 %")], url="/staf/kinerja/instansi/dpupr/"),
        Row("Dinkes", [Cell(None, "—"), Cell(None, "—")]),
    ], first_column="Instansi", agency_rows=True)


class Structure(HTMLParser):
    """Tags in order and each cell's data-label: the HTML parses as one table."""

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.labels: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.open.append(tag)
        if tag == "td" and dict(attrs).get("data-label"):
            self.labels.append(dict(attrs)["data-label"])

    def handle_endtag(self, tag):
        assert self.open, tag
        assert self.open[-1] == tag, (self.open, tag)
        self.open.pop()


def test_every_value_is_escaped_and_the_html_is_well_formed():
    html = render(table_of_two(), export_url="/staf/kinerja/ekspor/liga",
                  export_query="periode=bulan-ini&urut=name")
    parsed = Structure()
    parsed.feed(html)

    assert parsed.open == []
    assert "<PU>" not in html
    assert "Dinas &lt;PU&gt; &amp; Penataan Ruang" in html
    assert 'aria-label="Instansi &lt;dibandingkan&gt;"' in html
    assert "<caption>Instansi &lt;dibandingkan&gt;</caption>" in html
    assert '<a href="/staf/laporan/?a=1&amp;b=2">12</a>' in html
    # Each cell names its column (a phone shows the rows as cards).
    assert parsed.labels == ["Laporan masuk", "Tepat waktu & \"cepat\""] * 2
    assert 'class="insights-table league"' in html
    assert ('href="/staf/kinerja/ekspor/liga.csv?periode=bulan-ini&amp;urut=name" download>CSV'
            in html)
    assert "Unduh tabel ini:" in html


def test_sortable_headings_replace_the_column_names():
    headers = [{"label": "Instansi", "url": "?urut=name&arah=desc", "aria_sort": "ascending",
                "arrow": "▲"},
               {"label": "Laporan masuk", "url": "?urut=received&arah=desc", "aria_sort": "",
                "arrow": ""}]
    html = render(table_of_two(), headers=headers, labelled_by="league-title")

    assert '<caption>' not in html
    assert 'aria-labelledby="league-title"' in html
    assert ('<th scope="col" aria-sort="ascending"><a href="?urut=name&amp;arah=desc">Instansi '
            '<span aria-hidden="true">▲</span></a></th>') in html
    assert ('<th scope="col" class="num"><a href="?urut=received&amp;arah=desc">Laporan masuk'
            '</a></th>') in html
    assert "download>CSV" not in html  # no export address, no download links


def test_an_empty_table_says_so_across_every_column():
    empty = Table("tren", "Bulan demi bulan", [Column("received", "Laporan masuk")],
                  first_column="Bulan")
    html = render(empty, stacked=True)

    assert 'class="insights-table cards figures"' in html
    assert '<td colspan="2">Tidak ada data untuk periode ini.</td>' in html
