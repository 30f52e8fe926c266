"""networkx -> offline HTML: a self-contained graph explorer (pyvis + vis-network)."""

from kg.viz.html import html_page, render_html
from kg.viz.notebook import inline

__all__ = ["html_page", "inline", "render_html"]
