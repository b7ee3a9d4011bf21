from mentor_forum.markup import render


def test_markdown_is_rendered_and_raw_html_is_escaped() -> None:
    assert render("**да** и *нет*") == "<p><strong>да</strong> и <em>нет</em></p>\n"
    assert "&lt;script&gt;" in render("<script>alert(1)</script>")
    assert "href" not in render("[x](javascript:alert(1))")  # left as inert text, not a link
    assert render("~~было~~") == "<p><s>было</s></p>\n"


def test_links_are_marked_as_user_content() -> None:
    assert 'rel="nofollow ugc noopener noreferrer"' in render("[МГПУ](https://mgpu.ru)")
