"""The explorer inline in Jupyter: the whole page in an iframe's ``srcdoc``.

A notebook cell's HTML output shares the notebook's DOM and styles, and
Jupyter would have to serve a written file to show it in an iframe; an
``<iframe srcdoc>`` needs neither: the page (vis-network inlined, no
requests) runs in its own document, sandboxed to scripts and pop-ups (the
"source" links), so it works in JupyterLab, classic Notebook, VS Code and
static HTML exports of a notebook alike.
"""

from __future__ import annotations

import html
from typing import Any

SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"


def iframe(page: str, *, height: int = 720) -> str:
    """``page`` as one ``<iframe srcdoc=…>`` element, every character escaped for the attribute."""
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="{SANDBOX}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #e4e7eb; '
        f'border-radius: 6px;" loading="eager" title="kg graph explorer"></iframe>'
    )


class InlineExplorer:
    """What :meth:`kg.Graph.show` returns when IPython is absent: any object with
    ``_repr_html_`` renders as HTML in Jupyter."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


def inline(page: str, *, height: int = 720) -> Any:
    """An object Jupyter displays as the explorer: ``IPython.display.HTML`` when
    IPython is installed (as in every notebook), else :class:`InlineExplorer`."""
    markup = f'<div class="kg-explorer">{iframe(page, height=height)}</div>'
    try:
        from IPython.display import HTML
    except ImportError:
        return InlineExplorer(markup)
    return HTML(markup)
