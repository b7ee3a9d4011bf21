import pytest
from mentor_forum.markup import HTML_MAX, render

from mentor_kit.web import Invalid


def test_markdown_is_rendered_and_raw_html_is_escaped() -> None:
    assert render("**да** и *нет*") == "<p><strong>да</strong> и <em>нет</em></p>\n"
    assert "&lt;script&gt;" in render("<script>alert(1)</script>")
    assert "href" not in render("[x](javascript:alert(1))")  # left as inert text, not a link
    assert render("~~было~~") == "<p><s>было</s></p>\n"


def test_links_are_marked_as_user_content() -> None:
    assert 'rel="nofollow ugc noopener noreferrer"' in render("[МГПУ](https://mgpu.ru)")


def test_tables_stay_text_so_a_short_body_cannot_render_huge() -> None:
    body = "|" + "a|" * 100 + "\n|" + "-|" * 100 + "\n" + "x\n" * 4000
    assert len(body) < 10_001
    html = render(body)
    assert "<table" not in html and len(html) < 3 * len(body)


def test_images_are_links_not_remote_loads() -> None:
    html = render("![пиксель](https://tracker.example/p.gif?to=victim)")
    assert "<img" not in html and 'href="https://tracker.example/p.gif?to=victim"' in html


def test_a_body_that_would_render_huge_is_refused_naming_its_field() -> None:
    body = "[a]: http://x.example/" + "A" * 5000 + "\n\n" + "[a]" * 1650
    assert len(body) <= 10_000
    with pytest.raises(Invalid) as refused:
        render(body, field="description")
    assert refused.value.errors[0]["field"] == "description"
    assert len(render("[a]: http://x.example/a\n\n" + "[a] " * 2000)) < HTML_MAX  # many short references: fine
