"""The NLP layer: spaCy pipeline loading and batched parsing."""

from kg.nlp.pipeline import (
    DEFAULT_MODELS,
    default_model_name,
    load,
    masked_text,
    parse,
    pipeline_id,
)

__all__ = [
    "DEFAULT_MODELS",
    "default_model_name",
    "load",
    "masked_text",
    "parse",
    "pipeline_id",
]
