"""The search page and JSON API over a store (`quotes serve`): Starlette,
Jinja2 templates and one small script, all shipped in the package."""
