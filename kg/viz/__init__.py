"""networkx -> offline HTML: a self-contained graph explorer (pyvis + vis-network)."""

from kg.viz.html import html_page, render_html

__all__ = ["html_page", "render_html"]
