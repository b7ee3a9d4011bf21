from mentor_forum.markup import render


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
